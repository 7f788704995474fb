// Small helpers the GPU tables share for figures that follow from a layout or come from printed logs.

/** GB/s from the memory bus: bits / 8 × Gbit/s per pin (192-bit GDDR6 at 14 Gbps → 336 GB/s) */
export function fromBus(busBits: number, gbpsPerPin: number): number {
  return (busBits / 8) * gbpsPerPin;
}

/**
 * A driver figure read in nvidia-smi output inside public GitHub files, found by exact text search in the
 * code index; the index names files by id, not by repository and path.
 */
export function indexed(...fileIds: number[]): string {
  return `nvidia-smi output in public GitHub files (code index file ids ${fileIds.join(', ')}; the index gives no URL)`;
}
