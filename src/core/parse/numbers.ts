// Counts as people type them in options: token counts with k/M suffixes, plain integers, on/off.

const TOKEN_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2 };

/** `8192`, `8k`, `128K`, `1M`, `1.5k`: tokens, with k = 1024 as model cards mean it (`32k` = 32,768). */
export function parseTokenCount(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(text.trim().replace(/[,_]/g, ''));
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (TOKEN_UNITS[(match[2] ?? '').toLowerCase()] ?? 1));
}

export function parseInteger(text: string): number | undefined {
  return /^[-+]?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const SWITCH_WORDS: Readonly<Record<string, boolean>> = {
  on: true, true: true, yes: true, '1': true, auto: true, enabled: true,
  off: false, false: false, no: false, '0': false, disabled: false,
};

/** `on`/`off` (and true/false, yes/no, 1/0; llama.cpp's `auto` is on wherever a GPU runs it). */
export function parseSwitch(text: string): boolean | undefined {
  return SWITCH_WORDS[text.trim().toLowerCase()];
}

/** What Discord suggests while `ctx:` is typed: the context lengths model cards advertise, and max. */
export const CONTEXT_SUGGESTIONS = ['4k', '8k', '16k', '32k', '64k', '128k', '256k', '1M', 'max'] as const;

/** Suggestions matching what is typed so far; a typed number is offered back as it will be read. */
export function suggestContext(typed: string): string[] {
  const text = typed.trim().toLowerCase();
  const matching = CONTEXT_SUGGESTIONS.filter((s) => s.toLowerCase().startsWith(text));
  const asTyped = parseTokenCount(text) !== undefined && !matching.some((s) => s.toLowerCase() === text) ? [text] : [];
  return [...asTyped, ...matching];
}
