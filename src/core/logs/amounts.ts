// A size as a runtime printed it ("1536.00 MiB", "19.5 GiB", "5.2032 GB") → the text kept verbatim and the
// bytes it means. Runtimes disagree on what "GB" means, so the unit's meaning is per runtime, with its source.

export type ByteUnit = 'B' | 'KiB' | 'MiB' | 'GiB' | 'TiB' | 'KB' | 'MB' | 'GB' | 'TB';

/** A figure from the log: the number and unit exactly as printed, and the bytes they stand for. */
export interface Printed {
  /** the number exactly as printed, e.g. `1536.00`, `30,960` or a decimal comma's `1900,00` */
  readonly value: string;
  readonly unit: ByteUnit;
  readonly bytes: number;
}

const BINARY: Readonly<Record<ByteUnit, number>> = {
  B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4,
  // vLLM labels GiB "GB" and MiB "MB": `logger.info("Loading model weights took %.4f GB", usage / float(2**30))`
  // (vllm/worker/model_runner.py load_model), and one V0 log prints "took 5.2032 GB" beside "model weights take
  // 5.20GiB" (https://github.com/vllm-project/vllm/issues/13882).
  KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4,
};

const UNIT_SPELLINGS: Readonly<Record<string, ByteUnit>> = {
  b: 'B', kib: 'KiB', mib: 'MiB', gib: 'GiB', tib: 'TiB', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB',
};

/** `30,960` groups digits; `1900,00` (a llama.cpp build under a European locale) is a decimal comma. */
export function parseNumber(value: string): number {
  if (value.length > 24) return Number.NaN;
  const decimalComma = /^-?\d{1,12},\d{1,2}$|^-?\d{1,12},\d{4,6}$/.test(value);
  return Number(decimalComma ? value.replace(',', '.') : value.replace(/,/g, ''));
}

/** `1536.00` + `MiB` → a Printed, or undefined when either is not a size. */
export function printedSize(value: string, unit: string): Printed | undefined {
  const canonical = UNIT_SPELLINGS[unit.toLowerCase()];
  const number = parseNumber(value);
  // negative only where a runtime prints a deficit (vLLM: "reserved for KV Cache is -1.05GiB")
  if (!canonical || !Number.isFinite(number)) return undefined;
  return { value, unit: canonical, bytes: Math.round(number * BINARY[canonical]) };
}

/** A size printed as a plain byte count ("buffer of size 10345253120"). */
export function printedBytes(value: string): Printed | undefined {
  return printedSize(value, 'B');
}

/** `12.5 GiB` or `5.20GiB` inside a string: the first size found. */
const SIZE_IN_TEXT = /(\d{1,12}(?:[.,]\d{1,6})?) ?(TiB|GiB|MiB|KiB|TB|GB|MB|KB|B)\b/;

export function firstSize(text: string): Printed | undefined {
  const match = SIZE_IN_TEXT.exec(text);
  return match ? printedSize(match[1] ?? '', match[2] ?? '') : undefined;
}

/** What a printed figure shows, for echoing: `1536.00 MiB`. */
export function printedText(p: Printed): string {
  return `${p.value} ${p.unit}`;
}
