// Databricks DBRX (March 2024): a fine-grained MoE, 16 experts with 4 active.
// Each config is a verbatim subset of the model's config.json (configSource), each count as its source prints it.
import type { ModelRow } from '../model-row.js';

const CONFIG = {"architectures": ["DbrxForCausalLM"], "model_type": "dbrx", "d_model": 6144, "n_heads": 48, "n_layers": 40, "max_seq_len": 32768, "vocab_size": 100352, "tie_word_embeddings": false, "torch_dtype": "bfloat16", "attn_config": {"clip_qkv": 8, "kv_n_heads": 8, "rope_theta": 500000}, "ffn_config": {"ffn_hidden_size": 10752, "moe_num_experts": 16, "moe_top_k": 4}};
const CONFIG_READ = "keys as pasted from the published config.json in https://github.com/ggml-org/llama.cpp/issues/6344 (attn_config, d_model, ffn_config) and in mlx-community/dbrx-instruct-4bit's config as a third-party test reproduces it (n_heads, n_layers, max_seq_len, tie_word_embeddings, torch_dtype); llama.cpp's load of the converted model prints the same sizes (https://github.com/ggml-org/llama.cpp/pull/6515: block_count 40, context_length 32768, embedding_length 6144, feed_forward_length 10752, head_count 48, head_count_kv 8)";
const NOTES = "Fine-grained MoE: 40 layers, 16 GLU experts of 10752 in every layer with 4 active, GQA 48:8 with head_dim 128, one fused Wqkv (clip_qkv 8), bias-free LayerNorms, untied head, GPT-4 (cl100k) tokenizer padded to 100352, RoPE theta 500000, 32K context. Arithmetic: 40 x 3,259,084,800 + 2 x 616,562,688 + 6,144 = 131,596,523,520, within the published 132B; 36B active (card).";

export const DATABRICKS_ROWS: readonly ModelRow[] = [
  {
    id: "dbrx-base", name: "DBRX Base", repo: "databricks/dbrx-base", released: "2024-03",
    aliases: ["dbrx-base", "dbrx-132b-base"],
    params: { count: 132_000_000_000, kind: "rounded", asWritten: "132B total parameters of which 36B parameters are active", source: "databricks/dbrx@7cbcf4ece536ed6621b573ed2ce21afbdba76464:MODEL_CARD_dbrx_base.md (Model Overview)", how: "the card's rounded total" },
    config: CONFIG,
    configSource: `https://huggingface.co/databricks/dbrx-base/blob/main/config.json (not read at the Hub; the same file as dbrx-instruct's: ${CONFIG_READ})`,
    notes: `${NOTES} The base model: same shape and total as DBRX Instruct.`,
  },
  {
    id: "dbrx-instruct", name: "DBRX Instruct", repo: "databricks/dbrx-instruct", released: "2024-03",
    aliases: ["dbrx-instruct", "dbrx", "dbrx-132b", "dbrx-132b-instruct"],
    params: { count: 132_000_000_000, kind: "rounded", asWritten: "132B total parameters of which 36B parameters are active", source: "databricks/dbrx@0edd966bd5fd37c998f94bca13eb78275c633a3d:MODEL_CARD_dbrx_instruct.md (Model Overview; the base card says the same)", how: "the card's rounded total" },
    config: CONFIG,
    configSource: `https://huggingface.co/databricks/dbrx-instruct/blob/main/config.json (${CONFIG_READ})`,
    notes: `${NOTES} Fine-tuned from DBRX Base for few-turn chat (ChatML).`,
  },
];
