// Parameter counts as people write them: "7" (billions), "7b", "1.5B", "135m", "8x7b", "7000000000".

export interface ParsedParams {
  /** total parameters; for `8x7b` without a catalog entry this is the experts' upper bound */
  readonly params: number;
  /** set for `NxM` sizes: N experts of M parameters each */
  readonly experts?: { readonly count: number; readonly expertParams: number };
}

const UNIT = { '': 1e9, b: 1e9, m: 1e6, k: 1e3, t: 1e12 } as const;
// `1e12` is scientific notation for an absolute count; `7`, `1.5B`, `8x7b` are sizes with units
const PARAMS = /^(?:(\d{1,3})\s*x\s*)?(\d+(?:\.\d+)?(?:e\d{1,2})?|\.\d+)\s*([bmkt]?)$/i;
/** A bare number this large is an absolute count (7000000000), not billions. */
const ABSOLUTE_FROM = 100_000;

export const MIN_PARAMS = 1e6;
export const MAX_PARAMS = 1e13;

export function parseParams(text: string): ParsedParams | undefined {
  const match = PARAMS.exec(text.trim());
  if (!match) return undefined;
  const [, expertCount, number = '', unitText = ''] = match;
  const unit = UNIT[unitText.toLowerCase() as keyof typeof UNIT];
  const value = Number(number);
  const each = unitText === '' && value >= ABSOLUTE_FROM ? value : value * unit;
  if (expertCount === undefined) return { params: Math.round(each) };
  const count = Number(expertCount);
  return { params: Math.round(each * count), experts: { count, expertParams: Math.round(each) } };
}

/** A word reads as a size on its own only with its unit (`7b`, `135m`, `8x7b`); a bare `7` needs `params:`. */
export function isSizeWord(text: string): boolean {
  return /^(?:\d{1,3}x)?\d+(?:\.\d+)?[bm]$/i.test(text.trim());
}
