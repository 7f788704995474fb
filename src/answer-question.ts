// The pipeline for a question written as a sentence (help channels, Ask llmmem, the console), beside
// answer.ts's for a command: the question read, each of its commands answered, and the "Read as" line.
import { answer, answerWithHub, type AnswerContext, type Reply } from './answer.js';
import { parseRequest } from './core/parse/to-request.js';
import { readAsParts } from './core/question/read-as.js';
import { readQuestion } from './core/question/read-question.js';
import type { Question } from './core/question/question.js';
import { commandsFor } from './core/question/to-commands.js';
import type { HubClient } from './hub/hf.js';
import { readAsLine } from './i18n/read-as.js';

export interface QuestionReply {
  readonly question: Question;
  /** "Read as: …", in the asker's language, unescaped */
  readonly readAs: string;
  /** one reply per command: a model, models compared, or training methods side by side */
  readonly replies: readonly Reply[];
}

/** A line addressed to the bot (console, CLI) is a command when it begins `/llmmem` or its words parse as
 * options on their own ("7b int8", a file name); anything else is read as a question. */
export function isCommandText(text: string): boolean {
  return /^\/llmmem\b/i.test(text.trim()) || parseRequest(text).ok;
}

/** The question in a message and the commands that answer it; undefined when it names no model and no GPU. */
export function readMessage(text: string): { question: Question; commands: string[] } | undefined {
  const question = readQuestion(text);
  const commands = commandsFor(question).map((c) => c.command);
  return commands.length > 0 ? { question, commands } : undefined;
}

function finish(question: Question, replies: readonly Reply[]): QuestionReply {
  return { question, readAs: readAsLine(readAsParts(question), question.lang), replies };
}

/** Answered without the Hub: the console, tests, and doors that must answer at once. */
export function answerQuestion(text: string, context: AnswerContext = {}): QuestionReply | undefined {
  const read = readMessage(text);
  return read && finish(read.question, read.commands.map((c) => answer(c, context)));
}

export async function answerQuestionWithHub(text: string, context: AnswerContext, hub: HubClient | undefined): Promise<QuestionReply | undefined> {
  const read = readMessage(text);
  if (!read) return undefined;
  const replies = await Promise.all(read.commands.map((c) => answerWithHub(c, context, hub)));
  return finish(read.question, replies);
}
