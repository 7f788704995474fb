// Sentences every renderer shares: the title, the fit verdict, issue and warning text.
import type { ParseIssue, Warning } from '../core/issues.js';
import type { Fit } from '../core/estimate/fit.js';
import type { Report } from '../core/report/report.js';
import type { Messages, Units } from '../i18n/messages.js';
import { neutralizeMentions, sliceWhole } from './escape.js';
import { formatBits, formatBytes, formatCount, formatParams } from './units.js';

export interface Title {
  readonly heading: string;
  readonly params: string;
  readonly context: string;
}

export function describeTitle(report: Report, m: Messages): Title {
  const t = report.title;
  const model = t.name ? neutralizeMentions(t.name) : m.text.sizeOnly(formatParams(t.params));
  const mode = report.mode === 'inference' ? '' : ` · ${m.mode[report.mode]}`;
  return {
    heading: m.text.title(model, t.precisionLabel) + mode,
    params: `${m.text.paramsLine(formatParams(t.params), formatBits(t.bitsPerWeight), t.activeParams ? formatParams(t.activeParams) : null)} · ${m.formatKind[t.formatKind]}`,
    context: m.text.contextLine(formatCount(report.contextTokens), report.batch, report.kvPrecision),
  };
}

/** One card's memory as people say it: 12 GB, 23.5 GB (GiB as sold, which is what drivers count). */
export function gpuMemoryText(bytes: number, m: Messages): string {
  return m.glance.gpuMemory(Number((bytes / 1024 ** 3).toFixed(1)));
}

/** "GeForce RTX 3060 12GB (12 GB)", "2 × RTX 3090 (24 GB)", or "a 24 GB GPU" for a size. */
export function gpuLabel(fit: Fit, m: Messages): string {
  const memory = gpuMemoryText(fit.gpuMemoryBytes, m);
  const name = fit.gpuName ? `${fit.gpuName} (${memory})` : m.text.gpuBySize(Number((fit.gpuMemoryBytes / 1024 ** 3).toFixed(1)));
  return m.text.gpuCount(fit.gpuCount, name);
}

/** `≈ 55 tok/s`: two significant figures, as precise as an estimate deserves. */
export function speedText(tokensPerSecond: number, m: Messages): string {
  const rounded = tokensPerSecond >= 10 ? Math.round(tokensPerSecond) : Number(tokensPerSecond.toPrecision(2));
  return m.glance.speed(String(rounded));
}

/** Fits or not on the GPUs, with what is used and what is left (or short). */
export function describeFitVerdict(fit: Fit, vramBytes: number, m: Messages): string {
  const gpu = gpuLabel(fit, m);
  if (!fit.fits) return m.glance.short(gpu, formatBytes(-fit.headroomBytes));
  if (!fit.fullyOnGpu) return m.glance.fitsSplit(gpu, formatBytes(vramBytes), formatBytes(fit.cpuLayersBytes));
  return m.glance.fits(gpu, formatBytes(vramBytes), formatBytes(fit.headroomBytes));
}

/** The verdict line that opens every answer: fits or not, used and free, and the speed. */
export function describeVerdict(report: Report, m: Messages): string {
  if (!report.fit) return m.glance.needs(formatBytes(report.vramBytes));
  const speed = report.fit.fits && report.speed ? ` · ${speedText(report.speed.tokensPerSecond, m)}` : '';
  return describeFitVerdict(report.fit, report.vramBytes, m) + speed;
}

const BAR_CELLS = 10;

