// What fits a GPU, as lines every renderer draws: model, quant, memory, speed, and the command for each.
import type { CandidatesReport } from '../core/report/candidates-report.js';
import type { Messages } from '../i18n/messages.js';
import { gpuMemoryText, speedText } from './phrases.js';
import { formatBytes, formatCount } from './units.js';

export interface CandidatesView {
  readonly title: string;
  readonly lines: readonly { readonly text: string; readonly command: string }[];
  readonly basis: string;
}

export function describeCandidates(report: CandidatesReport, m: Messages, commandPrefix: string): CandidatesView {
  const memory = gpuMemoryText(report.gpuMemoryBytes, m);
  const gpu = m.text.gpuCount(report.gpuCount, report.gpuName ? `${report.gpuName} (${memory})` : m.text.gpuBySize(Number((report.gpuMemoryBytes / 1024 ** 3).toFixed(1))));
  const lines = report.candidates.map((c) => ({
    text: m.candidates.line(c.model, c.precisionLabel, formatBytes(c.vramBytes), c.decodeTokensPerSecond ? speedText(c.decodeTokensPerSecond, m) : null),
    command: `${commandPrefix}${c.command}`,
  }));
  return {
    title: m.candidates.title(gpu, formatCount(report.contextTokens)),
    lines,
    basis: lines.length > 0 ? m.candidates.basis : m.candidates.none,
  };
}
