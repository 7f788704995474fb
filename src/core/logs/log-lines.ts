// A pasted log → clean, bounded lines. Chat pastes arrive with code fences, quote markers, ANSI colours
// (sometimes with the ESC byte lost: `[32mINFO[0m`), CRLF, and each tool's own prefix (journalctl,
// docker compose, vLLM's worker tags, llama-server's timestamps). Every expression here is anchored or
// bounded, so the work is linear in the input whatever it holds.

/**
 * What one paste may cost. A full llama.cpp start-up log with the metadata dump is 40–80 KB; 256 KB keeps
 * any real one whole, and 6,000 lines of 2,000 characters bound the work per rule.
 */
export const LOG_LIMITS = { maxChars: 256 * 1024, maxLines: 6000, maxLineChars: 2000 } as const;

export interface LogLines {
  readonly lines: readonly string[];
  /** the paste was longer than LOG_LIMITS allow and was cut */
  readonly truncated: boolean;
}

// ESC-led sequences, and the same with ESC lost, as terminals and chat clients leave them
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL are exactly what an ANSI colour sequence is made of
const ANSI = /\u001b\[[0-9;?]{0,24}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,200}(?:\u0007|\u001b\\)|\[(?:\d{1,3}(?:;\d{1,3}){0,5})m/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const NBSP = /[\u00a0\u2007\u202f]/g;
const FENCE = /^\s{0,8}```[\w+-]{0,20}\s*$/;
const INLINE_FENCE = /```/g;

/** Prefixes tools put before the runtime's own line; removed so continuation lines join cleanly. */
const PREFIXES: readonly RegExp[] = [
  /^(?:>\s?){1,4}/, // chat quote markers
  /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,64} [\w.@/-]{1,64}\[\d{1,10}\]: /, // journalctl
  /^[\w.-]{1,64} {1,40}\| /, // docker compose
  /^\([A-Za-z_][\w ,.=:-]{0,100}\) /, // vLLM: (EngineCore_DP0 pid=1094), (VllmWorker rank=5 pid=3073)
  /^\[rank\d{1,4}\]: /,
  /^\d{1,4}\.\d{2}\.\d{3}\.\d{3} [IWEDT] /, // llama-server: 3.34.750.777 I
];

function stripPrefixes(line: string): string {
  let text = line;
  for (const prefix of PREFIXES) text = text.replace(prefix, '');
  return text;
}

export function toLogLines(text: string): LogLines {
  const capped = text.length > LOG_LIMITS.maxChars ? text.slice(0, LOG_LIMITS.maxChars) : text;
  const raw = capped.split(/\r\n|\r|\n/, LOG_LIMITS.maxLines + 1);
  const lines: string[] = [];
  for (const line of raw.slice(0, LOG_LIMITS.maxLines)) {
    const bounded = line.length > LOG_LIMITS.maxLineChars ? line.slice(0, LOG_LIMITS.maxLineChars) : line;
    if (FENCE.test(bounded)) continue;
    const clean = stripPrefixes(
      bounded.replace(ANSI, '').replace(INVISIBLE, '').replace(NBSP, ' ').replace(INLINE_FENCE, ' ').trimEnd(),
    );
    if (clean.trim() !== '') lines.push(clean);
  }
  return { lines, truncated: capped.length < text.length || raw.length > LOG_LIMITS.maxLines };
}
