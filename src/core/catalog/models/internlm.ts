// Shanghai AI Lab InternLM 2 to 3.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const INTERNLM_ROWS: readonly ModelRow[] = [
  {
    id: "internlm2-1.8b", name: "internlm2-1_8b", repo: "internlm/internlm2-1_8b", released: "2024-01",
    aliases: ["internlm2-1_8b", "internlm2-1.8b", "internlm2-chat-1_8b", "internlm2_5-1_8b", "internlm2.5-1.8b", "internlm2:1.8b"],
    params: { count: 1_800_000_000, kind: "rounded", asWritten: "1.8B", source: "https://huggingface.co/internlm/internlm2-1_8b (model name)", how: "name figure; arithmetic with the (partly unverified, see notes) shape 24 x 2048, 8192 FFN, vocab 92544 would give 1,889,110,016 (untied)" },
    config: {"architectures": ["InternLM2ForCausalLM"], "model_type": "internlm2", "num_attention_heads": 16, "num_key_value_heads": 8, "hidden_size": 2048},
    configSource: "https://huggingface.co/internlm/internlm2-1_8b/blob/main/config.json (not read; only the GQA ratio 2 and head_dim 128 are confirmed, by a kernel note on internlm2-1_8b (search-index file 70070417881))",
    notes: "num_hidden_layers 24, intermediate_size 8192, vocab_size 92544, max_position_embeddings 32768 are my recollection and were NOT verified, so left out of config; count kind rounded. InternLM2.5-1.8B assumed same shape.",
  },
  {
    id: "internlm2.5-7b", name: "internlm2_5-7b-chat", repo: "internlm/internlm2_5-7b-chat", released: "2024-07",
    aliases: ["internlm2_5-7b", "internlm2.5-7b", "internlm2-7b", "internlm2-chat-7b", "internlm2:7b", "internlm2.5:7b"],
    ollama: ["internlm2:7b"],
    params: { count: 7_737_708_544, kind: "exact", asWritten: "7737708544", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for internlm/internlm2_5-7b-chat", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (fused wqkv, untied)" },
    config: {"architectures": ["InternLM2ForCausalLM"], "model_type": "internlm2", "torch_dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 92544, "intermediate_size": 14336, "tie_word_embeddings": false, "max_position_embeddings": 32768, "bias": false},
    configSource: "https://huggingface.co/internlm/internlm2_5-7b-chat/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'internlm2_5_7b'; InternLM2-7B copy in entry 'internlm2' has the same shape, no rope_scaling)",
    notes: "InternLM2-7B (2024-01) same tensors; 2.5 adds rope_scaling dynamic x2. llmfit's 6284640256 for internlm2-7b does not fit - ignored.",
  },
  {
    id: "internlm2-20b", name: "internlm2-chat-20b", repo: "internlm/internlm2-chat-20b", released: "2024-01",
    aliases: ["internlm2-20b", "internlm2-chat-20b", "internlm2_5-20b", "internlm2.5-20b", "internlm2:20b"],
    ollama: ["internlm2:20b"],
    params: { count: 19_861_149_696, kind: "exact", asWritten: "19861149696", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for internlm/internlm2-chat-20b", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied)" },
    config: {"architectures": ["InternLM2ForCausalLM"], "model_type": "internlm2", "num_hidden_layers": 48, "hidden_size": 6144, "num_attention_heads": 48, "num_key_value_heads": 8, "vocab_size": 92544, "intermediate_size": 16384, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/internlm/internlm2-chat-20b/blob/main/config.json (not read; layers/hidden/KV/head_dim/vocab from llmfit scraped fields, intermediate 16384 fixed by the exact count)",
    notes: "llmfit context 65536 for chat (32768 x dynamic rope factor 2?) - max_position_embeddings not read. llmfit's 17480024064 for the base repo does not fit - ignored. InternLM2.5-20B assumed same shape.",
  },
  {
    id: "internlm3-8b", name: "internlm3-8b-instruct", repo: "internlm/internlm3-8b-instruct", released: "2025-01",
    aliases: ["internlm3-8b", "internlm3"],
    params: { count: 8_800_000_000, kind: "rounded", asWritten: "8.8B", source: "https://huggingface.co/internlm/internlm3-8b-instruct", how: "figure recalled from the HF page, not re-read; arithmetic from the config gives 8,804,241,408 (untied). llmfit's 7774142464 does not fit - ignored" },
    config: {"architectures": ["InternLM3ForCausalLM"], "model_type": "internlm3", "num_hidden_layers": 48, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 2, "head_dim": 128, "vocab_size": 128512, "intermediate_size": 10240, "tie_word_embeddings": false, "max_position_embeddings": 32768, "qkv_bias": false, "bias": false},
    configSource: "https://huggingface.co/internlm/internlm3-8b-instruct/blob/main/config.json (read in a Swift test's realConfigJSON copy, search-index file 55463440875; same values in a Rust test trimmed from mlx-community/internlm3-8b-instruct-4bit, file 61273165626)",
    notes: "GQA 32/2 - small KV cache. rope_scaling dynamic factor 6.0, rope_theta 5e7.",
  },
];
