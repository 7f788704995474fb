// Hybrid and state-space models from labs without a family file: Liquid AI LFM2 (short convolutions + attention),
// AI21 Jamba (Mamba-1 + attention + MoE), state-spaces Mamba (pure Mamba-1).
// Each config is a verbatim subset of the model's config.json (configSource says where it was read), each count
// as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

const LLMFIT_FALLBACKS = "AlexsJones/llmfit:scripts/scrape_hf_models.py@3f44fd30a43d2619146f7bc0aa66c90aa54d78e6";
const JAMBA_LAYOUT_NOTE = "32 layers: attention where i % attn_layer_period (8) == attn_layer_offset (4), i.e. layers 4, 12, 20, 28 (only these hold a KV cache, 8 KV heads x 128); the other 28 are Mamba-1 (d_inner 8192 = 2 x 4096, d_state 16, conv 4, dt rank 256 = JambaConfig's 'auto' ceil(4096 / 16)), each keeping a conv state 3 x 8192 and an SSM state 8192 x 16. MoE (16 experts of 14336, top 2) where i % expert_layer_period (2) == expert_layer_offset (1): the 16 odd layers; the even ones have a dense 14336 SwiGLU. Untied 65536 x 4096 embeddings and head. mamba_dt_rank, mamba_conv_bias (True) and mamba_proj_bias (False) are JambaConfig defaults where not copied.";

