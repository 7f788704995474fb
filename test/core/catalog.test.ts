// The tables against published figures: each catalogued config must add up to the count its publisher
// prints, layouts to ggml's bits per weight, and converted shapes to what llama.cpp prints for the same file.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, MODEL_ROWS, ROWS_WITHOUT_SHAPE, architectureById } from '../../src/core/catalog/architectures.js';
import { FORMATS, PRECISION_IDS } from '../../src/core/catalog/formats.js';
import { architectureFromConfig } from '../../src/core/catalog/from-config.js';
import { ggmlBitsPerWeight } from '../../src/core/catalog/ggml-types.js';
import { LAYOUTS } from '../../src/core/catalog/layouts.js';
import { SHAPE_EXCEPTIONS, architectureOfRow, roundingHalfUnit, rowShapeParams } from '../../src/core/catalog/model-row.js';
import { modelTensors, shapeParams } from '../../src/core/estimate/gguf-tensors.js';
import { kvLayers } from '../../src/core/estimate/kv-cache.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';

describe('GGML layouts', () => {
  // bits per weight ggml's k-quant and i-quant pull requests state for each type
  it.each([
    ['Q4_0', 4.5], ['Q8_0', 8.5], ['Q2_K', 2.625], ['Q3_K', 3.4375], ['Q4_K', 4.5], ['Q5_K', 5.5], ['Q6_K', 6.5625],
    ['IQ2_XXS', 2.0625], ['IQ2_XS', 2.3125], ['IQ3_XXS', 3.0625], ['IQ4_XS', 4.25], ['IQ1_S', 1.5625], ['MXFP4', 4.25],
    // ggml-cuda.cu of April 2023: static_assert(sizeof(block_q4_2) == sizeof(ggml_fp16_t) + QK4_2 / 2), QK4_2 16
    ['Q4_2', 5], ['Q4_3', 6],
  ] as const)('%s is %d bits per weight', (type, bits) => {
    expect(ggmlBitsPerWeight(type)).toBe(bits);
  });
});

describe('formats', () => {
  // widths their authors publish: llama-quantize's "IQ2_XXS : 2.06 bpw", QLoRA's "0.127 bits per parameter"
  // on top of NF4's 4 (Dettmers et al. 2023 §3), llama-quantize's Llama-3-8B presets (Q4_K_M 4.58 GiB of 8.03 B)
  it.each([
    ['iq2_xxs', 2.06], ['iq3_xxs', 3.06], ['iq4_xs', 4.25], ['nf4', 4.5], ['nf4_dq', 4.127], ['q4_k_m', (4.58 * 2 ** 30 * 8) / 8_030_261_248],
    ['q8_0', (7.96 * 2 ** 30 * 8) / 8_030_261_248], ['fp16', 16], ['int4', 4],
    // MLC q4f16_1: int4 with one fp16 scale per group of 32; NVFP4: e2m1 with one e4m3 scale per 16
    ['mlc_q4f16', 4.5], ['nvfp4', 4.5],
  ] as const)('%s costs %d bits per weight', (id, bits) => {
    expect(FORMATS[id].bitsPerWeight).toBeCloseTo(bits, 2);
  });

  it.each(PRECISION_IDS.map((id) => [id] as const))('%s names where its width comes from', (id) => {
    expect(FORMATS[id].source).toMatch(/^(https:\/\/|the original llmmem)/);
  });
});

describe('tensor layouts', () => {
  // a layout cites a modeling file by URL, or names the remote-code file it was read in; never a URL glued to a name
  it.each(Object.entries(LAYOUTS))('%s cites where it was read', (_type, layout) => {
    expect(layout.source).toMatch(/^(?:https:\/\/\S+\.py|[\w-]+ \(remote code: .+\))$/);
  });
});

