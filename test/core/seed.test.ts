// Seed parity (docs/contract.md §1): the original calculator's answers, kept exactly.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderText } from '../../src/render/text.js';
import { readTsv } from '../helpers/published-data.js';
import { estimateOf } from '../helpers/reply.js';

describe('seed parity', () => {
  it('reads params:7 precision:fp16 as exactly 14,000,000,000 bytes, shown as 13.04 GiB', () => {
    const reply = answer('/llmmem params:7 precision:fp16');
    if (!reply.ok || reply.kind !== 'estimate') throw new Error('no answer');
    expect(reply.estimate.weightsBytes).toBe(14_000_000_000);
    expect(renderText(reply.report, reply.messages)).toMatch(/Weights\s+13\.04 GiB/);
  });

  // the calculator's widths: FP32 4, FP16 2, INT8 1, INT4 0.5 bytes per parameter
  it.each([
    ['params:7 precision:fp32', 28_000_000_000],
    ['params:7 precision:int8', 7_000_000_000],
    ['params:7 precision:int4', 3_500_000_000],
    ['params:1.5b precision:fp16', 3_000_000_000],
    ['params:135m precision:fp32', 540_000_000],
  ])('%s → %i bytes of weights', (text, bytes) => {
    expect(estimateOf(text).weightsBytes).toBe(bytes);
  });

  // the first five rows of filenames.sample.tsv are the calculator's own examples
  const seedNames = readTsv('filenames.sample.tsv').slice(0, 5);
  const bytesPerParam: Record<string, number> = { fp32: 4, fp16: 2, int8: 1, int4: 0.5 };
  it.each(seedNames.map((row) => [row.name, Number(row.params_billions), row.precision_family] as const))(
    '%s answers %d B at %s as the calculator did',
    (name, billions, precision) => {
      const estimate = estimateOf(`file:${name}`);
      expect(estimate.precision.id).toBe(precision);
      expect(estimate.weightsBytes).toBe(billions * 1e9 * (bytesPerParam[precision ?? ""] ?? Number.NaN));
    },
  );
});
