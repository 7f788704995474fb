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

export function gpuLabel(fit: Fit, m: Messages): string {
  const name = fit.gpuName ?? m.text.gpuBySize(Math.round(fit.usableBytes / fit.gpuCount / 1024 ** 3));
  return m.text.gpuCount(fit.gpuCount, name);
}

/** The verdict line, then offload advice when it does not fit. */
export function describeFit(fit: Fit, m: Messages): string[] {
  const gpu = gpuLabel(fit, m);
  if (fit.fits) return [m.text.fits(gpu, formatBytes(fit.headroomBytes))];
  const advice = fit.gpuLayers === null
    ? m.text.noOffloadTraining
    : m.text.offload(fit.gpuLayers, fit.totalLayers, formatBytes(fit.cpuLayersBytes));
  return [m.text.doesNotFit(gpu, formatBytes(-fit.headroomBytes)), advice];
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