describe('model rows', () => {
  it('has at least 250 models with a whole shape', () => {
    expect(ARCHITECTURES.length).toBeGreaterThanOrEqual(250);
  });

  it('covers the families people run', () => {
    const ids = ARCHITECTURES.map((a) => a.id).join(' ');
    for (const family of ['llama-7b', 'llama-2-', 'llama-3.1-', 'llama-3.2-', 'llama-3.3-', 'llama-4-scout', 'llama-4-maverick',
      'qwen1.5-', 'qwen2.5-', 'qwen3-0.6b', 'qwen3-30b-a3b', 'qwen3-235b-a22b', 'qwen3-coder-480b', 'qwen3-next', 'qwen2.5-vl',
      'gemma-2b', 'gemma-2-', 'gemma-3-', 'gemma-3n', 'mistral-7b', 'mixtral-8x7b', 'mistral-nemo', 'mistral-small-3.2', 'mistral-large',
      'ministral', 'codestral', 'devstral', 'magistral', 'deepseek-v2', 'deepseek-coder-v2', 'deepseek-v3', 'deepseek-r1-distill',
      'phi-2', 'phi-3-mini', 'phi-3.5-moe', 'phi-4', 'command-r', 'command-a', 'aya-', 'granite-3', 'granite-4.0-h', 'olmo-1b',
      'olmo-2-', 'smollm-', 'smollm2', 'smollm3', 'yi-', 'internlm', 'glm-4', 'glm-4.5', 'kimi-k2', 'minimax', 'hunyuan',
      'falcon-7b', 'falcon3', 'falcon-mamba', 'falcon-h1', 'nemotron', 'minitron', 'exaone', 'starcoder2', 'tinyllama',
      'nomic-embed', 'bge-', 'e5-', 'gte-', 'mxbai', 'snowflake-arctic', 'llava', 'internvl', 'smolvlm', 'pixtral', 'gpt-oss',
      'mpt-7b', 'gpt-j-6b', 'gpt-neox-20b', 'pythia-12b', 'dolly-v2', 'stablelm-3b', 'stablelm-2-', 'open-llama-', 'phi-1.5',
      'olmo-3-', 'ernie-4.5-', 'seed-oss', 'apertus', 'minicpm4', 'all-minilm-', 'all-mpnet', 'paraphrase-multilingual',
      'jina-embeddings-v2', 'embeddinggemma', 'granite-embedding', 'dbrx-',
      'lfm2-1.2b', 'lfm2-8b-a1b', 'jamba-v0.1', 'jamba-1.5-mini', 'mamba-2.8b',
      'llama-3.1-nemotron-ultra', 'falcon-h1-3b', 'falcon-h1-34b', 'deepseek-coder-33b', 'ling-lite']) {
      expect(ids, family).toContain(family);
    }
  });

  it('has unique ids and aliases', () => {
    const names = ARCHITECTURES.flatMap((a) => [...new Set([a.id, ...a.aliases])]);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(MODEL_ROWS.map((r) => [r.id, r] as const))('%s cites its config and its count', (_id, row) => {
    // a config URL, or the repo:path where a copy was read
    expect(row.configSource).toMatch(/https:\/\/|[\w-]+\/[\w.-]+[@:]/);
    expect(row.params.source).not.toBe('');
    expect(row.params.kind === 'exact' ? /\d{6,}/.test(row.params.asWritten.replace(/[,_]/g, '')) : true).toBe(true);
  });

  // Two independent published facts must agree: the config's shape and the publisher's parameter count.
  // Exact counts within 0.1 % (a few buffers such as BERT's position_ids are in some totals), rounded ones within
  // their last digit ("0.6B": ± 0.05 B).
  const checked = MODEL_ROWS.filter((r) => !(r.id in SHAPE_EXCEPTIONS) && !ROWS_WITHOUT_SHAPE.includes(r.id));
  it.each(checked.map((r) => [r.id, r] as const))('%s: its config shape adds up to its published parameter count', (_id, row) => {
    const a = architectureOfRow(row);
    expect(a).toBeDefined();
    const shape = a ? rowShapeParams(row, a) : 0;
    if (row.params.kind === 'exact') expect(Math.abs(shape - row.params.count) / row.params.count).toBeLessThan(0.001);
    else expect(Math.abs(shape - row.params.count)).toBeLessThanOrEqual(roundingHalfUnit(row.params.count));
  });

  it.each(Object.entries(SHAPE_EXCEPTIONS))('%s is listed as not adding up, and indeed does not (%s)', (id) => {
    const row = MODEL_ROWS.find((r) => r.id === id);
    const a = row && architectureOfRow(row);
    expect(row && a).toBeTruthy();
    if (!row || !a) return;
    const off = Math.abs(rowShapeParams(row, a) - row.params.count);
    expect(row.params.kind === 'exact' ? off / row.params.count >= 0.001 : off > roundingHalfUnit(row.params.count)).toBe(true);
  });

  it('names every row whose copied config has no whole shape, so none is sized from a guess', () => {
    expect([...ROWS_WITHOUT_SHAPE].sort()).toEqual([
      'aya-vision-8b', 'glm-4-32b-0414', 'hunyuan-large', 'internlm2-1.8b',
      'minimax-text-01', 'nemotron-4-340b', 'nemotron-nano-12b-v2', 'nomic-embed-text-v2-moe', 'qwen1.5-110b',
    ]);
  });

  it('Qwen3-30B-A3B adds up to the 30,532,122,624 its safetensors hold', () => {
    expect(architectureById('qwen3-30b-a3b')?.params).toBe(30_532_122_624);
  });

  // 2023-era families, against the figures their cards print
  it('Pythia-12B adds up to its card\'s 11,846,072,320 total and 11,327,027,200 non-embedding parameters', () => {
    const a = architectureById('pythia-12b');
    expect(a && shapeParams(a)).toBe(11_846_072_320);
    expect(a && shapeParams(a) - 2 * a.vocabSize * a.hiddenSize).toBe(11_327_027_200);
  });

  it('GPT-NeoX-20B adds up to its card\'s 20,554,567,680 with d_head 96; GPT-J-6B has d_head 256', () => {
    const neox = architectureById('gpt-neox-20b');
    expect(neox && shapeParams(neox)).toBe(20_554_567_680);
    expect(neox?.headDim).toBe(96);
    expect([architectureById('gpt-j-6b')?.heads, architectureById('gpt-j-6b')?.headDim]).toEqual([16, 256]);
  });

  it('MPT-7B is its index total_size / 2 = 6,649,286,656: tied, no position table, no lm_head', () => {
    const a = architectureById('mpt-7b');
    expect(a && shapeParams(a)).toBe(13_298_573_312 / 2);
    expect(a && modelTensors(a).some((t) => t.category === 'output')).toBe(false);
  });

  it('OLMo-2-13B is its index total_size / 4 = 13,716,198,400 (issue 18)', () => {
    expect(architectureById('olmo-2-13b')?.params).toBe(13_716_198_400);
  });
});

describe('2025 releases as their configs and totals publish them', () => {
  it('Llama-3.1-Nemotron-Ultra-253B: 162 NAS blocks, attention (8 KV heads) in 64 of them, as its GGUF prints n_head_kv 8 or 0', () => {
    const a = architectureById('llama-3.1-nemotron-ultra-253b');
    expect([a?.layers, a && kvLayers(a), a?.hiddenSize]).toEqual([162, 64, 16384]);
    expect(new Set(a?.blocks?.filter((b) => b.mixer === 'attention').map((b) => b.kvHeads))).toEqual(new Set([8]));
  });

  it('Falcon-H1-34B keeps 4 KV heads in all 72 layers, with 2 Mamba groups; the 3B keeps 2 in all 32', () => {
    const big = architectureById('falcon-h1-34b');
    const small = architectureById('falcon-h1-3b');
    expect([big?.kvHeads, big && kvLayers(big), big?.recurrent?.groups, big?.vocabSize]).toEqual([4, 72, 2, 261120]);
    expect([small?.kvHeads, small && kvLayers(small), small?.recurrent?.innerSize]).toEqual([2, 32, 4096]);
  });

  it('deepseek-coder-33b is GQA (56 query heads, 8 KV heads, 62 layers), unlike its MHA siblings', () => {
    const a = architectureById('deepseek-coder-33b');
    expect([a?.heads, a?.kvHeads, a?.layers]).toEqual([56, 8, 62]);
    expect(architectureById('deepseek-coder-6.7b')?.kvHeads).toBe(32);
  });

  it('Ling-lite-1.5: 28 MoE layers of 64 experts (top-6) with two 1408-wide shared experts, 16,801,974,272 in all', () => {
    const a = architectureById('ling-lite-1.5');
    expect(a?.moe).toMatchObject({ experts: 64, activeExperts: 6, expertIntermediateSize: 1408, sharedIntermediateSize: 2816 });
    expect([a?.kvHeads, a?.params]).toEqual([4, 16_801_974_272]);
  });

  it('OLMo 3 keeps a full-length KV cache in 1 of 4 layers (sliding_window 4096 elsewhere)', () => {
    const seven = architectureById('olmo-3-7b');
    const big = architectureById('olmo-3-32b');
    expect([seven?.slidingWindow?.globalLayers, seven?.slidingWindow?.tokens, seven?.params]).toEqual([8, 4096, 7_298_011_136]);
    expect([big?.slidingWindow?.globalLayers, big?.kvHeads, big?.params]).toEqual([16, 8, 32_233_522_176]);
  });

  it('ERNIE-4.5-21B-A3B: layer 0 dense, 27 MoE layers of 64 experts (top-6) with two 1536-wide shared experts', () => {
    const a = architectureById('ernie-4.5-21b-a3b');
    expect(a?.moe).toMatchObject({ experts: 64, activeExperts: 6, expertIntermediateSize: 1536, sharedIntermediateSize: 3072, routerBias: true });
    expect(a?.blocks?.filter((b) => b.ffn === 'moe')).toHaveLength(27);
    expect(a?.blocks?.[0]?.ffn).toBe('dense');
  });

  it('ERNIE-4.5-300B-A47B: MoE from layer 3 to 53, no shared expert, 8 KV heads', () => {
    const a = architectureById('ernie-4.5-300b-a47b');
    expect(a?.blocks?.filter((b) => b.ffn === 'moe')).toHaveLength(51);
    expect([a?.moe?.activeExperts, a?.moe?.sharedIntermediateSize, a?.kvHeads]).toEqual([8, undefined, 8]);
  });

  it('Seed-OSS-36B: 80 query heads over 8 KV heads, q/k/v biases without an o_proj bias', () => {
    const a = architectureById('seed-oss-36b');
    expect([a?.heads, a?.kvHeads, a?.headDim, a?.layout?.qkvBias, a?.layout?.outBias]).toEqual([80, 8, 128, true, false]);
  });

  it('Apertus-8B has a gateless MLP and MiniCPM4-8B only 2 KV heads', () => {
    expect(architectureById('apertus-8b')?.layout?.ffn).toBe('plain');
    expect(architectureById('minicpm4-8b')?.kvHeads).toBe(2);
  });
});

describe('checkpoint dtypes (issue 12)', () => {
  it.each([
    ['deepseek-v3', 'fp8'], ['deepseek-r1', 'fp8'], ['qwen3-30b-a3b-fp8', 'fp8'], ['gpt-oss-20b', 'mxfp4'], ['gpt-oss-120b', 'mxfp4'],
    ['llama-3.1-8b', 'bf16'], ['llama-2-7b', 'fp16'], ['olmo-2-7b', 'fp32'],
  ] as const)('%s ships in %s', (id, dtype) => {
    expect(architectureById(id)?.dtype).toBe(dtype);
  });
});

describe('shapes as llama.cpp prints them for the same model', () => {
  // print_info lines of a Qwen3-Next-80B-A3B load (github.com/ggml-org/llama.cpp/issues/17578): n_layer 48,
  // n_head_kv 2, n_embd_head_k 256, n_expert 512, n_expert_used 10, ssm_d_conv 4, ssm_d_inner 4096,
  // ssm_d_state 128, ssm_n_group 16
  it('Qwen3-Next maps its Gated DeltaNet to the ssm_* sizes llama.cpp prints', () => {
    const a = architectureById('qwen3-next-80b-a3b');
    expect([a?.layers, a?.kvHeads, a?.headDim, a?.moe?.experts, a?.moe?.activeExperts]).toEqual([48, 2, 256, 512, 10]);
    expect([a?.recurrent?.convKernel, a?.recurrent?.innerSize, a?.recurrent?.stateSize, a?.recurrent?.groups]).toEqual([4, 4096, 128, 16]);
    // every 4th layer is full attention (full_attention_interval 4): 12 hold a KV cache
    expect(a && kvLayers(a)).toBe(12);
  });

  it('Gemma 3n keeps KV only for layers before its shared ones (num_kv_shared_layers 10 of 30)', () => {
    const a = architectureById('gemma-3n-e2b');
    expect(a && kvLayers(a)).toBe(20);
  });

  it('an encoder-only embedding model keeps no KV cache', () => {
    const a = architectureById('bge-m3');
    expect(a && kvLayers(a)).toBe(0);
  });

  it('JinaBERT v2 keeps no position table under ALiBi and a gated MLP (position_embedding_type alibi, feed_forward_type geglu)', () => {
    const a = architectureById('jina-embeddings-v2-base-en');
    expect([a?.layout?.learnedPositions, a?.layout?.ffn, a?.maxContext, a && kvLayers(a)]).toEqual([false, 'gated', 8192, 0]);
  });

  it('EmbeddingGemma is Gemma 3 with one KV head of 256, its two Dense projections (768 -> 3072 -> 768) outside the encoder', () => {
    const a = architectureById('embeddinggemma-300m');
    expect([a?.heads, a?.kvHeads, a?.headDim, a?.nonDecoderParams]).toEqual([3, 1, 256, 2 * 768 * 3072]);
  });

  it('a RoBERTa and an MPNet encoder read as BERT-style encoders, with no output head', () => {
    for (const id of ['granite-embedding-30m-english', 'all-mpnet-base-v2']) {
      const a = architectureById(id);
      expect([a?.layout?.encoder, a?.tiedEmbeddings, a && kvLayers(a)], id).toEqual([true, true, 0]);
    }
  });

  // llama.cpp's load of DBRX (github.com/ggml-org/llama.cpp/pull/6515): block_count 40, embedding_length 6144,
  // feed_forward_length 10752, head_count 48, head_count_kv 8; the card: 16 experts, 4 chosen
  it('DBRX reads its nested attn_config and ffn_config as llama.cpp prints them', () => {
    const a = architectureById('dbrx-instruct');
    expect([a?.layers, a?.hiddenSize, a?.heads, a?.kvHeads, a?.moe?.experts, a?.moe?.activeExperts, a?.moe?.expertIntermediateSize, a?.maxContext])
      .toEqual([40, 6144, 48, 8, 16, 4, 10752, 32768]);
  });

  it('Nemotron-H-8B holds KV only in its 4 attention layers ("*" in hybrid_override_pattern)', () => {
    const a = architectureById('nemotron-h-8b');
    expect(a && kvLayers(a)).toBe(4);
  });

  // LFM2-350M's card: "Layers | 16 (10 conv + 6 attn)"; llama.cpp keeps n_embd × (l_cache − 1) f32 per conv layer
  it('LFM2-350M keeps KV in its 6 attention layers and 2 × 1024 activations in each of its 10 conv layers', () => {
    const a = architectureById('lfm2-350m');
    expect(a && kvLayers(a)).toBe(6);
    expect(a?.blocks?.filter((b) => b.mixer === 'shortconv')).toHaveLength(10);
    expect(a?.recurrentStateBytes).toBe(10 * 4 * 2 * 1024);
    // block_ff_dim 6656 auto-adjusted as Lfm2MLP does: int(2 · 6656 / 3) = 4437, up to a multiple of 256
    expect(a?.intermediateSize).toBe(4608);
  });

  it('LFM2-8B-A1B: 6 attention layers, 2 dense then 22 MoE layers of 32 experts, top 4 (the 8.3B total, 1.5B active)', () => {
    const a = architectureById('lfm2-8b-a1b');
    expect(a && kvLayers(a)).toBe(6);
    expect(a?.moe).toMatchObject({ experts: 32, activeExperts: 4, expertIntermediateSize: 1792, routerBias: true });
    expect(a?.blocks?.slice(0, 3).map((b) => b.ffn)).toEqual(['dense', 'dense', 'moe']);
    expect(a?.blocks?.filter((b) => b.ffn === 'moe')).toHaveLength(22);
  });

  // Jamba paper (arXiv:2403.19887): one attention layer per 8, MoE every other layer, 16 experts, top 2
  it('Jamba holds KV in 4 of its 32 layers (i % 8 == 4) and routes 16 experts on the odd ones', () => {
    const a = architectureById('jamba-v0.1');
    expect(a?.blocks?.flatMap((b, i) => (b.mixer === 'attention' ? [i] : []))).toEqual([4, 12, 20, 28]);
    expect(a && kvLayers(a)).toBe(4);
    expect(a?.blocks?.filter((b) => b.ffn === 'moe')).toHaveLength(16);
    expect(a?.blocks?.[1]?.ffn).toBe('moe');
    expect([a?.recurrent?.innerSize, a?.recurrent?.stateSize, a?.recurrent?.dtRank]).toEqual([8192, 16, 256]);
  });

  it('Mamba-2.8B keeps no KV cache: 64 Mamba-1 layers of d_inner 5120, d_state 16', () => {
    const a = architectureById('mamba-2.8b');
    expect(a && kvLayers(a)).toBe(0);
    expect(a?.recurrentStateBytes).toBe(64 * 4 * (3 * 5120 + 16 * 5120));
  });

  it('reads an LFM2 Hub config without layer_types from full_attn_idxs, and its original tie_embedding key', () => {
    const a = architectureFromConfig({
      model_type: 'lfm2', num_hidden_layers: 4, hidden_size: 64, num_attention_heads: 4, vocab_size: 100,
      full_attn_idxs: [1], block_ff_dim: 96, block_auto_adjust_ff_dim: false, tie_embedding: false,
    }, 'x', 1, 'test');
    expect(a?.blocks?.map((b) => b.mixer)).toEqual(['shortconv', 'attention', 'shortconv', 'shortconv']);
    expect([a?.intermediateSize, a?.tiedEmbeddings, a && kvLayers(a)]).toEqual([96, false, 1]);
  });

  it('Gemma-3-27B has 10 global layers of 62 (sliding_window_pattern 6)', () => {
    expect(architectureById('gemma-3-27b')?.slidingWindow).toMatchObject({ tokens: 1024, globalLayers: 10 });
  });

  it('a Hub config with text_config and MLA keys converts through the same rule', () => {
    const a = architectureFromConfig({
      model_type: 'deepseek_v3', num_hidden_layers: 61, hidden_size: 7168, num_attention_heads: 128, num_key_value_heads: 128,
      vocab_size: 129280, intermediate_size: 18432, n_routed_experts: 256, num_experts_per_tok: 8, moe_intermediate_size: 2048,
      n_shared_experts: 1, first_k_dense_replace: 3, q_lora_rank: 1536, kv_lora_rank: 512, qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128,
    }, 'x', 1, 'test');
    expect(a?.latentKv).toMatchObject({ kvLoraRank: 512, ropeHeadDim: 64, qLoraRank: 1536 });
    expect(a?.blocks?.filter((b) => b.ffn === 'moe')).toHaveLength(58);
  });
});

describe('Hub configs through the same converter', () => {
  it('reads a multimodal text_config, fills what its to_diff_dict left out from the class defaults', () => {
    // llava-hf/llava-1.5-7b-hf: text_config lists only vocab_size and max_position_embeddings (LlamaConfig defaults otherwise)
    const a = architectureFromConfig({ model_type: 'llava', text_config: { model_type: 'llama', vocab_size: 32064, max_position_embeddings: 4096 } }, 'llava', 1, 'test');
    expect([a?.layers, a?.hiddenSize, a?.heads, a?.intermediateSize, a?.vocabSize]).toEqual([32, 4096, 32, 11008, 32064]);
  });

  it('never fills a top-level config from defaults: a config without its sizes has no shape', () => {
    expect(architectureFromConfig({ model_type: 'llama', max_position_embeddings: 16384 }, 'x', 1, 'test')).toBeUndefined();
  });

  it('reads sliding windows from layer_types (gpt-oss alternates)', () => {
    const a = architectureFromConfig({
      model_type: 'gpt_oss', num_hidden_layers: 4, hidden_size: 64, num_attention_heads: 4, vocab_size: 100, sliding_window: 128,
      layer_types: ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'],
    }, 'x', 1, 'test');
    expect(a?.slidingWindow).toMatchObject({ tokens: 128, globalLayers: 2 });
  });

  it('reads Qwen-MoE keys: experts, top-k, expert width, shared expert with its gate', () => {
    const a = architectureFromConfig({
      model_type: 'qwen2_moe', num_hidden_layers: 24, hidden_size: 2048, num_attention_heads: 16, vocab_size: 151936, intermediate_size: 5632,
      num_experts: 60, num_experts_per_tok: 4, moe_intermediate_size: 1408, shared_expert_intermediate_size: 5632, decoder_sparse_step: 1,
    }, 'x', 1, 'test');
    expect(a?.moe).toMatchObject({ experts: 60, activeExperts: 4, expertIntermediateSize: 1408, sharedIntermediateSize: 5632, sharedGate: true });
  });

  it.each([
    [{ torch_dtype: 'bfloat16', quantization_config: { quant_method: 'fp8', fmt: 'e4m3' } }, 'fp8'],
    [{ torch_dtype: 'bfloat16', quantization_config: { quant_method: 'mxfp4' } }, 'mxfp4'],
    [{ torch_dtype: 'float16' }, 'fp16'],
    [{ dtype: 'bfloat16' }, 'bf16'],
  ] as const)('reads the checkpoint dtype from %j', (keys, dtype) => {
    const a = architectureFromConfig({ model_type: 'llama', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, vocab_size: 100, ...keys }, 'x', 1, 'test');
    expect(a?.dtype).toBe(dtype);
  });
});


describe('every precision has words in both languages', () => {
  it.each(PRECISION_IDS.map((id) => [id] as const))('%s', (id) => {
    const kind = FORMATS[id].kind;
    expect(en.formatKind[kind].length).toBeGreaterThan(3);
    expect(ja.formatKind[kind].length).toBeGreaterThan(3);
  });
});
