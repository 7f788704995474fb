// Report → plain text for the local console and the CLI.
import type { Report } from '../core/report/report.js';
import type { Messages } from '../i18n/messages.js';
import { CHAT_PREFIX, describeFit, describeIssues, describeTitle, type FailedReply, warningText } from './phrases.js';
import { formatBytes, formatCount } from './units.js';

export function renderText(report: Report, m: Messages): string {
  const title = describeTitle(report, m);
  const rows: [string, string][] = [
    ...report.lines.map((line): [string, string] => [
      line.key === 'kv_cache' ? `${m.line.kv_cache} (${formatCount(report.contextTokens)})` : m.line[line.key],
      formatBytes(line.bytes),
    ]),
    [m.text.vramTotal, formatBytes(report.vramBytes)],
    [m.text.ramWithGpu, formatBytes(report.ramBytes)],
    [m.text.ramCpuOnly, formatBytes(report.cpuOnlyRamBytes)],
  ];
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const table = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value.padStart(12)}`);
  const fit = report.fit ? describeFit(report.fit, m) : [];
  const notes = report.warnings.map((w) => `  - ${warningText(w, m)}`);
  return [
    title.heading,
    title.params,
    title.context,
    '',
    ...table,
    ...(fit.length ? ['', ...fit] : []),
    ...(notes.length ? ['', `${m.text.notes}:`, ...notes] : []),
  ].join('\n');
}

/** One line: what was wrong and a command that works (the console's and the CLI's error). */
export function renderIssuesText(reply: FailedReply, commandPrefix: string = CHAT_PREFIX): string {
  const { sentences, example } = describeIssues(reply, commandPrefix);
  return [...sentences, example].join(' ');
}

/** Japanese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}
