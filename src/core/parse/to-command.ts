// EstimateRequest → the shortest command text that parses back to it. Buttons carry it as their state,
// so a press needs no server memory.
import type { EstimateRequest } from '../request.js';

const DEFAULTS = { contextTokens: 4096, batch: 1, kvPrecision: 'fp16', mode: 'inference', gpuCount: 1 } as const;

function quoted(value: string): string {
  return /[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

function modelPart(model: EstimateRequest['model']): string {
  switch (model.kind) {
    case 'params':
      return model.experts
        ? `params:${model.experts.count}x${model.experts.expertParams / 1e9}b`
        : `params:${model.params}`;
    case 'file':
      return `file:${quoted(model.name)}`;
    case 'hub':
      return `model:${quoted(model.repoId)}`;
  }
}

export function requestToCommand(r: EstimateRequest): string {
  const parts = [modelPart(r.model)];
  if (r.precision) {
    const p = r.precision;
    parts.push(`precision:${p.id === 'exl2' && p.bitsPerWeight !== undefined ? `"exl2 ${p.bitsPerWeight}bpw"` : quoted(p.variant ?? p.id)}`);
  }
  if (r.contextTokens !== DEFAULTS.contextTokens) parts.push(`ctx:${r.contextTokens}`);
  if (r.batch !== DEFAULTS.batch) parts.push(`batch:${r.batch}`);
  if (r.kvPrecision !== DEFAULTS.kvPrecision) parts.push(`kv:${r.kvPrecision}`);
  if (r.mode !== DEFAULTS.mode) parts.push(`mode:${r.mode}`);
  if (r.gpu) parts.push(`gpu:${r.gpu.kind === 'catalog' ? r.gpu.id : r.gpu.memoryGiB}`);
  if (r.gpuCount !== DEFAULTS.gpuCount) parts.push(`gpus:${r.gpuCount}`);
  if (r.lang) parts.push(`lang:${r.lang}`);
  return parts.join(' ');
}
