// A local Hugging Face Hub on 127.0.0.1: resolve/raw file routes with Range support, RepoNotFound and
// GatedRepo errors as the Hub sends them, GET /api/models?search= (most downloaded first), and virtual
// files (a real header followed by zeros) streamed in chunks, so a 10 GB file costs the fake nothing.
// Served under an optional path prefix, as a mirror behind HF_ENDPOINT=https://host/prefix would be.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HubFile {
  /** the bytes that exist (header); the rest up to `size` reads as `fill` (zeros unless set) */
  readonly prefix: Buffer;
  readonly size: number;
  /** the byte that pads the file after its prefix */
  readonly fill?: number;
  /** sent without content-length (chunked), so only the reader's own count can stop it */
  readonly chunked?: boolean;
}

export interface HubRepo {
  readonly files: Record<string, HubFile>;
  /** requests must carry this bearer token */
  readonly gatedToken?: string;
  /** what the search reports, for "most downloaded first" */
  readonly downloads?: number;
}

export interface RecordedHubRequest {
  readonly method: string;
  /** the path decoded, without the prefix */
  readonly path: string;
  /** the path exactly as it arrived, prefix and percent-encoding included */
  readonly rawPath: string;
  readonly query: string;
  readonly authorization: string | undefined;
  /** body bytes the fake wrote before the response ended or the client went away */
  bytesSent: number;
}

export const jsonFile = (value: unknown): HubFile => {
  const prefix = Buffer.from(JSON.stringify(value));
  return { prefix, size: prefix.length };
};

const STREAM_CHUNK = 64 * 1024;

export class FakeHub {
  readonly requests: RecordedHubRequest[] = [];
  private readonly server: Server;

  constructor(private readonly repos: Record<string, HubRepo>, private readonly prefix = '') {
    this.server = createServer((request, response) => {
      const [rawPath = '', query = ''] = (request.url ?? '').split('?');
      const recorded: RecordedHubRequest = {
        method: request.method ?? '', rawPath, query, path: '', authorization: request.headers.authorization, bytesSent: 0,
      };
      this.requests.push(recorded);
      if (!rawPath.startsWith(`${this.prefix}/`)) return void notFound(response, 'RepoNotFound');
      let path: string;
      try {
        path = decodeURIComponent(rawPath.slice(this.prefix.length));
      } catch {
        return void notFound(response, 'RepoNotFound');
      }
      (recorded as { path: string }).path = path;
      if (path === '/api/models') return void this.search(new URLSearchParams(query), response);
      const match = /^\/([^/]+\/[^/]+)\/(?:resolve|raw)\/[^/]+\/(.+)$/.exec(path);
      const repo = match ? this.repos[match[1] ?? ''] : undefined;
      if (!match || !repo) return void notFound(response, 'RepoNotFound');
      if (repo.gatedToken && request.headers.authorization !== `Bearer ${repo.gatedToken}`) {
        response.writeHead(401, { 'x-error-code': 'GatedRepo', 'content-type': 'application/json' }).end('{"error":"Access to this repo is restricted"}');
        return;
      }
      const file = repo.files[match[2] ?? ''];
      if (!file) return void notFound(response, 'EntryNotFound');
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      const start = range ? Number(range[1]) : 0;
      const end = Math.min(range?.[2] ? Number(range[2]) : file.size - 1, file.size - 1);
      const length = Math.max(0, end - start + 1);
      const headers: Record<string, string> = { 'accept-ranges': 'bytes', etag: '"fake"' };
      if (!file.chunked) headers['content-length'] = String(length);
      if (range) headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
      response.writeHead(range ? 206 : 200, headers);
      if (request.method === 'HEAD') return void response.end();
      stream(response, file, start, length, recorded);
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.prefix}`;
  }

  /** Requests whose decoded path names a file of this repo. */
  requestsFor(repo: string): RecordedHubRequest[] {
    return this.requests.filter((r) => r.path.startsWith(`/${repo}/`));
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private search(params: URLSearchParams, response: ServerResponse): void {
    const needle = (params.get('search') ?? '').toLowerCase();
    const limit = Number(params.get('limit') ?? 1000);
    const hits = Object.entries(this.repos)
      .filter(([id]) => id.toLowerCase().includes(needle))
      .map(([id, repo]) => ({ _id: id, id, modelId: id, downloads: repo.downloads ?? 0, likes: 0, tags: [] }))
      .sort((a, b) => (params.get('sort') === 'downloads' ? b.downloads - a.downloads : 0))
      .slice(0, limit);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(hits));
  }
}

function notFound(response: ServerResponse, code: 'RepoNotFound' | 'EntryNotFound'): void {
  response.writeHead(404, { 'x-error-code': code, 'content-type': 'application/json' })
    .end(code === 'RepoNotFound' ? '{"error":"Repository not found"}' : '{"error":"Entry not found"}');
}

/** Writes bytes [start, start + length) of the virtual file in chunks, as fast as the client reads them. */
function stream(response: ServerResponse, file: HubFile, start: number, length: number, recorded: RecordedHubRequest): void {
  let offset = start;
  const stop = start + length;
  const write = () => {
    while (offset < stop) {
      const size = Math.min(STREAM_CHUNK, stop - offset);
      const chunk = Buffer.alloc(size, file.fill ?? 0);
      if (offset < file.prefix.length) file.prefix.copy(chunk, 0, offset, Math.min(file.prefix.length, offset + size));
      offset += size;
      recorded.bytesSent += size;
      if (!response.write(chunk)) return void response.once('drain', write);
    }
    response.end();
  };
  response.on('close', () => { offset = stop; });
  write();
}
