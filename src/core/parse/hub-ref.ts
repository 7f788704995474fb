// Which Hugging Face repo and file a `model:`/`file:` value points at, and whether it may be fetched:
// the one URL policy every door follows. Only the configured Hub host is ever read; a URL to any other
// host (or any URL when no Hub is configured) is refused before any request; a path that could climb
// out of its repo once decoded (`..`, `.%2e`, `..%2F`) is no Hub path at all.
import type { ModelSource } from '../request.js';

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

/** The Hub's repo-name rule: a letter or digit first, then letters, digits, `.`, `_`, `-`; 96 at most. */
export const REPO_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const hasControlCharacter = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A path segment that names something inside its folder, raw and once decoded: no `.`, `..`, slash or control character. */
export function isSafePathSegment(segment: string): boolean {
  const plain = decoded(segment);
  if (plain === undefined || segment.length > 255) return false;
  return [segment, plain].every((s) => s !== '' && s !== '.' && s !== '..' && !/[/\\]/.test(s) && !hasControlCharacter(s));
}

function fromSegments(segments: readonly string[]): HubRef | undefined {
  if (!segments.every(isSafePathSegment)) return undefined;
  const [org, name, marker, revision, ...rest] = segments;
  if (!org || !name || !REPO_SEGMENT.test(org) || !REPO_SEGMENT.test(name)) return undefined;
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

/** `org/name`, `org/name/file.gguf`, or `https://<hub host>/org/name/resolve/main/file.gguf`; any URL is refused without a Hub. */
export function parseHubRef(text: string, hubUrl: string | undefined): HubRefResult {
  const value = text.trim();
  if (isUrl(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { kind: 'refused', host: value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '' };
    }
    if (!hubUrl || url.host !== new URL(hubUrl).host || !/^https?:$/.test(url.protocol)) return { kind: 'refused', host: url.host || url.protocol };
    const base = new URL(hubUrl).pathname.replace(/\/+$/, '');
    if (!url.pathname.startsWith(`${base}/`)) return { kind: 'not-hub' };
    const raw = url.pathname.slice(base.length).split('/').filter(Boolean);
    // the URL's segments are percent-encoded: checked as they are, then decoded to the names they stand for
    const ref = raw.every(isSafePathSegment) ? fromSegments(raw.map((s) => decoded(s) ?? '')) : undefined;
    return ref ? { kind: 'hub', ref } : { kind: 'not-hub' };
  }
  if (/[\s:]/.test(value)) return { kind: 'not-hub' };
  const ref = fromSegments(value.split('/'));
  return ref ? { kind: 'hub', ref } : { kind: 'not-hub' };
}

/** `model:org/name`, a URL, or `file:org/name/file.gguf` point at the Hub (or are refused); plain names do not. */
export function hubTarget(model: ModelSource | undefined, hubUrl: string | undefined): HubRefResult {
  if (model?.kind === 'hub') return parseHubRef(model.repoId, hubUrl);
  if (model?.kind === 'file' && (isUrl(model.name) || /^[^/\s]+\/[^/\s]+\/.+\.gguf$/i.test(model.name))) {
    return parseHubRef(model.name, hubUrl);
  }
  return { kind: 'not-hub' };
}
