// A help channel's view of every message nobody addressed to the bot: a question to answer, or nothing.
// The one-pass check comes first; only a message that may ask is read word by word.
import { mayAsk } from './intent.js';
import { MAX_QUESTION_CHARS } from './normalize.js';
import type { Question } from './question.js';
import { readQuestion } from './read-question.js';

/** The question an unaddressed message asks (a question or an out-of-memory report), or undefined. */
export function askedQuestion(text: string): Question | undefined {
  // the raw text: full-width `？` is looked for as written, and the rest is ASCII in chat
  if (!mayAsk(text.slice(0, MAX_QUESTION_CHARS))) return undefined;
  const question = readQuestion(text);
  return question.asks || question.reportsOom ? question : undefined;
}
