// EstimateRequest → the shortest command text that parses back to it. Buttons and advice carry it as
// their state, so a press needs no server memory.
import { formatTokens } from './tokens-text.js';
import { REQUEST_DEFAULTS, type EstimateRequest, type ModelSource } from '../request.js';

function quoted(value: string): string {
  return /[\s"']/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** 7e9 → `7b`, 1.5e9 → `1.5b`, 135e6 → `135m`, else the exact count: short enough for a custom_id. */
function paramsText(params: number): string {
  if (params % 1e7 === 0) return `${params / 1e9}b`;
  return params % 1e6 === 0 ? `${params / 1e6}m` : String(params);
}

function modelPart(model: ModelSource): string {
  switch (model.kind) {
    case 'params':
      return model.experts
        ? `params:${model.experts.count}x${paramsText(model.experts.expertParams)}`
        : `params:${paramsText(model.params)}`;
    case 'file':
      return `file:${quoted(model.name)}${model.params ? ` params:${paramsText(model.params)}` : ''}`;
    case 'hub':
      return `model:${quoted(model.repoId)}${model.params ? ` params:${paramsText(model.params)}` : ''}`;
  }
}

export function requestToCommand(r: EstimateRequest): string {
  const parts = r.model ? [modelPart(r.model)] : [];
  if (r.precision) {
    const p = r.precision;
    parts.push(`precision:${p.id === 'exl2' && p.bitsPerWeight !== undefined ? `"exl2 ${p.bitsPerWeight}bpw"` : quoted(p.variant ?? p.id)}`);
  }
  if (r.contextMax) parts.push('ctx:max');
  else if (r.contextTokens !== undefined && r.contextTokens !== REQUEST_DEFAULTS.contextTokens) parts.push(`ctx:${formatTokens(r.contextTokens)}`);
  if (r.batch !== REQUEST_DEFAULTS.batch) parts.push(`batch:${r.batch}`);
  if (r.kvPrecision !== REQUEST_DEFAULTS.kvPrecision) parts.push(`kv:${r.kvPrecision}`);
  if (r.mode !== REQUEST_DEFAULTS.mode) parts.push(`mode:${r.mode}`);
  if (r.gpu) parts.push(`gpu:${r.gpu.kind === 'catalog' ? r.gpu.id : r.gpu.memoryGiB}`);
  if (r.gpuCount !== REQUEST_DEFAULTS.gpuCount) parts.push(`gpus:${r.gpuCount}`);
  if (r.runtime) parts.push(`runtime:${r.runtime}`);
  if (r.flashAttention !== undefined) parts.push(`fa:${r.flashAttention ? 'on' : 'off'}`);
  if (r.ubatch !== REQUEST_DEFAULTS.ubatch) parts.push(`ubatch:${r.ubatch}`);
  if (r.gpuLayers !== undefined) parts.push(`ngl:${r.gpuLayers}`);
  if (r.cpuMoeLayers !== undefined) parts.push(`cpumoe:${r.cpuMoeLayers}`);
  if (r.lang) parts.push(`lang:${r.lang}`);
  return parts.join(' ');
}
