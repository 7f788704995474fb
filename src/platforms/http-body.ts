// Reads a request body with a size cap; platform payloads are small, anything larger is refused with
// 413 and the connection closed, so the rest of the upload is never read (nor left hanging).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Discord's and Slack's payloads are a few kilobytes; 256 KiB leaves room for the largest. */
export const MAX_BODY_BYTES = 256 * 1024;

export async function readBody(request: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | null> {
  if (Number(request.headers['content-length'] ?? 0) > max) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** 413, then the socket is closed: the client must not send the next request on a connection we stopped reading. */
export function refuseTooLarge(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"body too large"}', () => request.socket.destroy());
}
