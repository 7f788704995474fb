// `llmmem --json -`: one request per input line, one JSON object per output line, in order; a bad line
// gives {"error": …} in its place and the rest go on.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerWithHub } from '../answer.js';
import type { HubClient } from '../hub/hf.js';
import { estimateToJson, issuesToJson } from '../render/json.js';

export async function answerJsonLine(line: string, hub?: HubClient): Promise<string> {
  try {
    const reply = await answerWithHub(line, {}, hub);
    return JSON.stringify(reply.ok ? estimateToJson(reply.estimate) : issuesToJson(reply));
  } catch {
    // a bug must not stop the batch: the line gets an error in its place
    return JSON.stringify({ error: 'internal error while answering this line' });
  }
}

export async function runJsonLines(input: Readable, output: Writable, hub?: HubClient): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer = '';
  for await (const line of lines) {
    buffer += `${await answerJsonLine(line, hub)}\n`;
    if (buffer.length > 64 * 1024) {
      if (!output.write(buffer)) await new Promise((resolve) => output.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer) output.write(buffer);
}
