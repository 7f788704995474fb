// The local console: a help channel in the terminal. A `/llmmem` command (or options alone) is answered
// as the slash command answers it, any other line is read as a question, `help` prints the options. On a
// TTY it prompts; otherwise it answers each line and ends at end of input.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../../answer.js';
import { answerQuestionWithHub, isCommandText } from '../../answer-question.js';
import type { HubClient } from '../../hub/hf.js';
import { renderQuestionText } from '../../render/question.js';
import { renderReplyText } from '../../render/text.js';
import { consoleHelpText } from '../../render/usage.js';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** prompt and greet (a terminal); false answers line by line without a prompt */
  readonly interactive: boolean;
  readonly locale?: string;
  readonly hub?: HubClient;
}

const GREETING = 'llmmem local console — ask "can I run qwen3 30b a3b on my 4090?", type `/llmmem params:7 precision:int8`, `help` or `exit`.';
const HELP = /^\/?(?:llmmem\s+)?(?:help|--help|-h|\?)$/i;

export async function answerLine(line: string, locale?: string, hub?: HubClient): Promise<string> {
  if (HELP.test(line)) return consoleHelpText();
  const context = locale === undefined ? {} : { locale };
  if (!isCommandText(line)) {
    const answered = await answerQuestionWithHub(line, context, hub);
    if (answered) return renderQuestionText(answered);
  }
  // a command, or a line with nothing to size: the command's answer, or one sentence and an example
  return renderReplyText(await answerWithHub(line, context, hub));
}

/** Resolves when input ends or the user types exit. */
export async function runConsole({ input, output, interactive, locale, hub }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, ...(interactive ? { output, prompt: 'llmmem> ' } : {}) });
  if (interactive) {
    output.write(`${GREETING}\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    const text = line.trim();
    if (interactive && /^(exit|quit)$/i.test(text)) break;
    if (text !== '') output.write(`${await answerLine(text, locale, hub)}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}
