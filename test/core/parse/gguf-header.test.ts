// GGUF headers as llama.cpp writes them → the shape the estimates read. Headers are built here, never
// downloaded; the hparams they carry are the ones llama.cpp printed for the same models.
import { describe, expect, it } from 'vitest';
import { modelFromGgufHeader, type GgufHeader } from '../../../src/core/parse/gguf-header.js';
import { kvLayers } from '../../../src/core/estimate/kv-cache.js';

const F16 = 1;
const tensor = (name: string, shape: number[]) => ({ name, shape, dtype: F16 });
const header = (arch: string, metadata: Record<string, unknown>, vocab = 1000, hidden = 64): GgufHeader => ({
  metadata: { 'general.architecture': arch, 'general.file_type': 1, ...Object.fromEntries(Object.entries(metadata).map(([k, v]) => [`${arch}.${k}`, v])) },
  tensorInfos: [tensor('token_embd.weight', [hidden, vocab]), tensor('output.weight', [hidden, vocab])],
});

describe('GGUF headers', () => {
  // print_info of a Qwen3-Next-80B-A3B load (github.com/ggml-org/llama.cpp/issues/17578): n_layer 48, n_head 16,
  // n_head_kv 2, n_embd_head_k 256, n_expert 512, n_expert_used 10, ssm_d_conv 4, ssm_d_inner 4096, ssm_d_state 128,
  // ssm_n_group 16; every 4th layer full attention
  it('reads Qwen3-Next as 12 attention layers with KV and 36 recurrent ones, in llama.cpp\'s f32 state sizes', () => {
    const a = modelFromGgufHeader(header('qwen3next', {
      block_count: 48, embedding_length: 2048, 'attention.head_count': 16, 'attention.head_count_kv': 2, 'attention.key_length': 256,
      expert_count: 512, expert_used_count: 10, expert_feed_forward_length: 512, 'ssm.conv_kernel': 4, 'ssm.inner_size': 4096,
      'ssm.state_size': 128, 'ssm.group_count': 16, full_attention_interval: 4,
    }), 'qwen3-next', 'test').architecture;
    expect(kvLayers(a)).toBe(12);
    expect(a.moe).toMatchObject({ experts: 512, activeExperts: 10, expertIntermediateSize: 512 });
    // (d_conv − 1)(d_inner + 2 n_group d_state) + d_state · d_inner floats per layer (llama_hparams::n_embd_r/n_embd_s)
    expect(a.recurrentStateBytes).toBe(36 * 4 * (3 * (4096 + 2 * 16 * 128) + 128 * 4096));
  });

  it('counts KV only for the layers whose per-layer head_count_kv is not 0 (hybrid Mamba-2)', () => {
    const kv = Array.from({ length: 40 }, (_, i) => (i % 10 === 9 ? 8 : 0));
    const a = modelFromGgufHeader(header('granitehybrid', {
      block_count: 40, embedding_length: 2048, 'attention.head_count': 32, 'attention.head_count_kv': kv,
      'ssm.conv_kernel': 4, 'ssm.inner_size': 4096, 'ssm.state_size': 128, 'ssm.group_count': 1,
    }), 'granite-4.0-h-micro', 'test').architecture;
    expect([kvLayers(a), a.kvHeads]).toEqual([4, 8]);
  });

  it('keeps no KV cache for an encoder (bert)', () => {
    const a = modelFromGgufHeader(header('bert', { block_count: 12, embedding_length: 768, 'attention.head_count': 12 }), 'bge-base', 'test').architecture;
    expect(kvLayers(a)).toBe(0);
  });

  it.each([['gemma3', 6], ['gemma2', 2], ['cohere2', 4]] as const)('%s has one global layer every %d', (arch, every) => {
    const a = modelFromGgufHeader(header(arch, { block_count: 12, embedding_length: 64, 'attention.head_count': 4, 'attention.sliding_window': 1024 }), arch, 'test').architecture;
    expect(a.slidingWindow).toEqual({ tokens: 1024, globalEvery: every });
  });

  it('reads the latent-attention ranks of a DeepSeek header', () => {
    const a = modelFromGgufHeader(header('deepseek2', {
      block_count: 61, embedding_length: 7168, 'attention.head_count': 128, 'attention.kv_lora_rank': 512, 'rope.dimension_count': 64,
    }), 'deepseek-v3', 'test').architecture;
    expect(a.latentKv).toEqual({ kvLoraRank: 512, ropeHeadDim: 64 });
  });

  it('refuses a header without a shape', () => {
    expect(() => modelFromGgufHeader({ metadata: {}, tensorInfos: [] }, 'x', 'test')).toThrow();
  });
});
