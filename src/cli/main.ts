// llmmem <options> — the report a person reads; --json for one object; --json - for JSON Lines. Words that
// make no command are read as a question, as a help channel reads them.
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../answer.js';
import { answerQuestionWithHub, isCommandText, type QuestionReply } from '../answer-question.js';
import { renderQuestionText } from '../render/question.js';
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


const OPTION_WRITTEN = /(?:^|\s)[a-z]+[:=]\S/i;

/** A question's answer: "Read as" and each reply as text, or the first reply's JSON with `readAs` and the rest. */
function writeQuestion(asked: QuestionReply, json: boolean, io: CliIo): number {
  const [first, ...others] = asked.replies;
  if (json && first) {
    const object = { ...replyToJson(first), readAs: asked.readAs, ...(others.length > 0 ? { sideBySide: others.map(replyToJson) } : {}) };
    io.stdout.write(`${JSON.stringify(object, null, 2)}\n`);
    return first.ok ? 0 : 2;
  }
  io.stdout.write(`${renderQuestionText(asked, CLI_PREFIX)}\n`);
  return asked.replies.every((r) => r.ok) ? 0 : 2;
}

/** Runs the CLI and returns the exit status: 0 answered, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgv(argv);
  if (args.help) { io.stdout.write(`${usageText()}\n`); return 0; }
  if (args.batchFromStdin) { await runJsonLines(io.stdin, io.stdout, io.hub); return 0; }
  const context = io.locale === undefined ? {} : { locale: io.locale };
  // words with no option in them that make no command are a question, as the console reads them: "can I run
  // llama 3.1 8b on a 3060?", "will kunoichi 7b run on my 1060 6gb" (addressed to the bot, no asking word needed)
  const sentence = !OPTION_WRITTEN.test(args.said) && !isCommandText(args.said);
  const asked = sentence ? await answerQuestionWithHub(args.said, context, io.hub) : undefined;
  if (asked) return writeQuestion(asked, args.json, io);
  const reply = await answerWithHub(args.text, context, io.hub);
  const unknownWords = !reply.ok && reply.issues.some((i) => i.code === 'unknown_words');
  const read = unknownWords ? await answerQuestionWithHub(args.said, context, io.hub) : undefined;
  if (read) return writeQuestion(read, args.json, io);
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
