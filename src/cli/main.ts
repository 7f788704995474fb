// npx llmmem <options> — the report a person reads; --json for one object; --json - for JSON Lines.
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../answer.js';
import type { HubClient } from '../hub/hf.js';
import { replyToJson } from '../render/json.js';
import { CLI_PREFIX } from '../render/phrases.js';
import { renderIssuesText, renderReplyText } from '../render/text.js';
import { parseArgv } from './argv.js';
import { runJsonLines } from './json-lines.js';
import { usageText } from '../render/usage.js';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** the user's locale from the environment (LANG), passed in by the caller */
  readonly locale?: string;
  /** Hugging Face look-ups for model: and Hub file paths */
  readonly hub?: HubClient;
}


/** Runs the CLI and returns the exit status: 0 answered, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgv(argv);
  if (args.help) { io.stdout.write(`${usageText()}\n`); return 0; }
  if (args.batchFromStdin) { await runJsonLines(io.stdin, io.stdout, io.hub); return 0; }
  const reply = await answerWithHub(args.text, io.locale === undefined ? {} : { locale: io.locale }, io.hub);
  if (args.json) {
    io.stdout.write(`${JSON.stringify(replyToJson(reply), null, 2)}\n`);
    return reply.ok ? 0 : 2;
  }
  if (!reply.ok) {
    io.stderr.write(`${renderIssuesText(reply, CLI_PREFIX)}\n`);
    return 2;
  }
  io.stdout.write(`${renderReplyText(reply, CLI_PREFIX)}\n`);
  return 0;
}
