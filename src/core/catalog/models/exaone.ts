// LG EXAONE.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const EXAONE_ROWS: readonly ModelRow[] = [
  {
    id: "exaone-3.0-7.8b", name: "EXAONE-3.0-7.8B-Instruct", repo: "LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct", released: "2024-08",
    aliases: ["exaone-3.0-7.8b", "exaone-3.0-7.8b-instruct", "exaone3.0-7.8b", "exaone-3.0-8b"],
    params: { count: 7_818_448_896, kind: "rounded", asWritten: "7.8B", source: "arithmetic over the config below (7,818,448,896, equal to EXAONE-Deep-7.8B's safetensors total in llmfit)", how: "rounded label; the exact figure is arithmetic, not a printed total for this repo" },
    config: {"architectures": ["ExaoneForCausalLM"], "model_type": "exaone", "torch_dtype": "bfloat16", "num_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 102400, "max_position_embeddings": 4096, "tie_word_embeddings": false, "rope_theta": 500000.0},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct/blob/main/config.json (verbatim AutoConfig dump with _name_or_path LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct, find_string id 46001266965)",
    notes: "EXAONE uses num_layers (not num_hidden_layers). head_dim 128. Same layer shape as EXAONE-3.5-7.8B but 4K context and rope_theta 500000.",
  },
  {
    id: "exaone-3.5-2.4b", name: "EXAONE-3.5-2.4B-Instruct", repo: "LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct", released: "2024-12",
    aliases: ["exaone-3.5-2.4b", "exaone-3.5-2.4b-instruct", "exaone3.5:2.4b", "exaone3.5-2.4b", "exaone-deep-2.4b", "exaone-deep:2.4b"],
    ollama: ["exaone3.5:2.4b", "exaone-deep:2.4b"],
    params: { count: 2_405_327_360, kind: "exact", asWritten: "2405327360", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; EXAONE-Deep-2.4B has the same total" },
    config: {"architectures": ["ExaoneForCausalLM"], "model_type": "exaone", "num_layers": 30, "hidden_size": 2560, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 7168, "vocab_size": 102400, "max_position_embeddings": 32768, "tie_word_embeddings": true},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct/blob/main/config.json (hidden/heads/kv/vocab/intermediate read in llmfit's copy; layers 30, FFN 7168 and 32K context per the EXAONE 3.5 technical report arXiv 2412.04862)",
    notes: "head_dim 80 (2560/32). Tied embeddings (the only tied EXAONE 3.5 size). the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering). llmfit's context 262144 = 32768 x a rope_scaling factor 8 (llama3-type rope_scaling present in the config). EXAONE-Deep-2.4B (2025-03) has this shape (alias).",
  },
  {
    id: "exaone-3.5-7.8b", name: "EXAONE-3.5-7.8B-Instruct", repo: "LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct", released: "2024-12",
    aliases: ["exaone-3.5-7.8b", "exaone-3.5-7.8b-instruct", "exaone3.5:7.8b", "exaone3.5-7.8b", "exaone-deep-7.8b", "exaone-deep:7.8b"],
    ollama: ["exaone3.5:7.8b", "exaone-deep:7.8b"],
    params: { count: 7_818_448_896, kind: "exact", asWritten: "7818448896", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry LGAI-EXAONE/EXAONE-Deep-7.8B)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) (EXAONE-Deep-7.8B repo; EXAONE-3.5-7.8B has the same shape)" },
    config: {"architectures": ["ExaoneForCausalLM"], "model_type": "exaone", "num_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 102400, "max_position_embeddings": 32768, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct/blob/main/config.json (config_projection of mlx-community/EXAONE-3.5-7.8B-Instruct-4bit@6f8fba57 read in a third-party manifest, find_string id 57921479394; a second third-party MODEL_CONFIG copy agrees)",
    notes: "head_dim 128. the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (untied). The exact total printed is for EXAONE-Deep-7.8B; EXAONE-3.5-7.8B's own safetensors total was not found but the shape is identical.",
  },
  {
    id: "exaone-3.5-32b", name: "EXAONE-3.5-32B-Instruct", repo: "LGAI-EXAONE/EXAONE-3.5-32B-Instruct", released: "2024-12",
    aliases: ["exaone-3.5-32b", "exaone-3.5-32b-instruct", "exaone3.5:32b", "exaone3.5-32b", "exaone-deep-32b", "exaone-deep:32b"],
    ollama: ["exaone3.5:32b", "exaone-deep:32b"],
    params: { count: 32_003_200_000, kind: "exact", asWritten: "32003200000", source: "AlexsJones/llmfit:data/hf_models.json@72ce662049feb0f40b3d4f444282515f219c27d3 (entry LGAI-EXAONE/EXAONE-3.5-32B-Instruct)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; the round-looking number is real: it equals the arithmetic over the config below; EXAONE-Deep-32B has the same total" },
    config: {"architectures": ["ExaoneForCausalLM"], "model_type": "exaone", "num_layers": 64, "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 8, "intermediate_size": 27392, "vocab_size": 102400, "max_position_embeddings": 32768, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-32B-Instruct/blob/main/config.json (layers 64 / FFN 27392 / 32K context per the EXAONE 3.5 technical report arXiv 2412.04862; heads 40, KV 8, vocab 102400, untied confirmed by parameter arithmetic)",
    notes: "head_dim 128. the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (32,003,200,000).",
  },
  {
    id: "exaone-4.0-1.2b", name: "EXAONE-4.0-1.2B", repo: "LGAI-EXAONE/EXAONE-4.0-1.2B", released: "2025-07",
    aliases: ["exaone-4.0-1.2b", "exaone4.0-1.2b", "exaone-4-1.2b"],
    params: { count: 1_279_391_488, kind: "exact", asWritten: "1279391488", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry LGAI-EXAONE/EXAONE-4.0-1.2B)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["Exaone4ForCausalLM"], "model_type": "exaone4", "num_hidden_layers": 30, "hidden_size": 2048, "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 64, "intermediate_size": 4096, "vocab_size": 102400, "max_position_embeddings": 65536, "tie_word_embeddings": true},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-1.2B/blob/main/config.json (layers/heads/kv/head_dim/hidden/vocab/intermediate read in llmfit's copy; llmfit context 1,048,576 = 65536 x rope factor 16)",
    notes: "QK-norm and post-LN (EXAONE 4 'QK-Reorder-Norm'); the 1.2B uses global attention only (no sliding window per the EXAONE-4.0 README, hybrid attention is for the 32B). the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (tied).",
  },
  {
    id: "exaone-4.0-32b", name: "EXAONE-4.0-32B", repo: "LGAI-EXAONE/EXAONE-4.0-32B", released: "2025-07",
    aliases: ["exaone-4.0-32b", "exaone4.0-32b", "exaone-4-32b", "exaone-4.0.1-32b"],
    params: { count: 32_003_216_384, kind: "exact", asWritten: "32003216384", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry LGAI-EXAONE/EXAONE-4.0-32B)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; EXAONE-4.0.1-32B has the same total" },
    config: {"architectures": ["Exaone4ForCausalLM"], "model_type": "exaone4", "num_hidden_layers": 64, "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 8, "head_dim": 128, "intermediate_size": 27392, "vocab_size": 102400, "max_position_embeddings": 131072, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/blob/main/config.json (layers/heads/kv/head_dim/hidden/vocab/intermediate read in llmfit's copy; llmfit context 2,097,152 = 131072 x rope factor 16; 3:1 local:global per the EXAONE-4.0 README)",
    notes: "Hybrid attention: 3 sliding-window (local) layers per 1 global layer ('LLLG', global layers without RoPE). NOT FOUND: the sliding_window size in a copy and the exact sliding_window / layer-type keys were not read, so they are left out. the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (untied, with QK-norm).",
  },
];
