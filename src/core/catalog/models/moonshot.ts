// Moonshot Kimi and Moonlight.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const MOONSHOT_ROWS: readonly ModelRow[] = [
  {
    id: "kimi-k2", name: "Kimi-K2-Instruct", repo: "moonshotai/Kimi-K2-Instruct", released: "2025-07",
    aliases: ["kimi-k2", "kimi-k2-instruct", "kimi-k2-base", "kimi-k2-instruct-0905", "kimi-k2-0905", "kimi-k2-thinking"],
    ollama: ["kimi-k2:1t-cloud"],
    params: { count: 1_026_470_731_056, kind: "exact", asWritten: "1026470731056", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry moonshotai/Kimi-K2-Instruct)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; the repo is FP8 (e4m3, 128x128 blocks), so this element count includes the F32 weight_scale_inv tensors (~0.006% of the total) besides the ~1.03T weights" },
    config: {"architectures": ["DeepseekV3ForCausalLM"], "model_type": "kimi_k2", "torch_dtype": "bfloat16", "num_hidden_layers": 61, "hidden_size": 7168, "num_attention_heads": 64, "num_key_value_heads": 64, "vocab_size": 163840, "intermediate_size": 18432, "tie_word_embeddings": false, "max_position_embeddings": 131072, "attention_bias": false, "n_routed_experts": 384, "num_experts_per_tok": 8, "moe_intermediate_size": 2048, "n_shared_experts": 1, "first_k_dense_replace": 1, "moe_layer_freq": 1, "q_lora_rank": 1536, "kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128, "num_nextn_predict_layers": 0, "rope_scaling": {"beta_fast": 1.0, "beta_slow": 1.0, "factor": 32.0, "mscale": 1.0, "mscale_all_dim": 1.0, "original_max_position_embeddings": 4096, "type": "yarn"}, "quantization_config": {"activation_scheme": "dynamic", "fmt": "e4m3", "quant_method": "fp8", "weight_block_size": [128, 128]}},
    configSource: "https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/fd1984e2b7a3350dbf7305fe73a4ede25c14de50/config.json (revision as cited by a third-party registry, find_string id 69678342600; verbatim copy read in ai-dynamo/aiconfigurator@095f58a51c4ca8e61b66ec108d86f223f8d559ce:aic-core/src/aiconfigurator_core/model_configs/moonshotai--Kimi-K2-Instruct_config.json, commit 0b077da5)",
    notes: "DeepSeek-V3 shape with 384 experts and 64 heads (DeepSeek-V3 has 256 / 128). MLA: the KV cache per token per layer is kv_lora_rank + qk_rope_head_dim = 576 values (compressed), not 64 heads x 192. Layer 0 dense (18432), layers 1-60 MoE. The README table (MoonshotAI/Kimi-K2 GitHub) says 1T total / 32B activated, 61 layers, 160K vocab, 128K context. Kimi-K2-Instruct-0905 (1,026,470,735,448) and Kimi-K2-Thinking (1,058,118,284,416, INT4 compressed-tensors) have this layer shape; K2-0905 has 256K context and K2-Thinking a different quantization, so treat them only as aliases for the shape. The ollama tag is cloud-only.",
  },
  {
    id: "moonlight-16b-a3b", name: "Moonlight-16B-A3B-Instruct", repo: "moonshotai/Moonlight-16B-A3B-Instruct", released: "2025-02",
    aliases: ["moonlight-16b-a3b", "moonlight-16b-a3b-instruct", "moonlight"],
    params: { count: 15_960_111_936, kind: "exact", asWritten: "15960111936", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry moonshotai/Moonlight-16B-A3B-Instruct)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; base repo moonshotai/Moonlight-16B-A3B has the same total" },
    config: {"architectures": ["DeepseekV3ForCausalLM"], "model_type": "deepseek_v3", "num_hidden_layers": 27, "hidden_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 163840, "intermediate_size": 11264, "tie_word_embeddings": false, "max_position_embeddings": 8192, "n_routed_experts": 64, "num_experts_per_tok": 6, "moe_intermediate_size": 1408, "n_shared_experts": 2, "first_k_dense_replace": 1, "q_lora_rank": null, "kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128},
    configSource: "https://huggingface.co/moonshotai/Moonlight-16B-A3B-Instruct/blob/main/config.json (layers, heads, hidden, vocab, moe_intermediate_size and context read in llmfit's copy; the remaining keys are confirmed by parameter arithmetic)",
    notes: "DeepSeek-V3-style MLA + MoE (64 routed experts of 1408 + 2 shared, top-6; layer 0 dense 11264). No q LoRA (q_proj is a plain 2048 x 16*192 matrix). Parameter arithmetic over these keys gives 15,960,110,208, 1,728 (= 27 x 64) below the safetensors total, i.e. a 64-element tensor per layer not modelled (shape otherwise confirmed). num_experts_per_tok 6 and n_shared_experts 2 come from that arithmetic together with the README's 3B activated figure, not from a config copy.",
  },
  {
    id: "kimi-dev-72b", name: "Kimi-Dev-72B", repo: "moonshotai/Kimi-Dev-72B", released: "2025-06",
    aliases: ["kimi-dev-72b", "kimi-dev"],
    params: { count: 72_700_000_000, kind: "rounded", asWritten: "72.7B", source: "Qwen2.5-72B arithmetic (see notes)", how: "Kimi-Dev-72B is a fine-tune of Qwen2.5-72B; no safetensors total was found for the Kimi-Dev repo" },
    config: {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "num_hidden_layers": 80, "hidden_size": 8192, "num_attention_heads": 64, "num_key_value_heads": 8, "intermediate_size": 29568, "vocab_size": 152064, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/moonshotai/Kimi-Dev-72B/blob/main/config.json (not read; shape is that of Qwen/Qwen2.5-72B)",
    notes: "Not a distinct shape: Kimi-Dev-72B is Qwen2.5-72B fine-tuned, so use the Qwen2.5-72B row; these dimensions give 72,706,203,648 parameters with q/k/v biases. Its max_position_embeddings was not checked.",
  },
];
