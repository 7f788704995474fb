// The local console: a chat in the terminal. On a TTY it prompts; otherwise it answers each line and
// ends at end of input.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../../answer.js';
import type { HubClient } from '../../hub/hf.js';
import { renderReplyText } from '../../render/text.js';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** prompt and greet (a terminal); false answers line by line without a prompt */
  readonly interactive: boolean;
  readonly locale?: string;
  readonly hub?: HubClient;
}

const GREETING = 'llmmem local console — type a command like `/llmmem params:7 precision:int8`, or `exit`.';

export async function answerLine(line: string, locale?: string, hub?: HubClient): Promise<string> {
  const reply = await answerWithHub(line, locale === undefined ? {} : { locale }, hub);
  return renderReplyText(reply);
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
