// Reads a request body with a size cap; platform payloads are small, anything larger is refused.
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 256 * 1024;

export async function readBody(request: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
