// npx llmmem <options> — the report a person reads; --json for one object; --json - for JSON Lines.
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../answer.js';
import type { HubClient } from '../hub/hf.js';
import { estimateToJson, issuesToJson } from '../render/json.js';
import { CLI_PREFIX } from '../render/phrases.js';
import { renderIssuesText, renderText } from '../render/text.js';
import { parseArgv } from './argv.js';
import { runJsonLines } from './json-lines.js';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** the user's locale from the environment (LANG), passed in by the caller */
  readonly locale?: string;
  /** Hugging Face look-ups for model: and Hub file paths */
  readonly hub?: HubClient;
}

export const USAGE = `Usage: llmmem [--json] <options>     e.g.  llmmem params:7 precision:int8
       llmmem --json -                 one request per line on standard input (JSON Lines out)
Options: params: precision: file: model: ctx: batch: kv: mode: gpu: gpus: lang:`;

/** Runs the CLI and returns the exit status: 0 answered, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgv(argv);
  if (args.help) { io.stdout.write(`${USAGE}\n`); return 0; }
  if (args.batchFromStdin) { await runJsonLines(io.stdin, io.stdout, io.hub); return 0; }
  const reply = await answerWithHub(args.text, io.locale === undefined ? {} : { locale: io.locale }, io.hub);
  if (args.json) {
    io.stdout.write(`${JSON.stringify(reply.ok ? estimateToJson(reply.estimate) : issuesToJson(reply), null, 2)}\n`);
    return reply.ok ? 0 : 2;
  }
  if (!reply.ok) {
    io.stderr.write(`${renderIssuesText(reply, CLI_PREFIX)}\n`);
    return 2;
  }
  io.stdout.write(`${renderText(reply.report, reply.messages)}\n`);
  return 0;
}
