// MiniMax.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const MINIMAX_ROWS: readonly ModelRow[] = [
  {
    id: "minimax-m1", name: "MiniMax-M1-80k", repo: "MiniMaxAI/MiniMax-M1-80k", released: "2025-06",
    aliases: ["minimax-m1", "minimax-m1-80k", "minimax-m1-40k"],
    params: { count: 456_000_000_000, kind: "rounded", asWritten: "456B", source: "MiniMax-AI/MiniMax-M1 README / tech report (456B total, 45.9B activated per token)", how: "published rounded figure; see notes for the index total_size" },
    config: {"architectures": ["MiniMaxM1ForCausalLM"], "model_type": "minimax_m1", "num_hidden_layers": 80, "hidden_size": 6144, "num_attention_heads": 64, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 200064, "intermediate_size": 9216, "tie_word_embeddings": false, "max_position_embeddings": 10240000, "sliding_window": null, "num_local_experts": 32, "num_experts_per_tok": 2, "shared_intermediate_size": 0, "attn_type_list": [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], "rotary_dim": 64},
    configSource: "https://huggingface.co/MiniMaxAI/MiniMax-M1-80k/blob/main/config.json (verbatim copy read in github MiniMax-AI/MiniMax-M1@2abb4f45a9df4154b4bde024d51874bd127edcee:config.json)",
    notes: "Lightning-attention hybrid: attn_type_list has 80 entries, 1 = softmax (GQA 64q/8kv x 128) at every 8th layer (layers 7,15,...,79 -> 10 layers), 0 = lightning (linear) attention in the other 70 layers, which keep a fixed per-layer state instead of a growing KV cache. Every layer is MoE: 32 experts of 9216, top-2, no shared expert. model.safetensors.index.json in the same GitHub repo gives metadata.total_size 912,210,767,872 bytes; /2 = 456,105,383,936, but parameter arithmetic over the config gives 456,089,655,296 and the 15,728,640 difference equals 80 x (6144 x 32), i.e. the router gates are most likely stored in FP32, so total_size/2 is not an exact count. llmfit's 22,368,485,376 for MiniMax-M1-40k / Text-01 is an incomplete API figure and was not used. MiniMax-M1-40k has the same shape.",
  },
  {
    id: "minimax-text-01", name: "MiniMax-Text-01", repo: "MiniMaxAI/MiniMax-Text-01", released: "2025-01",
    aliases: ["minimax-text-01", "minimax-text-01-hf", "minimax-01"],
    params: { count: 456_000_000_000, kind: "rounded", asWritten: "456B", source: "MiniMax-AI/MiniMax-01 README (456B total, 45.9B activated)", how: "published rounded figure" },
    config: {"num_hidden_layers": 80, "hidden_size": 6144, "num_local_experts": 32, "num_experts_per_tok": 2},
    configSource: "https://huggingface.co/MiniMaxAI/MiniMax-Text-01/blob/main/config.json (layers/hidden read in llmfit's copy; not read verbatim)",
    notes: "MiniMax-M1 was continued from MiniMax-Text-01 and has the same published size and layout (80 layers, 7 lightning : 1 softmax attention, 32 experts top-2); the full Text-01 config (architectures MiniMaxText01ForCausalLM) was not read, so use the MiniMax-M1 row's shape. llmfit lists MiniMaxAI/MiniMax-Text-01-hf (model_type minimax in transformers) with the same layer/hidden values.",
  },
  {
    id: "minimax-m2", name: "MiniMax-M2", repo: "MiniMaxAI/MiniMax-M2", released: "2025-10",
    aliases: ["minimax-m2", "minimax-m2.1", "minimax-m2.5", "minimax-m2.7"],
    ollama: ["minimax-m2:cloud"],
    params: { count: 228_703_644_928, kind: "exact", asWritten: "228703644928", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry MiniMaxAI/MiniMax-M2)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; FP8 repo (float8_e4m3fn, 128x128 blocks), so the element count includes the F32 block-scale tensors" },
    config: {"architectures": ["MiniMaxM2ForCausalLM"], "model_type": "minimax_m2", "num_hidden_layers": 62, "hidden_size": 3072, "num_attention_heads": 48, "num_key_value_heads": 8, "head_dim": 128, "intermediate_size": 1536, "vocab_size": 200064, "num_experts_per_tok": 8, "num_local_experts": 256, "max_position_embeddings": 196608, "rotary_dim": 64, "tie_word_embeddings": false, "use_qk_norm": true, "use_mtp": true, "num_mtp_modules": 3, "mtp_transformer_layers": 1, "shared_intermediate_size": 0, "quantization_config": {"quant_method": "fp8", "fmt": "float8_e4m3fn", "activation_scheme": "dynamic", "weight_block_size": [128, 128]}},
    configSource: "https://huggingface.co/MiniMaxAI/MiniMax-M2.5/blob/main/config.json (copy read in ai-dynamo/aiconfigurator@095f58a51c4ca8e61b66ec108d86f223f8d559ce:aic-core/src/aiconfigurator_core/model_configs/MiniMaxAI--MiniMax-M2.5_config.json; llmfit gives the same layers/heads/kv/head_dim/hidden/vocab/intermediate/context and the same total for MiniMax-M2, M2.1, M2.5 and M2.7)",
    notes: "230B-A10B. Full softmax attention (GQA 48q/8kv x 128, partial rotary 64) in all 62 layers; every layer MoE with 256 experts of 1536, top-8, no shared expert. The config was read from the M2.5 repo (same shape and same safetensors total as M2 in llmfit). MTP modules are declared (use_mtp) but were not checked for presence in the weights.",
  },
];
