// Command text → `key:value` options and bare words. Quotes keep spaces inside a value.
import { closest } from '../catalog/find.js';
import { OPTION_NAMES } from '../issues.js';

export { OPTION_NAMES };

export interface RawOption {
  /** the key as typed, lower-cased */
  readonly key: string;
  readonly value: string;
}

export interface Tokens {
  readonly options: readonly RawOption[];
  readonly words: readonly string[];
}

const COMMAND_PREFIX = /^\s*\/?llmmem\b/i;
// a word, or a word whose value is quoted: key:"a b", key:'a b', "a b"
const PIECE = /([^\s"'“”]*)(?:"([^"]*)"|'([^']*)'|“([^”]*)”)|(\S+)/g;
const KEY_VALUE = /^([a-z][a-z_]*)[:=](.*)$/i;

export function tokenize(text: string): Tokens {
  const body = text.replace(COMMAND_PREFIX, '');
  const options: RawOption[] = [];
  const words: string[] = [];
  const pieces = [...body.matchAll(PIECE)];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    const [, head = '', dq, sq, cq, plain] = piece;
    const quoted = dq ?? sq ?? cq;
    const whole = plain ?? head;
    const keyValue = KEY_VALUE.exec(whole);
    if (keyValue && isOptionLike(keyValue[1] ?? '', quoted !== undefined)) {
      let value = quoted ?? keyValue[2] ?? '';
      // `key: value` with a space after the colon, as people type in chat
      const next = pieces[i + 1];
      if (value === '' && quoted === undefined && next && !KEY_VALUE.test(next[5] ?? next[1] ?? '')) {
        value = next[2] ?? next[3] ?? next[4] ?? next[5] ?? '';
        i++;
      }
      options.push({ key: (keyValue[1] ?? '').toLowerCase(), value: value.trim() });
    } else {
      words.push(quoted !== undefined ? head + quoted : whole);
    }
  }
  return { options, words };
}

/**
 * `precison:q4` is a mistyped option, but `mistral:7b` and `qwen2.5-coder:14b` are ollama tags:
 * a key counts as an option when it is a known name, a near miss of one, or carries a quoted value.
 */
function isOptionLike(key: string, quoted: boolean): boolean {
  const lower = key.toLowerCase();
  return quoted || (OPTION_NAMES as readonly string[]).includes(lower) || closest(lower, OPTION_NAMES) !== undefined;
}
