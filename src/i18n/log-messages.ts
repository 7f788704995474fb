// The words of a log explanation: one sentence per failure, fix and note code, one label per figure. Kept apart
// from messages.ts so the log reader's words can grow without touching every door's. A missing key fails `tsc`.
import type { ComparedFigure, ComparedKey } from '../core/logs/compare-figures.js';
import type { AllocStage, FigureKey, LogFailure, LogFailureCode, LogRuntime } from '../core/logs/log-facts.js';
import type { FixKind, LogFix } from '../core/logs/log-fix.js';
import type { LogNote, LogNoteCode } from '../core/logs/log-notes.js';
import type { Lang } from '../core/request.js';
import type { Units } from './messages.js';

type ByCode<U extends { code: string }, C extends string> = {
  readonly [K in C]: (item: Extract<U, { code: K }>, units: Units) => string;
};

export interface LogMessages {
  readonly runtime: Readonly<Record<LogRuntime, string>>;
  /** "llama.cpp log: 48 lines read, 17 recognised" */
  readonly title: (runtime: string, lines: number, recognised: number) => string;
  readonly unrecognised: string;
  readonly heading: {
    readonly figures: string;
    readonly settings: string;
    readonly estimate: string;
    readonly fixes: string;
    readonly notes: string;
  };
  /** the buffer or figure a log line printed */
  readonly figure: Readonly<Record<FigureKey, string>>;
  readonly stage: Readonly<Record<AllocStage, string>>;
  readonly failure: ByCode<LogFailure, LogFailureCode>;
  readonly noFailure: string;
  readonly compared: Readonly<Record<ComparedKey, string>>;
  readonly comparedSource: Readonly<Record<ComparedFigure['source'], string>>;
  readonly columns: { readonly log: string; readonly llmmem: string };
  /** the command llmmem was asked for the same run */
  readonly sameRun: (command: string) => string;
  readonly fix: { readonly [K in FixKind]: (fix: LogFix, units: Units) => string };
  /** after a fix: what asking llmmem about the changed run says */
  readonly verdict: (fix: LogFix, units: Units) => string;
  readonly note: ByCode<LogNote, LogNoteCode>;
}

export type LogMessagesByLang = Readonly<Record<Lang, LogMessages>>;
