// The only place a byte or parameter count becomes text. GiB = 1024³ bytes, as llama.cpp and nvidia-smi count.
const KIB = 1024;
const MIB = KIB ** 2;
const GIB = KIB ** 3;
const TIB = KIB ** 4;

/** `13.04 GiB`; below 1 GiB in MiB (`281.81 MiB`), from 1 TiB in TiB. Always two decimals and a unit. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  const size = Math.abs(bytes);
  if (size >= TIB) return `${sign}${(size / TIB).toFixed(2)} TiB`;
  if (size >= GIB || size === 0) return `${sign}${(size / GIB).toFixed(2)} GiB`;
  return `${sign}${(size / MIB).toFixed(2)} MiB`;
}

/** `7B`, `6.74B`, `68.98B`, `140.6B`, `135M`: parameters, trailing zeros dropped. */
export function formatParams(params: number): string {
  const [value, unit] = params >= 1e12 ? [params / 1e12, 'T'] : params >= 1e9 ? [params / 1e9, 'B'] : [params / 1e6, 'M'];
  const digits = value >= 100 ? 1 : 2;
  return `${Number(value.toFixed(digits))}${unit}`;
}

/** `4,096` for token counts. */
export function formatCount(count: number): string {
  // a regex, not toLocaleString: Intl formatting costs more than the whole estimate
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `4.90` bits per weight. */
export function formatBits(bits: number): string {
  return Number(bits.toFixed(2)).toString();
}
