// Reading values out of a config.json whose keys may be missing, null or of the wrong type: each reader
// returns undefined rather than a guess, so from-config.ts decides every fallback in one place.

export type Json = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first key holding a positive finite number (the first element of a per-layer list counts). */
export const num = (config: Json, ...keys: string[]): number | undefined => {
  for (const key of keys) {
    const raw = config[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return undefined;
};
export const flag = (config: Json, key: string): boolean | undefined => (typeof config[key] === 'boolean' ? (config[key] as boolean) : undefined);
export const list = (config: Json, key: string): readonly unknown[] | undefined => (Array.isArray(config[key]) ? (config[key] as unknown[]) : undefined);

/** A non-negative integer key (layer offsets may be 0, which `num` skips). */
export const index = (config: Json, key: string): number | undefined => {
  const value = config[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
};
