// Tencent Hunyuan.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const HUNYUAN_ROWS: readonly ModelRow[] = [
  {
    id: "hunyuan-a13b", name: "Hunyuan-A13B-Instruct", repo: "tencent/Hunyuan-A13B-Instruct", released: "2025-06",
    aliases: ["hunyuan-a13b", "hunyuan-a13b-instruct", "hunyuan-a13b-pretrain", "hunyuan-a13b-instruct-fp8"],
    params: { count: 79_709_921_280, kind: "exact", asWritten: "79709921280", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry tencent/Hunyuan-A13B-Instruct)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["HunYuanMoEV1ForCausalLM"], "model_type": "hunyuan", "torch_dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "attention_head_dim": 128, "vocab_size": 128167, "intermediate_size": 3072, "tie_word_embeddings": true, "max_position_embeddings": 32768, "attention_bias": false, "mlp_bias": false, "num_experts": 64, "moe_topk": [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8], "moe_intermediate_size": [3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072], "num_shared_expert": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "use_mixed_mlp_moe": true, "use_cla": false, "cla_share_factor": 2, "use_mla": false, "use_qk_norm": true, "kv_lora_rank": null, "q_lora_rank": null},
    configSource: "https://huggingface.co/tencent/Hunyuan-A13B-Instruct/blob/main/config.json (verbatim copy read in github Tencent-Hunyuan/Hunyuan-A13B@df832ebcc42e64db91ec1a4eadb90c296f3c7346:models/config.json)",
    notes: "80B-A13B. Every layer: 64 routed experts (top-8) of 3072 plus 1 shared expert of 3072 (use_mixed_mlp_moe). use_cla false, so no cross-layer KV sharing despite cla_share_factor 2. The GitHub copy says max_position_embeddings 32768 (llmfit agrees for the HF repo) although the model card advertises 256K with rope_scaling alpha 1000 (dynamic NTK).",
  },
  {
    id: "hunyuan-large", name: "Tencent-Hunyuan-Large (Hunyuan-A52B-Instruct)", repo: "tencent/Tencent-Hunyuan-Large", released: "2024-11",
    aliases: ["hunyuan-large", "hunyuan-a52b", "hunyuan-a52b-instruct", "hunyuan-a52b-pretrain", "tencent-hunyuan-large"],
    params: { count: 389_000_000_000, kind: "rounded", asWritten: "389 billion", source: "github Tencent/Tencent-Hunyuan-Large@cdc37358:README.md ('a total of 389 billion parameters and 52 billion active parameters')", how: "published rounded figure" },
    config: {"architectures": ["HunYuanForCausalLM"], "model_type": "hunyuan"},
    configSource: "https://huggingface.co/tencent/Tencent-Hunyuan-Large/blob/main/Hunyuan-A52B-Instruct/config.json (not read)",
    notes: "NOT FOUND: the A52B config (hidden size, layers, heads, experts). The README confirms GQA + Cross-Layer Attention (CLA) KV-cache sharing, 256K context for the pretrain and 128K for the instruct model; the weights live in sub-folders of one HF repo. architectures/model_type are the names in the repo's configuration_hunyuan.py (HunYuanConfig, model_type hunyuan); the class defaults there (vocab 290943, 32 layers ...) are placeholders, not the model.",
  },
  {
    id: "hunyuan-7b", name: "Hunyuan-7B-Instruct", repo: "tencent/Hunyuan-7B-Instruct", released: "2025-07",
    aliases: ["hunyuan-7b", "hunyuan-7b-instruct", "hunyuan-7b-pretrain"],
    params: { count: 7_500_000_000, kind: "rounded", asWritten: "7.5B", source: "parameter arithmetic over the config below (7,504,568,320)", how: "see notes" },
    configGaps: { values: {"tie_word_embeddings": true}, reason: "the copied subset lacks tie_word_embeddings; the published 7.5B adds up only with one shared embedding table (untied: 8.03 B)" },
    config: {"architectures": ["HunYuanDenseV1ForCausalLM"], "model_type": "hunyuan_v1_dense", "num_hidden_layers": 32, "hidden_size": 4096, "intermediate_size": 14336, "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128167, "use_qk_norm": true, "use_cla": false},
    configSource: "https://huggingface.co/tencent/Hunyuan-7B-Instruct/blob/main/config.json (read in a third-party test fixture 'raw_config' for hunyuan_v1_dense, find_string id 70310250827; llmfit agrees on layers/heads/kv/head_dim 128/hidden/vocab/intermediate)",
    notes: "Dense Hunyuan (Aug 2025 series 0.5B/1.8B/4B/7B, README of github Tencent-Hunyuan/Hunyuan-7B). head_dim 128 (4096/32). llmfit's safetensors figure 6,430,552,064 does not fit this shape (arithmetic gives 7,504,568,320 with tied embeddings), so the count is given as rounded. NOT FOUND: configs of Hunyuan-0.5B, -1.8B and -4B (not in any copy reached), and whether tie_word_embeddings is true (the arithmetic above assumes tied). max_position_embeddings left out: the fixture says 262144 while llmfit's copy of the HF config gives context 32768.",
  },
];
