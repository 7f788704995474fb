// Word look-ups remembered: chat repeats the same words, and each look-up (a GPU name, a quant, a catalog
// name) costs more than the map read. Bounded, so no stream of distinct words grows it past a few MB.

const MAX_ENTRIES = 20_000;

export function memoized<T>(look: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word: string) => {
    const hit = seen.get(word);
    if (hit !== undefined || seen.has(word)) return hit as T;
    const value = look(word);
    if (seen.size >= MAX_ENTRIES) seen.clear();
    seen.set(word, value);
    return value;
  };
}
