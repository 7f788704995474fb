// JSON from the Hub, refused when it nests deeper than any real file: V8 parses deep nesting without
// trouble, but every walk over the value afterwards (zod, JSON.stringify) recurses and would overflow.
import { HubLookupError } from './errors.js';

/** config.json nests three levels (text_config.rope_scaling.…); 32 leaves room for any real file. */
export const MAX_JSON_DEPTH = 32;

/** The deepest bracket nesting in a JSON text, strings skipped; one pass, no allocation. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function parseHubJson(text: string, what: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new HubLookupError('malformed', `${what} nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HubLookupError('malformed', `${what} is not JSON`);
  }
}
