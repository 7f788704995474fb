// Report → plain text for the local console and the CLI: the verdict first, then the figures, what to try,
// and the notes.
import type { Reply } from '../answer.js';
import type { CandidatesReport } from '../core/report/candidates-report.js';
import type { Report } from '../core/report/report.js';
import type { Messages } from '../i18n/messages.js';
import { describeCandidates } from './candidates.js';
import {
  CHAT_PREFIX, describeAdvice, describeFigures, describeIssues, describeSpeedBasis, describeSummary, describeTitle,
  describeVerdict, type FailedReply, usageBar, warningText,
} from './phrases.js';

export function renderText(report: Report, m: Messages, commandPrefix: string = CHAT_PREFIX): string {
  const bar = usageBar(report);
  const groups = describeFigures(report, m);
  const rows = groups.flatMap((g) => g.rows);
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const table = groups.flatMap((g, i) => [
    ...(i > 0 ? [''] : []),
    ...g.rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value.padStart(12)}`),
  ]);
  const advice = describeAdvice(report, m, commandPrefix).map((a) =>
    [`  - ${a.sentence}`, ...(a.flags ? [`      ${a.flags}`] : []), ...(a.command ? [`      ${a.command}`] : [])].join('\n'));
  const speed = describeSpeedBasis(report, m);
  const notes = [...report.warnings.map((w) => warningText(w, m)), ...(speed ? [speed] : [])].map((n) => `  - ${n}`);
  return [
    describeTitle(report, m).heading,
    describeVerdict(report, m),
    ...(bar ? [bar] : []),
    ...describeSummary(report, m),
    '',
    ...table,
    ...(advice.length ? ['', `${m.glance.whatToTry}:`, ...advice] : []),
    ...(notes.length ? ['', `${m.text.notes}:`, ...notes] : []),
  ].join('\n');
}

export function renderCandidatesText(report: CandidatesReport, m: Messages, commandPrefix: string = CHAT_PREFIX): string {
  const view = describeCandidates(report, m, commandPrefix);
  return [view.title, ...view.lines.flatMap((l) => [`  - ${l.text}`, `      ${l.command}`]), '', view.basis].join('\n');
}

/** One line: what was wrong and a command that works (the console's and the CLI's error). */
export function renderIssuesText(reply: FailedReply, commandPrefix: string = CHAT_PREFIX): string {
  const { sentences, example } = describeIssues(reply, commandPrefix);
  return [...sentences, example].join(' ');
}

/** Whatever the pipeline gave, as text. */
export function renderReplyText(reply: Reply, commandPrefix: string = CHAT_PREFIX): string {
  if (!reply.ok) return renderIssuesText(reply, commandPrefix);
  return reply.kind === 'estimate'
    ? renderText(reply.report, reply.messages, commandPrefix)
    : renderCandidatesText(reply.report, reply.messages, commandPrefix);
}

/** Japanese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}
