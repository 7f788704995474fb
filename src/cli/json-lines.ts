// `llmmem --json -`: one request per input line, one JSON object per output line, in order; a bad line
// gives {"error": …} in its place and the rest go on. Blank lines are skipped; each object carries its
// line number and the line as read, so batch users can join results to their input.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../answer.js';
import type { HubClient } from '../hub/hf.js';
import { replyToJson } from '../render/json.js';

export async function answerJsonLine(line: string, lineNumber: number, hub?: HubClient): Promise<string> {
  const where = { line: lineNumber, input: line };
  try {
    return JSON.stringify({ ...where, ...replyToJson(await answerWithHub(line, {}, hub)) });
  } catch {
    // a bug must not stop the batch: the line gets an error in its place
    return JSON.stringify({ ...where, error: 'internal error while answering this line' });
  }
}

export async function runJsonLines(input: Readable, output: Writable, hub?: HubClient): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer = '';
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    buffer += `${await answerJsonLine(line, number, hub)}\n`;
    if (buffer.length > 64 * 1024) {
      if (!output.write(buffer)) await new Promise((resolve) => output.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer) output.write(buffer);
}
