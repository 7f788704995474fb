// The tables: complete rows, sources, and layouts that match ggml's published bits per weight.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES } from '../../src/core/catalog/architectures.js';
import { FORMATS, PRECISION_IDS } from '../../src/core/catalog/formats.js';
import { ggmlBitsPerWeight } from '../../src/core/catalog/ggml-types.js';
import { shapeParams } from '../../src/core/estimate/gguf-tensors.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';

describe('GGML layouts', () => {
  // bits per weight ggml's k-quant and i-quant pull requests state for each type
  it.each([
    ['Q4_0', 4.5], ['Q8_0', 8.5], ['Q2_K', 2.625], ['Q3_K', 3.4375], ['Q4_K', 4.5], ['Q5_K', 5.5], ['Q6_K', 6.5625],
    ['IQ2_XXS', 2.0625], ['IQ2_XS', 2.3125], ['IQ3_XXS', 3.0625], ['IQ4_XS', 4.25], ['IQ1_S', 1.5625], ['MXFP4', 4.25],
  ] as const)('%s is %d bits per weight', (type, bits) => {
    expect(ggmlBitsPerWeight(type)).toBe(bits);
  });
});

describe('formats', () => {
  it.each(PRECISION_IDS.map((id) => [id] as const))('%s has a label, a width and a source', (id) => {
    const format = FORMATS[id];
    expect(format.label.length).toBeGreaterThan(0);
    expect(format.bitsPerWeight).toBeGreaterThan(1);
    expect(format.bitsPerWeight).toBeLessThanOrEqual(32);
    expect(format.source.length).toBeGreaterThan(10);
  });
});

describe('architectures', () => {
  it.each(ARCHITECTURES.map((a) => [a.id, a] as const))('%s is complete and consistent', (_id, a) => {
    expect(a.source).toMatch(/^https:\/\/huggingface\.co\/.+\/config\.json$/);
    expect(a.heads % a.kvHeads).toBe(0);
    expect(a.aliases.length).toBeGreaterThan(0);
    for (const value of [a.params, a.layers, a.hiddenSize, a.heads, a.kvHeads, a.headDim, a.vocabSize, a.intermediateSize, a.maxContext]) {
      expect(Number.isInteger(value) && value > 0).toBe(true);
    }
  });

  it('has unique ids and aliases', () => {
    const names = ARCHITECTURES.flatMap((a) => a.aliases.map((alias) => `${alias}`));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('model catalog coverage', () => {
  it('knows at least 60 models across the families people ask about', () => {
    expect(ARCHITECTURES.length).toBeGreaterThanOrEqual(60);
    const ids = ARCHITECTURES.map((a) => a.id).join(' ');
    for (const family of ['llama-2', 'llama-3.1', 'llama-3.2', 'llama-3.3', 'mistral', 'mixtral', 'mistral-nemo', 'mistral-small',
      'qwen2-', 'qwen2.5', 'qwen3', 'gemma-2', 'gemma-3', 'phi-3', 'phi-4', 'deepseek-v3', 'deepseek-r1-distill', 'gpt-oss',
      'smollm2', 'tinyllama', 'olmo-2', 'command-r', 'yi-', 'granite']) {
      expect(ids, family).toContain(family);
    }
  });

  // Two independent published facts must agree: the config's shape and the model card's parameter count.
  // Biases, QK norms and attention sinks are not in the layout, hence the 0.1 % allowance.
  it.each(ARCHITECTURES.filter((a) => !a.latentKv && a.id !== 'command-r-plus-104b').map((a) => [a.id, a] as const))(
    '%s: its config shape adds up to its published parameter count', (_id, a) => {
      const fromShape = shapeParams(a) + (a.nonDecoderParams ?? 0);
      expect(Math.abs(fromShape - a.params) / a.params).toBeLessThan(0.001);
    },
  );

  it('Command-R+ is published as "104B": its shape gives 103.8 B', () => {
    const a = ARCHITECTURES.find((m) => m.id === 'command-r-plus-104b');
    expect(a && Math.abs(shapeParams(a) - a.params) / a.params).toBeLessThan(0.005);
  });

  it.each(ARCHITECTURES.filter((a) => a.moe).map((a) => [a.id, a] as const))('%s activates fewer parameters than it holds', (_id, a) => {
    expect(a.moe?.activeParams).toBeLessThan(a.params / 2);
    expect(a.moe?.activeExperts).toBeLessThan(a.moe?.experts ?? 0);
  });
});

describe('every precision has words in both languages', () => {
  it.each(PRECISION_IDS.map((id) => [id] as const))('%s', (id) => {
    const kind = FORMATS[id].kind;
    expect(en.formatKind[kind].length).toBeGreaterThan(3);
    expect(ja.formatKind[kind].length).toBeGreaterThan(3);
  });
});
