// Accuracy against test/fixtures/published: llmmem's weights next to the original calculator's formula and the
// flat bits-per-weight tables other calculators use, error per row and median.
import { it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseModelName } from '../../src/core/parse/filename.js';
import { median, readTsv } from '../helpers/published-data.js';
import { printTable } from './table.js';

// The original calculator: FP32 4, FP16 2, INT8 1, INT4 0.5 bytes; any 4-bit quant counted as INT4, 8-bit as INT8.
function CALCULATOR_BYTES(quant: string): number {
  if (/^f32$/i.test(quant)) return 4;
  if (/^b?f16$/i.test(quant)) return 2;
  // a person choosing among the four widths picks INT8 for 5- to 8-bit quants and INT4 below
  return Number(/Q(\d)/i.exec(quant)?.[1] ?? 4) >= 5 ? 1 : 0.5;
}
// A flat table as common calculators print it: the base GGML type's width for every tensor.
const FLAT_BPW: Record<string, number> = {
  Q2: 2.625, Q3: 3.4375, Q4: 4.5, Q5: 5.5, Q6: 6.5625, Q8: 8.5, IQ2: 2.0625, IQ3: 3.0625, IQ4: 4.25, F16: 16, F32: 32,
};
const flatBits = (quant: string) => FLAT_BPW[/^(I?Q\d|F16|F32)/i.exec(quant)?.[1]?.toUpperCase() ?? ''] ?? 16;

it('prints the accuracy table', () => {
  const rows = readTsv('gguf-sizes.sample.tsv').map((row) => {
    const published = Number(row.size_as_published) * 1e9;
    const reply = answer(`file:${row.file}`);
    const ours = reply.ok && reply.kind === 'estimate' ? reply.estimate.weightsBytes : Number.NaN;
    const nominal = parseModelName(row.file ?? '').size?.params ?? Number.NaN;
    const calculator = nominal * CALCULATOR_BYTES(row.quant ?? '');
    const flat = (nominal * flatBits(row.quant ?? '')) / 8;
    const error = (estimate: number) => (estimate - published) / published;
    return { file: row.file ?? '', published, errors: [error(ours), error(calculator), error(flat)] };
  });
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  printTable('Weights vs published GGUF file sizes (gguf-sizes.sample.tsv)', ['file', 'published GB', 'llmmem', 'original calculator', 'flat bpw table'],
    rows.map((r) => [r.file, (r.published / 1e9).toFixed(2), ...r.errors.map(pct)]));
  printTable('Median absolute error', ['method', 'median error'], ['llmmem', 'original calculator', 'flat bpw table'].map((name, i) =>
    [name, pct(median(rows.map((r) => Math.abs(r.errors[i] ?? Number.NaN))))]));
});
