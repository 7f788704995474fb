// Which Hugging Face repo and file a `model:`/`file:` value points at, and whether it may be fetched:
// only the configured Hub host is ever contacted; a URL to any other host is refused before any request.

export interface HubRef {
  /** org/name */
  readonly repo: string;
  /** a file inside the repo (a .gguf), or undefined for the repo's safetensors */
  readonly path?: string;
  readonly revision: string;
}

export type HubRefResult =
  | { readonly kind: 'hub'; readonly ref: HubRef }
  | { readonly kind: 'refused'; readonly host: string }
  | { readonly kind: 'not-hub' };

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

function fromSegments(segments: string[]): HubRef | undefined {
  const [org, name, marker, revision, ...rest] = segments;
  if (!org || !name || !SEGMENT.test(org) || !SEGMENT.test(name)) return undefined;
  const repo = `${org}/${name}`;
  if (marker === 'resolve' || marker === 'blob') {
    return revision && rest.length > 0 ? { repo, revision, path: rest.join('/') } : undefined;
  }
  const path = segments.slice(2).join('/');
  return path === '' ? { repo, revision: 'main' } : { repo, revision: 'main', path };
}

/** A value with a URL scheme (`https://…`, `file:///…`): only the Hub's own host may be read. */
export function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim());
}

/** `org/name`, `org/name/file.gguf`, or `https://<hub host>/org/name/resolve/main/file.gguf`. */
export function parseHubRef(text: string, hubUrl: string): HubRefResult {
  const value = text.trim();
  if (isUrl(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { kind: 'not-hub' };
    }
    if (url.host !== new URL(hubUrl).host) return { kind: 'refused', host: url.host };
    const ref = fromSegments(url.pathname.split('/').filter(Boolean).map(decodeURIComponent));
    return ref ? { kind: 'hub', ref } : { kind: 'not-hub' };
  }
  if (/[\s:]/.test(value) || value.split('/').some((s) => s === '..')) return { kind: 'not-hub' };
  const ref = fromSegments(value.split('/'));
  return ref ? { kind: 'hub', ref } : { kind: 'not-hub' };
}