export const HYBRID_ROWS: readonly ModelRow[] = [
  {
    id: "lfm2-350m", name: "LFM2-350M", repo: "LiquidAI/LFM2-350M", released: "2025-07",
    aliases: ["lfm2-350m"],
    params: { count: 354_483_968, kind: "exact", asWritten: "354,483,968", source: `LiquidAI/LFM2-350M model card, Model details table ('Parameters | 354,483,968', 'Layers | 16 (10 conv + 6 attn)'), as copied in https://dev.modelhub.org.cn/unsloth/LFM2-350M-GGUF/commit/85d48802c76677c5c672075c1b522682d0236b9b.diff; the same 354483968 in ${LLMFIT_FALLBACKS} (LiquidAI/LFM2-350M entry)`, how: "the card's parameter count; config arithmetic gives the same total with one tied embedding table" },
    config: {"model_type": "lfm2", "vocab_size": 65536, "hidden_size": 1024, "num_hidden_layers": 16, "num_attention_heads": 16, "num_key_value_heads": 8, "max_position_embeddings": 128000, "conv_bias": false, "conv_L_cache": 3, "full_attn_idxs": [2, 5, 8, 10, 12, 14], "block_dim": 1024, "block_ff_dim": 6656, "block_multiple_of": 256, "block_ffn_dim_multiplier": 1.0, "block_auto_adjust_ff_dim": true},
    configSource: "https://huggingface.co/LiquidAI/LFM2-350M/blob/main/config.json (read in a trimmed 'LFM2-350M (dense) config' test fixture, find_string id 54855040938: vocab, hidden, layers, heads, KV heads, context, conv keys, full_attn_idxs, block_dim, block_ff_dim; block_multiple_of, block_ffn_dim_multiplier and block_auto_adjust_ff_dim from a second copy with the same values for every shared key, find_string id 51809279524)",
    notes: "LFM2 hybrid: 10 short-convolution layers and 6 GQA attention layers (full_attn_idxs 2, 5, 8, 10, 12, 14; 16 query / 8 KV heads of 64, q/k RMSNorm per head). Only the 6 attention layers hold a KV cache; each conv layer keeps 2 x 1024 activations (conv_L_cache - 1). FFN: block_ff_dim 6656 auto-adjusted as Lfm2MLP does, int(2 x 6656 / 3) = 4437, rounded up to 256: 4608. Tied embeddings: the original config spells it tie_embedding (Lfm2Config maps it); the second copy's 'tie_word_embeddings: false' is an MLX conversion's and is not copied, since the published total counts the table once. Liquid's task fine-tunes LFM2-350M-Extract/-Math/-ENJP-MT carry the same 354483968 in llmfit's list.",
  },
  {
    id: "lfm2-1.2b", name: "LFM2-1.2B", repo: "LiquidAI/LFM2-1.2B", released: "2025-07",
    aliases: ["lfm2-1.2b"],
    params: { count: 1_170_340_608, kind: "exact", asWritten: "1170340608", source: `${LLMFIT_FALLBACKS} (LiquidAI/LFM2-1.2B entry, parameters_raw 1170340608; the LFM2.5-1.2B and LFM2-1.2B-Tool/-RAG/-Extract entries carry the same)`, how: "llmfit's curated fallback list; config arithmetic gives the same total with one tied embedding table" },
    config: {"architectures": ["Lfm2ForCausalLM"], "model_type": "lfm2", "block_auto_adjust_ff_dim": true, "block_dim": 2048, "block_ff_dim": 12288, "block_ffn_dim_multiplier": 1.0, "block_multiple_of": 256, "conv_L_cache": 3, "conv_bias": false, "full_attn_idxs": [2, 5, 8, 10, 12, 14], "hidden_size": 2048, "max_position_embeddings": 128000, "num_attention_heads": 32, "num_hidden_layers": 16, "num_key_value_heads": 8, "torch_dtype": "bfloat16", "vocab_size": 65536},
    configSource: "https://huggingface.co/LiquidAI/LFM2-1.2B/blob/main/config.json (read in a test fixture described as the real LiquidAI/LFM2-1.2B config.json read from the Hub, find_string id 59124207504; block_ffn_dim_multiplier and torch_dtype from a second verbatim copy, 'LFM2-1.2B-NPU2's own config.json', find_string id 68303452161, which agrees on every shared key)",
    notes: "16 layers: 10 short-conv, 6 attention (32 query / 8 KV heads of 64). FFN block_ff_dim 12288 auto-adjusted to int(2 x 12288 / 3) = 8192. The NPU2 copy also lists intermediate_size 8192, which Lfm2Config ignores when block_ff_dim is given (kwargs.get('block_ff_dim', intermediate_size)); it is left out. Tied embeddings (Lfm2Config default; the total counts one table). LFM2.5-1.2B has the same total in llmfit's list but its config was not read, so it is not an alias.",
  },
  {
    id: "lfm2-8b-a1b", name: "LFM2-8B-A1B", repo: "LiquidAI/LFM2-8B-A1B", released: "2025-10",
    aliases: ["lfm2-8b-a1b"],
    params: { count: 8_300_000_000, kind: "rounded", asWritten: "8.3B total, 1.5B active", source: `LFM2 Technical Report (arXiv:2511.23404) abstract: 'a mixture-of-experts variant (8.3B total, 1.5B active)' (https://zenodo.org/records/20412586 and http://arxiv.lazybrains.com/author/1910855 quote it); llmfit's fallback list has 8300000000 (${LLMFIT_FALLBACKS})`, how: "rounded; config arithmetic gives 8,339,930,560 with tied embeddings" },
    config: {"model_type": "lfm2_moe", "vocab_size": 65536, "hidden_size": 2048, "intermediate_size": 7168, "moe_intermediate_size": 1792, "num_hidden_layers": 24, "num_attention_heads": 32, "num_key_value_heads": 8, "max_position_embeddings": 128000, "conv_bias": false, "conv_L_cache": 3, "num_dense_layers": 2, "num_experts": 32, "num_experts_per_tok": 4, "norm_topk_prob": true, "use_expert_bias": true, "routed_scaling_factor": 1.0, "layer_types": ["conv", "conv", "full_attention", "conv", "conv", "conv", "full_attention", "conv", "conv", "conv", "full_attention", "conv", "conv", "conv", "full_attention", "conv", "conv", "conv", "full_attention", "conv", "conv", "full_attention", "conv", "conv"]},
    configSource: "https://huggingface.co/LiquidAI/LFM2-8B-A1B/blob/main/config.json (read in a trimmed 'LFM2-8B-A1B (MoE) config' test fixture of an MLX port, find_string id 54855040938; its quantization block is the MLX conversion's and is not copied)",
    notes: "24 layers: 18 short-conv, 6 attention (layer_types; 32 query / 8 KV heads of 64). The first num_dense_layers (2) have a 7168 SwiGLU (intermediate_size as is: Lfm2MoeMLP does not auto-adjust), the other 22 route over 32 experts of 1792, top 4, with a sigmoid router and a per-expert expert_bias (use_expert_bias). Tied embeddings (Lfm2MoeConfig default; an untied head would put the shape at 8.47B, outside the published 8.3B). Only the 6 attention layers hold a KV cache.",
  },
  {
    id: "jamba-v0.1", name: "Jamba-v0.1", repo: "ai21labs/Jamba-v0.1", released: "2024-03",
    aliases: ["jamba-v0.1"],
    params: { count: 52_000_000_000, kind: "rounded", asWritten: "52B total, 12B active", source: "AI21's Jamba release and card: '52 billion total parameters, of which 12 billion active' (quoted in https://www.noze.it/en/insights/jamba-open-source; https://docs.cognisoc.com/unillm/models/moe/jamba/ lists '52B total, 12B active'); Jamba paper arXiv:2403.19887", how: "rounded; config arithmetic gives 51,570,323,328 (untied head)" },
    config: {"architectures": ["JambaForCausalLM"], "model_type": "jamba", "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8, "attn_layer_offset": 4, "attn_layer_period": 8, "expert_layer_offset": 1, "expert_layer_period": 2, "mamba_d_conv": 4, "mamba_d_state": 16, "mamba_expand": 2, "num_experts": 16, "num_experts_per_tok": 2, "max_position_embeddings": 262144, "vocab_size": 65536, "torch_dtype": "bfloat16", "tie_word_embeddings": false},
    configSource: "https://huggingface.co/ai21labs/Jamba-v0.1/resolve/main/config.json (read in a test fixture described as 'the REAL published config of ai21labs/Jamba-v0.1', find_string id 60797780217; vocab_size and torch_dtype from a second copy labelled 'ai21labs/Jamba-v0.1, trimmed', find_string id 65729193996; tie_word_embeddings false from a third, unlabelled JAMBA fixture with the same keys, find_string id 66504138143, and from the Jamba-1.5-Mini config, the same architecture)",
    notes: `${JAMBA_LAYOUT_NOTE} Jamba-1.5-Mini is the instruction-tuned update of this model (arXiv:2408.12570).`,
  },
  {
    id: "jamba-1.5-mini", name: "AI21-Jamba-1.5-Mini", repo: "ai21labs/AI21-Jamba-1.5-Mini", released: "2024-08",
    aliases: ["ai21-jamba-1.5-mini", "jamba-1.5-mini", "ai21-jamba-mini-1.5", "jamba-mini-1.5"],
    params: { count: 52_000_000_000, kind: "rounded", asWritten: "12B active (52B total)", source: "Jamba-1.5 paper (arXiv:2408.12570, https://arxiv.org/html/2408.12570v1): 'Jamba-1.5-Mini, with 12B active parameters'; total 52B as in https://zfn9.com/inside-jamba-1-5-transformer-and-mamba-meet-in-one-architecture.html ('Jamba 1.5 Mini: 12 billion active parameters (52B total)')", how: "rounded; config arithmetic gives 51,570,323,328 (untied head)" },
    config: {"architectures": ["JambaForCausalLM"], "attn_layer_offset": 4, "attn_layer_period": 8, "expert_layer_offset": 1, "expert_layer_period": 2, "hidden_size": 4096, "intermediate_size": 14336, "mamba_conv_bias": true, "mamba_d_conv": 4, "mamba_d_state": 16, "mamba_dt_rank": 256, "mamba_expand": 2, "mamba_proj_bias": false, "max_position_embeddings": 262144, "model_type": "jamba", "num_attention_heads": 32, "num_experts": 16, "num_experts_per_tok": 2, "num_hidden_layers": 32, "num_key_value_heads": 8, "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 65536},
    configSource: "https://huggingface.co/ai21labs/AI21-Jamba-1.5-Mini/blob/main/config.json (read in a test helper get_ai21_jamba_15_mini that cites that URL and copies the config whole, find_string id 32332034728)",
    notes: `${JAMBA_LAYOUT_NOTE} Jamba-Mini-1.6/1.7 are not aliased: their configs were not read.`,
  },
  {
    id: "mamba-130m", name: "mamba-130m-hf", repo: "state-spaces/mamba-130m-hf", released: "2024-03",
    aliases: ["mamba-130m", "mamba-130m-hf"],
    params: { count: 129_135_360, kind: "exact", asWritten: "129135360", source: "a research script's table of Hub model sizes, \"mamba-130m-hf\"=\"129135360\" (find_string id 49071488734); a test asserting sum(p.numel() for p in model.parameters()) == 129135360 for state-spaces/mamba-130m-hf (find_string id 71178565889)", how: "the loaded model's parameter count (tied head counted once); config arithmetic gives the same" },
    config: {"architectures": ["MambaForCausalLM"], "conv_kernel": 4, "expand": 2, "hidden_size": 768, "intermediate_size": 1536, "model_type": "mamba", "num_hidden_layers": 24, "state_size": 16, "time_step_rank": 48, "use_bias": false, "use_conv_bias": true, "vocab_size": 50280},
    configSource: "https://huggingface.co/state-spaces/mamba-130m-hf/blob/main/config.json (the arch block, read in a test constant described as 'the real state-spaces/mamba-130m-hf config.json', find_string id 60325787752)",
    notes: "Pure Mamba-1 (no attention, no KV cache): 24 layers, d_inner 1536, d_state 16, conv 4, dt rank 48; each layer keeps a conv state 3 x 1536 and an SSM state 1536 x 16 per sequence. One RMSNorm per block, no MLP. Tied head (MambaConfig leaves tie_word_embeddings True; the config does not list it).",
  },
  {
    id: "mamba-2.8b", name: "mamba-2.8b-hf", repo: "state-spaces/mamba-2.8b-hf", released: "2024-03",
    aliases: ["mamba-2.8b", "mamba-2.8b-hf"],
    params: { count: 2_768_345_600, kind: "exact", asWritten: "2768345600", source: "a research script's table of Hub model sizes, \"mamba-2_8b-hf\"=\"2768345600\" (find_string id 49071488734); 'Number of parameters: 2768345600' printed on loading state-spaces/mamba-2.8b (find_string id 26211555743)", how: "the loaded model's parameter count (tied head counted once); config arithmetic gives the same" },
    config: {"architectures": ["MambaForCausalLM"], "conv_kernel": 4, "expand": 2, "hidden_size": 2560, "intermediate_size": 5120, "model_type": "mamba", "num_hidden_layers": 64, "state_size": 16, "time_step_rank": 160, "torch_dtype": "float32", "use_bias": false, "use_conv_bias": true, "vocab_size": 50280},
    configSource: "https://huggingface.co/state-spaces/mamba-2.8b-hf/blob/main/config.json (read in a fork's README that reproduces models/mamba_2.8b_hf_config.json whole, find_string id 19173822976)",
    notes: "Pure Mamba-1: 64 layers, d_inner 5120, d_state 16, conv 4, dt rank 160; per-sequence state per layer 3 x 5120 (conv) + 5120 x 16 (SSM), independent of context. Tied head. Published in float32.",
  },
];
