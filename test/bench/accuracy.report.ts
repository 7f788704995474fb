// Accuracy against test/fixtures/published: llmmem's weights next to the original calculator's formula and the
// flat bits-per-weight tables other calculators use, error per row and median.
import { it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseModelName } from '../../src/core/parse/filename.js';
import { EXACT_COUNT_DIFFERS, median, readTsv } from '../helpers/published-data.js';
import { percentile, printTable } from './table.js';

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

/** Model cards write decimal GB, llama.cpp GiB, ollama's API bytes. */
const publishedBytes = (row: Record<string, string | undefined>) =>
  Number(row.size_as_published) * (row.unit_as_written === 'GiB' ? 2 ** 30 : row.unit_as_written === 'B' ? 1 : 1e9);

it('prints the accuracy table', () => {
  const rows = [...readTsv('gguf-sizes.sample.tsv'), ...readTsv('gguf-sizes-moe.tsv')].map((row) => {
    const published = publishedBytes(row);
    const reply = answer(`file:${row.file}`);
    const ours = reply.ok && reply.kind === 'estimate' ? reply.estimate.weightsBytes : Number.NaN;
    const nominal = parseModelName(row.file ?? '').size?.params ?? Number.NaN;
    const calculator = nominal * CALCULATOR_BYTES(row.quant ?? '');
    const flat = (nominal * flatBits(row.quant ?? '')) / 8;
    const error = (estimate: number) => (estimate - published) / published;
    return { file: row.file ?? '', published, errors: [error(ours), error(calculator), error(flat)] };
  });
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  printTable('Weights vs published GGUF file sizes (gguf-sizes.sample.tsv, gguf-sizes-moe.tsv)', ['file', 'published GB', 'llmmem', 'original calculator', 'flat bpw table'],
    rows.map((r) => [r.file, (r.published / 1e9).toFixed(2), ...r.errors.map(pct)]));
  printTable('Absolute error', ['method', 'median', 'p90'], ['llmmem', 'original calculator', 'flat bpw table'].map((name, i) => {
    const sorted = rows.map((r) => Math.abs(r.errors[i] ?? Number.NaN)).sort((a, b) => a - b);
    return [name, pct(median(sorted)), pct(percentile(sorted, 0.9))];
  }));
});

// precision_family as filenames.sample.tsv writes it → the id a variant is counted as (as test/core/parse/filename.test.ts reads it)
const FAMILY: Record<string, string> = {
  'mlx-4bit': 'mlx_4bit', 'mlx-8bit': 'mlx_8bit', 'bnb-4bit': 'nf4', 'awq-4bit': 'awq', gptq: 'gptq', 'gptq-4bit': 'gptq',
  'gptq-8bit': 'gptq_int8', w8a16: 'gptq_int8', w4a16: 'gptq', exl2: 'exl2', q6_k_l: 'q6_k', q3_k_xl: 'q3_k_l',
  'ud-q2_k_xl': 'q2_k', 'ud-q8_k_xl': 'q8_0', 'ud-iq2_xxs': 'iq2_xxs', q4_k: 'q4_k_m', q5_k: 'q5_k_m',
};

it('prints how names are answered (filenames.sample.tsv)', () => {
  const rows = readTsv('filenames.sample.tsv').map((row) => {
    const name = row.name ?? '';
    const reply = answer(`file:"${name}"`);
    const model = reply.ok && reply.kind === 'estimate' ? reply.estimate.model : undefined;
    const expected = row.params_billions ? Number(row.params_billions) * 1e9 : undefined;
    const family = (row.precision_family ?? '').toLowerCase();
    return {
      name,
      // a real shape: the catalogued model itself, or the base model of a fine-tune; not a stand-in chosen by size
      shape: model ? model.shapeSource : 'refused',
      params: model?.params,
      expected,
      modelName: model?.catalogName ?? '',
      // nominal sizes round the exact count; a name whose published exact count is further off is right at that count
      paramsOk: expected === undefined || !model ? undefined
        : name in EXACT_COUNT_DIFFERS ? model.params === EXACT_COUNT_DIFFERS[name] : Math.abs(model.params - expected) / expected <= 0.1,
      paramsNearName: expected === undefined || !model ? undefined : Math.abs(model.params - expected) / expected <= 0.1,
      precisionOk: family === '' || family === 'unknown' ? undefined : parseModelName(name).precision?.id === (FAMILY[family] ?? family),
    };
  });
  const share = (values: readonly (boolean | undefined)[]) => {
    const known = values.filter((v): v is boolean => v !== undefined);
    return `${((100 * known.filter(Boolean).length) / known.length).toFixed(1)} % of ${known.length}`;
  };
  // the first five rows are the original calculator's synthetic examples (GPT-3-13b, BERT-12b …): no shape exists
  const real = rows.slice(5);
  const realShape = (r: (typeof rows)[number]) => r.shape === 'catalog' || r.shape === 'base-model';
  printTable('Names answered (filenames.sample.tsv, seed rows excluded from the shape share)', ['measure', 'result', 'goal'], [
    ['answered from a real shape (catalog or base model), of all names', share(real.map(realShape)), '≥ 90 %'],
    ['answered from a real shape, of the names answered (no size and no model: refused)', share(real.filter((r) => r.shape !== 'refused').map(realShape)), '≥ 90 %'],
    ['parameter count within 10 % of the name (or its catalogued exact count)', share(rows.map((r) => r.paramsOk)), '≥ 97 %'],
    ['parameter count within 10 % of the size the name rounds to (exact counts not accepted)', share(rows.map((r) => r.paramsNearName)), '-'],
    ['precision read as the name means it', share(rows.map((r) => r.precisionOk)), '≥ 95 %'],
  ]);
  printTable('Names answered from a size-based stand-in', ['name', 'shape'], rows.filter((r) => r.shape !== 'catalog' && r.shape !== 'base-model').map((r) => [r.name, r.shape]));
  const billions = (n: number | undefined) => (n === undefined ? '-' : (n / 1e9).toPrecision(3));
  printTable('Names whose parameter count misses by more than 10 % (or that are refused though a count is known)', ['name', 'expected B', 'answered B', 'shape', 'model'],
    rows.filter((r) => r.paramsOk === false || (r.expected !== undefined && r.params === undefined)).map((r) => [r.name, billions(r.expected), billions(r.params), r.shape, r.modelName]));
});
