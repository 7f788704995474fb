// A log explanation → plain text for the local console and the CLI.
import type { LogExplanation } from '../core/logs/explain-log.js';
import type { LogMessages } from '../i18n/log-messages.js';
import type { Messages } from '../i18n/messages.js';
import { breakdownRows, figureRows, fixLine, noteLines, settingsLine, verdictLine } from './log-phrases.js';
import { CHAT_PREFIX, describeFitVerdict, UNITS, warningText } from './phrases.js';
import { formatBytes } from './units.js';

/** Kana, kanji and full-width forms take two terminal columns. */
function width(text: string): number {
  let columns = 0;
  for (const ch of text) columns += /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return columns;
}

function pad(cell: string, to: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(cell)));
  return left ? cell + fill : fill + cell;
}

/** Columns aligned: words to the left, figures (the columns in `right`) to the right. */
function table(rows: readonly (readonly string[])[], right: readonly number[]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, width(cell))), []);
  return rows.map((row) => `  ${row.map((cell, i) => pad(cell, widths[i] ?? 0, !right.includes(i))).join('  ')}`.trimEnd());
}

function estimateSection(e: LogExplanation, m: Messages, lm: LogMessages, prefix: string): string[] {
  if (!e.command || !e.estimate) return [];
  const rows = [
    ['', lm.columns.log, lm.columns.llmmem, ''],
    ...e.comparison.map((c) => [lm.compared[c.key], formatBytes(c.logBytes), formatBytes(c.llmmemBytes), lm.comparedSource[c.source]]),
  ];
  const fit = e.estimate.fit ? [describeFitVerdict(e.estimate.fit, e.estimate.vramBytes, m)] : [];
  return [
    '', `${lm.heading.estimate}:`, `  ${lm.sameRun(`${prefix}${e.command}`)}`,
    ...(e.comparison.length ? table(rows, [1, 2]) : []),
    ...(e.comparison.length ? [] : [`  ${m.text.vramTotal}: ${formatBytes(e.estimate.vramBytes)}`]),
    ...fit.map((line) => `  ${line}`),
  ];
}

function fixesSection(e: LogExplanation, lm: LogMessages, prefix: string): string[] {
  if (!e.fixes.length) return [];
  return ['', `${lm.heading.fixes}:`, ...e.fixes.flatMap((fix, i) => {
    const line = fixLine(fix, lm, UNITS);
    return [
      `  ${i + 1}. ${line.what}: \`${line.flags}\` (${line.verdict})`,
      ...(fix.command ? [`     \`${prefix}${fix.command}\``] : []),
    ];
  })];
}

export function renderLogText(e: LogExplanation, m: Messages, lm: LogMessages, commandPrefix: string = CHAT_PREFIX): string {
  const facts = e.facts;
  if (!facts.runtime) return lm.unrecognised;
  const figures = [...figureRows(facts, lm), ...breakdownRows(facts)].map((row) => [row.device, row.label, row.printed]);
  const settings = settingsLine(facts);
  const notes = [...noteLines(e, lm, UNITS), ...(e.estimate?.warnings ?? []).map((w) => warningText(w, m))];
  return [
    verdictLine(e, lm, UNITS),
    lm.title(lm.runtime[facts.runtime], facts.linesRead, facts.linesRecognised),
    ...(figures.length || settings ? ['', `${lm.heading.figures}:`, ...table(figures, [2])] : []),
    ...(settings ? [`  ${lm.heading.settings}: ${settings}`] : []),
    ...estimateSection(e, m, lm, commandPrefix),
    ...fixesSection(e, lm, commandPrefix),
    ...(notes.length ? ['', `${lm.heading.notes}:`, ...notes.map((n) => `  - ${n}`)] : []),
  ].join('\n');
}
