// What a Hugging Face link unfurls into: the model's formats against common cards.
import { describe, expect, it } from 'vitest';
import { quantTable } from '../../../src/core/report/quant-table.js';
import { estimateOf } from '../../helpers/reply.js';

describe('quant table', () => {
  it('Llama-3.1-8B: BF16, Q8_0 and Q4_K_M, the 4-bit one on a 12 GB card, BF16 not', () => {
    const e = estimateOf('model:meta-llama/Llama-3.1-8B-Instruct');
    const rows = quantTable(e.model, e.request);
    expect(rows.map((r) => r.precision)).toEqual(['bf16', 'q8_0', 'q4_k_m']);
    const on3060 = (row: (typeof rows)[number]) => row.fits.find((f) => f.gpu === 'rtx3060')?.fits;
    expect([on3060(rows[0] as never), on3060(rows[2] as never)]).toEqual([false, true]);
    // each row's figure is what asking for it gives
    expect(rows[2]?.vramBytes).toBe(estimateOf('model:meta-llama/Llama-3.1-8B-Instruct precision:q4_k_m ctx:8k').vramBytes);
  });
});
