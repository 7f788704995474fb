// OpenAI gpt-oss: mixture of experts shipped in MXFP4, alternating 128-token sliding-window layers.
import type { ModelRow } from '../model-row.js';

// The model card's Table 1 prints "Total parameters 20.91B / 116.83B"; the counts below are what the
// config adds up to (attention sinks and biases included), within that rounding.
const CARD = 'gpt-oss-120b & gpt-oss-20b Model Card, https://arxiv.org/abs/2508.10925, Table 1';
const LAYERS_20B = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 'sliding_attention' : 'full_attention'));
const LAYERS_120B = Array.from({ length: 36 }, (_, i) => (i % 2 === 0 ? 'sliding_attention' : 'full_attention'));
const COMMON = {
  model_type: 'gpt_oss', hidden_size: 2880, num_attention_heads: 64, num_key_value_heads: 8, head_dim: 64,
  vocab_size: 201088, intermediate_size: 2880, tie_word_embeddings: false, max_position_embeddings: 131072,
  sliding_window: 128, attention_bias: true, num_experts_per_tok: 4, torch_dtype: 'bfloat16',
  quantization_config: { quant_method: 'mxfp4' },
};

export const OPENAI_ROWS: readonly ModelRow[] = [
  {
    id: 'gpt-oss-20b', name: 'gpt-oss-20b', repo: 'openai/gpt-oss-20b', released: '2025-08',
    aliases: ['gpt-oss-20b', 'openai-gpt-oss-20b'], ollama: ['gpt-oss:20b'],
    params: { count: 20_910_000_000, kind: 'rounded', asWritten: '20.91B', source: CARD, how: 'model card table' },
    config: { architectures: ['GptOssForCausalLM'], ...COMMON, num_hidden_layers: 24, num_local_experts: 32, layer_types: LAYERS_20B },
    configSource: 'https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json',
    notes: 'Experts (MLP) in MXFP4, everything else BF16. Attention has biases on q, k, v, o and one learned sink per head; the router has a bias; experts have biases on gate_up and down.',
  },
  {
    id: 'gpt-oss-120b', name: 'gpt-oss-120b', repo: 'openai/gpt-oss-120b', released: '2025-08',
    aliases: ['gpt-oss-120b', 'openai-gpt-oss-120b'], ollama: ['gpt-oss:120b'],
    params: { count: 116_830_000_000, kind: 'rounded', asWritten: '116.83B', source: CARD, how: 'model card table' },
    config: { architectures: ['GptOssForCausalLM'], ...COMMON, num_hidden_layers: 36, num_local_experts: 128, layer_types: LAYERS_120B },
    configSource: 'https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json',
    notes: 'As gpt-oss-20b, with 36 layers and 128 experts.',
  },
];
