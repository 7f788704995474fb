// One recognisable log line: a cheap literal filter, a bounded pattern, and what the match adds to the facts.
// Readers are tables of these (one file per runtime), so a new line format is a new row.
import type { LogFacts, LogRuntime } from './log-facts.js';

export interface LineRule {
  /** the runtime this line proves the log comes from (null: shared by several) */
  readonly runtime: LogRuntime | null;
  /** a literal the line must contain before the pattern runs (most lines are skipped on this alone) */
  readonly needle: string;
  /** anchored by a literal and bounded: linear on any line */
  readonly pattern: RegExp;
  /** the message may be wrapped over the next lines (Python exceptions, chat clients): match them joined */
  readonly joinsLines?: boolean;
  apply(match: RegExpExecArray, facts: LogFacts, line: number): void;
}

/** A matched group as a number, or undefined. */
export function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** A matched group as a positive integer, or undefined. */
export function int(text: string | undefined): number | undefined {
  const value = num(text);
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}
