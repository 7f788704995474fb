// The parts of a log explanation every renderer draws (text now; Discord embeds and Slack blocks later): the
// verdict sentence, the log's figures as printed, its settings in the runtime's own words, the comparison rows,
// the fixes and the notes. Everything echoed from the paste is cut short and neutralized.
import { printedText } from '../core/logs/amounts.js';
import type { LogExplanation } from '../core/logs/explain-log.js';
import { FIGURE_KEYS, type LogFacts, type LogFigure, type LogSettings } from '../core/logs/log-facts.js';
import type { LogFix } from '../core/logs/log-fix.js';
import type { LogMessages } from '../i18n/log-messages.js';
import type { Units } from '../i18n/messages.js';
import { neutralizeMentions } from './escape.js';

export const echo = (text: string, max = 80) => neutralizeMentions(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Rows shown of the log's figures: a full log prints dozens (one per device and per retry). */
export const MAX_FIGURE_ROWS = 16;

/** ❌ and what failed, or ✅ and that nothing did. */
export function verdictLine(e: LogExplanation, lm: LogMessages, units: Units): string {
  if (!e.failure) return `✅ ${lm.noFailure}`;
  const sentence = lm.failure[e.failure.code] as (f: typeof e.failure, u: Units) => string;
  return `❌ ${sentence(e.failure, units)}`;
}

export interface FigureRow {
  readonly device: string;
  readonly label: string;
  /** the figure exactly as the log printed it */
  readonly printed: string;
}

/** One row per figure and device (the last printed wins: --fit and retries print them again), in a fixed order. */
export function figureRows(facts: LogFacts, lm: LogMessages): FigureRow[] {
  const last = new Map<string, LogFigure>();
  for (const figure of facts.figures) last.set(`${figure.key}\u0000${figure.device ?? ''}`, figure);
  return [...last.values()]
    .sort((a, b) => FIGURE_KEYS.indexOf(a.key) - FIGURE_KEYS.indexOf(b.key) || a.line - b.line)
    .slice(0, MAX_FIGURE_ROWS)
    .map((f) => ({ device: echo(f.device ?? '', 40), label: lm.figure[f.key], printed: printedText(f.size) }));
}

/** llama.cpp's memory breakdown rows in its own words (self = model + context + compute, MiB). */
export function breakdownRows(facts: LogFacts): FigureRow[] {
  return facts.breakdown.slice(0, MAX_FIGURE_ROWS).map((row) => ({
    device: echo(row.device, 40),
    label: 'memory breakdown',
    printed: `self ${row.selfMiB} = model ${row.modelMiB} + context ${row.contextMiB} + compute ${row.computeMiB} MiB` +
      (row.totalMiB !== null ? ` (total ${row.totalMiB}, free ${row.freeMiB ?? '?'})` : ''),
  }));
}

/** Settings as the runtime names them (`n_ctx = 32768`), so they read the same in every language. */
const SETTING_NAMES: readonly [keyof LogSettings, string][] = [
  ['contextTokens', 'n_ctx'], ['contextPerSequence', 'n_ctx_seq'], ['sequences', 'n_seq_max'], ['batch', 'n_batch'],
  ['ubatch', 'n_ubatch'], ['flashAttention', 'flash_attn'], ['typeK', 'type_k'], ['typeV', 'type_v'],
  ['requestedGpuLayers', '-ngl'], ['cpuMoeLayers', '--n-cpu-moe'], ['maxModelLen', 'max_model_len'],
  ['gpuMemoryUtilization', 'gpu_memory_utilization'], ['tensorParallel', 'tensor_parallel_size'], ['pipelineParallel', 'pipeline_parallel_size'],
  ['kvCacheDtype', 'kv_cache_dtype'], ['kvCacheTokens', 'GPU KV cache size (tokens)'], ['dtype', 'dtype'], ['quantization', 'quantization'],
];

export function settingsLine(facts: LogFacts): string {
  const merged: LogSettings = { ...facts.asked, ...Object.fromEntries(Object.entries(facts.settings).filter(([, v]) => v !== undefined)) };
  const parts = SETTING_NAMES.flatMap(([key, name]) => (merged[key] === undefined ? [] : [`${name} = ${echo(String(merged[key]), 24)}`]));
  const { offloadedLayers: on, offloadableLayers: of } = facts.settings;
  if (on !== undefined && of !== undefined) parts.push(`offloaded ${on}/${of} layers`);
  const model = facts.model.file ?? facts.asked.modelPath ?? facts.settings.modelPath;
  if (model) parts.unshift(echo(model, 100));
  if (facts.model.fileType) parts.push(`file type = ${echo(facts.model.fileType, 30)}`);
  const gpus = facts.devices.filter((d) => d.name).map((d) => `${echo(d.id, 20)} ${echo(d.name ?? '', 60)}`);
  return [...parts, ...gpus].join(' · ');
}

/** One fix: what to change, the runtime's flags, and what llmmem says about the changed run. */
export function fixLine(fix: LogFix, lm: LogMessages, units: Units): { what: string; flags: string; verdict: string } {
  return { what: lm.fix[fix.kind](fix, units), flags: fix.flags, verdict: lm.verdict(fix, units) };
}

export function noteLines(e: LogExplanation, lm: LogMessages, units: Units): string[] {
  return e.notes.map((note) => (lm.note[note.code] as (n: typeof note, u: Units) => string)(note, units));
}
