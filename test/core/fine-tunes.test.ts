// Derivatives whose names spell no catalogued alias: the fine-tune family table and family words with a size.
// The bases are the ones the model cards name; the KV figures are what llama.cpp prints for those bases.
import { describe, expect, it } from 'vitest';
import { architectureById } from '../../src/core/catalog/architectures.js';
import { FINE_TUNE_FAMILIES } from '../../src/core/catalog/fine-tunes.js';
import { estimateOf } from '../helpers/reply.js';

const MiB = 2 ** 20;

describe('the fine-tune family table', () => {
  it.each(FINE_TUNE_FAMILIES.map((f) => [f.stems[0] ?? '', f] as const))('%s names catalogued bases and a source', (_stem, family) => {
    for (const id of family.bases) expect(architectureById(id), id).toBeDefined();
    expect(family.source).toMatch(/https:\/\//);
  });

  it('gives each stem to one family, so a name cannot mean two', () => {
    const stems = FINE_TUNE_FAMILIES.flatMap((f) => f.stems);
    expect(new Set(stems).size).toBe(stems.length);
  });
});

describe('a fine-tune is sized with the base its card names', () => {
  it.each([
    // [file, base the model card names]
    ['Midnight-Miqu-70B-v1.5.i1-Q4_K_M.gguf', 'miqu-1-70b'],
    ['magnum-v4-12b-Q6_K.gguf', 'mistral-nemo-12b'],
    ['magnum-v4-72b-Q4_K_M.gguf', 'qwen2.5-72b'],
    ['magnum-v4-123b-IQ3_M.gguf', 'mistral-large-123b'],
    ['Cydonia-24B-v2.1-Q5_K_M.gguf', 'mistral-small-3-24b'],
    ['Cydonia-22B-v1.3-Q4_K_M.gguf', 'mistral-small-22b'],
    ['WizardLM-2-8x22B.IQ2_XS.gguf', 'mixtral-8x22b'],
    ['WizardLM-2-7B-Q8_0.gguf', 'mistral-7b-v0.1'],
    ['wizardcoder-python-13b-v1.0.Q5_K_M.gguf', 'codellama-13b'],
    ['Big-Tiger-Gemma-27B-v1c-Q4_K_M.gguf', 'gemma-2-27b'],
    ['Tiger-Gemma-9B-v3-Q6_K.gguf', 'gemma-2-9b'],
    ['guanaco-33B.ggmlv3.q4_0.bin', 'llama-33b'],
    ['MN-12B-Lyra-v4-Q4_K_M.gguf', 'mistral-nemo-12b'],
    ['Lumimaid-v0.2-70B-Q4_K_M.gguf', 'llama-3.1-70b'],
    ['Star-Command-R-32B-v1-Q4_K_M.gguf', 'command-r-08-2024'],
    // the same families as ollama's library spells them
    ['wizardlm2:8x22b', 'mixtral-8x22b'], ['hermes3:8b', 'llama-3.1-8b'], ['nous-hermes2:34b', 'yi-34b'],
    ['cogito:14b', 'qwen2.5-14b'], ['minicpm-v:8b', 'qwen2-7b'], ['openhermes', 'mistral-7b-v0.1'], ['Baichuan-M2-32B-Q4_K_M.gguf', 'qwen2.5-32b'],
    ['Hermes-3-Llama-3.2-3B.Q4_K_M.gguf', 'llama-3.2-3b'], ['Nous-Hermes-2-Mistral-7B-DPO.Q5_K_M.gguf', 'mistral-7b-v0.1'],
  ])('%s → %s', (file, baseId) => {
    const model = estimateOf(`file:"${file}"`).model;
    // a family the catalog also lists by name (midnight-miqu-70b) is the catalogued row itself
    expect(['base-model', 'catalog']).toContain(model.shapeSource);
    expect(model.architecture.id).toBe(baseId);
  });

  it('takes a single-base family without a size in the name (openchat-3.5-0106 is Mistral-7B)', () => {
    const model = estimateOf('file:openchat-3.5-0106.Q4_K_M.gguf').model;
    expect(model.architecture.id).toBe('mistral-7b-v0.1');
  });

  it('leaves a size the family never released to a stand-in rather than the nearest base', () => {
    // Synthia was released on Llama-2 13B and 70B; a 34B of that name is not either
    expect(estimateOf('file:Synthia-34B-v1.2.Q4_K_M.gguf').model.shapeSource).toBe('size-reference');
  });

  it('sizes a Mistral-7B merge\'s cache as Mistral\'s: 4096 MiB at 32k, where a Llama-2 stand-in would give 16384', () => {
    // llama.cpp on Mistral-7B-v0.1 at n_ctx 32768: "KV self size = 4096.00 MiB" (32 layers × 8 KV heads × 128 × 2 × f16)
    expect(estimateOf('file:Kunoichi-DPO-v2-7B-Q4_K_M.gguf ctx:32768').kvCacheBytes).toBe(4096 * MiB);
  });
});

describe('a family word with a size elsewhere in the name', () => {
  it.each([
    ['Gemma-2-Ataraxy-v4-9B-Q4_K_M.gguf', 'gemma-2-9b'],
    ['Llama-3.1-Storm-8B.Q8_0.gguf', 'llama-3.1-8b'],
    ['Qwen2.5-Lumen-14B-Q4_K_M.gguf', 'qwen2.5-14b'],
    ['Mistral-Small-Gutenberg-Doppel-22B-Q4_K_M.gguf', 'mistral-small-22b'],
    ['Llama-3-Instruct-8B-SimPO-Q4_K_M.gguf', 'llama-3-8b'],
  ])('%s → %s', (file, baseId) => {
    expect(estimateOf(`file:"${file}"`).model.architecture.id).toBe(baseId);
  });

  // 8x22B counts experts × expert size (176 B), not parameters: the base with that many experts gives its own
  // count, Mistral's published 140,630,071,296, and its file is Mixtral-8x22B's own (85.58 GB at Q4_K_M,
  // https://huggingface.co/bartowski/Mixtral-8x22B-v0.1-GGUF, in gguf-sizes-moe.tsv)
  it('takes a Mixtral fine-tune\'s count and tensors from Mixtral, not from its 8x22B', () => {
    const estimate = estimateOf('file:dolphin-2.9-mixtral-8x22b-Q4_K_M.gguf');
    expect(estimate.model.architecture.id).toBe('mixtral-8x22b');
    expect(estimate.model.params).toBe(140_630_071_296);
    expect(Math.abs(estimate.weightsBytes / 85.58e9 - 1)).toBeLessThan(0.005);
  });

  // argilla/notus-8x7b-experiment's card: a Mixtral-8x7B fine-tune; a 4x7B merge has no catalogued shape
  it('reads an 8x7B name no family places as the one catalogued model so named, and a 4x7B as unknown', () => {
    expect(estimateOf('file:notus-8x7b-experiment.Q4_K_M.gguf').model.architecture.id).toBe('mixtral-8x7b');
    expect(estimateOf('file:Beyonder-4x7B-v3.Q4_K_M.gguf').model.shapeSource).toBe('size-reference');
  });

  it('looks only in the longest family word: Llama-3.2 has no 8B, and LLaMA-1\'s 7B is not taken for it', () => {
    expect(estimateOf('file:Llama-3.2-Taiwan-8B-Q4_K_M.gguf').model.shapeSource).toBe('size-reference');
  });
});

describe('catalogued models spelled as their publishers spell them', () => {
  it.each([
    // an underscore between digits is a version's point (Qwen's qwen1_5-7b-chat GGUF files, InternLM's internlm2_5)
    ['qwen1_5-7b-chat-q4_k_m.gguf', 'qwen1.5-7b'],
    ['Llama-3_3-Nemotron-Super-49B-v1-Q4_K_M.gguf', 'llama-3.3-nemotron-super-49b'],
    // the name's round size is the alias's, however far the exact count is (Falcon3-1B holds 1.67 B parameters)
    ['Falcon3-1B-Instruct-Q8_0.gguf', 'falcon3-1b'],
    ['OLMo-2-0425-1B-Instruct-Q4_K_M.gguf', 'olmo-2-1b'],
    ['OLMoE-1B-7B-0924-Instruct-Q4_K_M.gguf', 'olmoe-1b-7b'],
  ])('%s is %s', (file, id) => {
    const model = estimateOf(`file:"${file}"`).model;
    expect(model.shapeSource).toBe('catalog');
    expect(model.architecture.id).toBe(id);
  });
});

describe('a catalogued model whose copied config gives no whole shape', () => {
  // nomic-embed-text-v2-moe: mteb's n_parameters 475,292,928 (its row's source); v1.5 is another, 137 M model
  it('is its own row with its published count, not a shorter alias of another model, and says the shape stands in', () => {
    const estimate = estimateOf('file:nomic-embed-text-v2-moe.Q8_0.gguf');
    const model = estimate.model;
    expect([model.catalogName, model.params, model.shapeSource]).toEqual(['nomic-embed-text-v2-moe', 475_292_928, 'size-reference']);
    expect(estimate.warnings).toContainEqual(expect.objectContaining({ code: 'architecture_reference', model: 'nomic-embed-text-v2-moe' }));
  });

  it('takes the published count where the name states no size (Hunyuan-Large: 389 B)', () => {
    expect(estimateOf('file:Hunyuan-Large-Q4_K_M.gguf').model.params).toBe(389e9);
  });
});

describe('a fine-tune\'s GGUF file is its base\'s tensors at llama-quantize\'s types', () => {
  // the provided-files tables of TheBloke's cards (decimal GB, two decimals); Q2_K is left out, TheBloke's
  // 2023 Q2_K mix differs from today's preset
  it.each([
    ['mythomax-l2-13b.Q4_K_M.gguf', 7.87, 'https://huggingface.co/TheBloke/MythoMax-L2-13B-GGUF'],
    ['mythomax-l2-13b.Q8_0.gguf', 13.83, 'https://huggingface.co/TheBloke/MythoMax-L2-13B-GGUF'],
    ['openhermes-2.5-mistral-7b.Q4_K_M.gguf', 4.37, 'https://huggingface.co/TheBloke/OpenHermes-2.5-Mistral-7B-GGUF'],
    ['openhermes-2.5-mistral-7b.Q8_0.gguf', 7.70, 'https://huggingface.co/TheBloke/OpenHermes-2.5-Mistral-7B-GGUF'],
  ])('%s is %d GB', (file, gb) => {
    const estimate = estimateOf(`file:${file}`);
    expect(estimate.model.shapeSource).toBe('base-model');
    expect(Math.abs(estimate.weightsBytes / 1e9 - gb)).toBeLessThan(0.006);
  });
});