/** `██████░░░░ 55 %`: use against what the GPU lets the runtime have. */
export function usageBar(report: Report): string | null {
  const fit = report.fit;
  if (!fit || fit.usableBytes <= 0) return null;
  const share = report.vramBytes / fit.usableBytes;
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round(share * BAR_CELLS)));
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${Math.round(share * 100)} %`;
}

export interface FigureGroup {
  readonly name: string;
  readonly rows: readonly (readonly [string, string])[];
}

/** The figures in two groups: what the GPU holds (with its total), and system RAM. */
export function describeFigures(report: Report, m: Messages): FigureGroup[] {
  const label = (key: Report['lines'][number]['key']) =>
    key === 'kv_cache' ? `${m.line.kv_cache} (${formatCount(report.contextTokens)})` : m.line[key];
  const gpuRows: [string, string][] = report.lines.map((line) => [label(line.key), formatBytes(line.bytes)]);
  gpuRows.push([m.text.vramTotal, formatBytes(report.vramBytes)]);
  return [
    { name: m.glance.groups.gpu, rows: gpuRows },
    { name: m.glance.groups.ram, rows: [[m.text.ramWithGpu, formatBytes(report.ramBytes)], [m.text.ramCpuOnly, formatBytes(report.cpuOnlyRamBytes)]] },
  ];
}

/** Each advice item as a sentence, with the command that asks for it (`/llmmem …`) and the runtime's flags. */
export function describeAdvice(report: Report, m: Messages, commandPrefix: string): { sentence: string; command: string; flags: string }[] {
  const lines = report.advice.map((item) => ({
    sentence: (m.advice[item.kind] as (a: typeof item, u: Units) => string)(item, UNITS) +
      (item.decodeTokensPerSecond ? ` ${speedText(item.decodeTokensPerSecond, m)}.` : ''),
    command: neutralizeMentions(`${commandPrefix}${item.command}`),
    flags: neutralizeMentions(item.flags.join(' ')),
  }));
  if (report.fit && !report.fit.fits && report.fit.gpuLayers === null && report.mode !== 'inference') {
    lines.push({ sentence: m.text.noOffloadTraining, command: '', flags: '' });
  }
  return lines;
}

/** The lines under the verdict: parameters and format, context, runtime, sharding. */
export function describeSummary(report: Report, m: Messages): string[] {
  const title = describeTitle(report, m);
  const lines = [title.params, title.context, m.glance.runtimeLine(report.runtime, report.flashAttention)];
  if (report.sharding && report.fit) {
    lines.push(m.glance.shardingLine(m.sharding[report.sharding], report.fit.gpuCount, formatBytes(report.vramBytes / report.fit.gpuCount)));
  }
  return lines;
}

/** How the speed was estimated, for the notes. */
export function describeSpeedBasis(report: Report, m: Messages): string | null {
  const s = report.speed;
  if (!s) return null;
  return m.glance.speedBasis(s.bandwidthGBps, s.backend, s.ramBytesPerToken > 0 ? formatBytes(s.ramBytesPerToken) : null);
}

const echoed = (value: string) => neutralizeMentions(sliceWhole(value, 200));

/** String fields of an issue or warning may be user text: truncated and neutralized before echoing. */
function neutralizeFields<T extends { code: string }>(item: T): T {
  const entries = Object.entries(item).map(([key, value]) => {
    if (key === 'code') return [key, value];
    if (typeof value === 'string') return [key, echoed(value)];
    return [key, Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? echoed(v) : v)) : value];
  });
  return Object.fromEntries(entries) as T;
}

/** A failed reply's parts: what the renderers need, whichever door draws them. */
export interface FailedReply {
  readonly issues: readonly ParseIssue[];
  readonly example: string;
  readonly messages: Messages;
}

/** One sentence per issue, then the example, written as the door's users type commands (`/llmmem …`, `llmmem …`). */
export function describeIssues(reply: FailedReply, commandPrefix: string): { sentences: string[]; example: string } {
  return {
    sentences: reply.issues.map((issue) => issueText(issue, reply.messages)),
    example: reply.messages.text.tryExample(neutralizeMentions(`${commandPrefix}${reply.example}`)),
  };
}

/** How chat users and the console type a command; the CLI drops the slash. */
export const CHAT_PREFIX = '/llmmem ';
export const CLI_PREFIX = 'llmmem ';

/** The formatters every sentence gets (i18n never imports the renderers). */
export const UNITS: Units = { params: formatParams, bytes: formatBytes, count: formatCount };

export function issueText(issue: ParseIssue, m: Messages): string {
  const sentence = m.issue[issue.code] as (item: ParseIssue, units: Units) => string;
  return sentence(neutralizeFields(issue), UNITS);
}

export function warningText(warning: Warning, m: Messages): string {
  const sentence = m.warning[warning.code] as (item: Warning, units: Units) => string;
  return sentence(neutralizeFields(warning), UNITS);
}
