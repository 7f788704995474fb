// A local Hugging Face Hub on 127.0.0.1: resolve/raw file routes with Range support, RepoNotFound and
// GatedRepo errors as the Hub sends them, and virtual files (a real header followed by zeros).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HubFile {
  /** the bytes that exist (header); the rest up to `size` reads as zeros */
  readonly prefix: Buffer;
  readonly size: number;
}

export interface HubRepo {
  readonly files: Record<string, HubFile>;
  /** requests must carry this bearer token */
  readonly gatedToken?: string;
}

export const jsonFile = (value: unknown): HubFile => {
  const prefix = Buffer.from(JSON.stringify(value));
  return { prefix, size: prefix.length };
};

export class FakeHub {
  readonly requests: { method: string; path: string; authorization: string | undefined }[] = [];
  private readonly server: Server;

  constructor(private readonly repos: Record<string, HubRepo>) {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
      this.requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization });
      const match = /^\/([^/]+\/[^/]+)\/(?:resolve|raw)\/[^/]+\/(.+)$/.exec(path);
      const repo = match ? this.repos[match[1] ?? ''] : undefined;
      if (!match || !repo) {
        response.writeHead(404, { 'x-error-code': 'RepoNotFound', 'content-type': 'application/json' }).end('{"error":"Repository not found"}');
        return;
      }
      if (repo.gatedToken && request.headers.authorization !== `Bearer ${repo.gatedToken}`) {
        response.writeHead(401, { 'x-error-code': 'GatedRepo', 'content-type': 'application/json' }).end('{"error":"Access to this repo is restricted"}');
        return;
      }
      const file = repo.files[match[2] ?? ''];
      if (!file) {
        response.writeHead(404, { 'x-error-code': 'EntryNotFound', 'content-type': 'application/json' }).end('{"error":"Entry not found"}');
        return;
      }
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      const start = range ? Number(range[1]) : 0;
      const end = Math.min(range?.[2] ? Number(range[2]) : file.size - 1, file.size - 1);
      const body = Buffer.alloc(Math.max(0, end - start + 1));
      file.prefix.copy(body, 0, start, Math.min(file.prefix.length, end + 1));
      const headers: Record<string, string> = { 'accept-ranges': 'bytes', etag: '"fake"', 'content-length': String(body.length) };
      if (range) headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
      response.writeHead(range ? 206 : 200, headers).end(request.method === 'HEAD' ? undefined : body);
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
