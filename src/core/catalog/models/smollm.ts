// Hugging Face SmolLM 1 to 3.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const SMOLLM_ROWS: readonly ModelRow[] = [
  {
    id: "smollm-135m", name: "SmolLM-135M", repo: "HuggingFaceTB/SmolLM-135M", released: "2024-07",
    aliases: ["smollm-135m", "smollm:135m"],
    ollama: ["smollm:135m"],
    params: { count: 134_515_008, kind: "exact", asWritten: "134515008", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM-135M", how: "HF safetensors total (bf16); config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 30, "hidden_size": 576, "num_attention_heads": 9, "num_key_value_heads": 3, "vocab_size": 49152, "intermediate_size": 1536, "tie_word_embeddings": true, "max_position_embeddings": 2048, "attention_bias": false, "mlp_bias": false},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM-135M/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'smollm_135m')",
    notes: "Llama architecture. 2048 context.",
  },
  {
    id: "smollm-360m", name: "SmolLM-360M", repo: "HuggingFaceTB/SmolLM-360M", released: "2024-07",
    aliases: ["smollm-360m", "smollm:360m"],
    ollama: ["smollm:360m"],
    params: { count: 361_821_120, kind: "exact", asWritten: "361821120", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM-360M", how: "HF safetensors total (bf16); config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 960, "num_attention_heads": 15, "num_key_value_heads": 5, "vocab_size": 49152, "intermediate_size": 2560, "tie_word_embeddings": true, "max_position_embeddings": 2048, "attention_bias": false, "mlp_bias": false},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM-360M/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'smollm_360m')",
    notes: "Llama architecture. 2048 context.",
  },
  {
    id: "smollm-1.7b", name: "SmolLM-1.7B", repo: "HuggingFaceTB/SmolLM-1.7B", released: "2024-07",
    aliases: ["smollm-1.7b", "smollm:1.7b"],
    ollama: ["smollm:1.7b"],
    params: { count: 1_711_376_384, kind: "exact", asWritten: "1711376384", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM-1.7B", how: "HF safetensors total (bf16); config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 24, "hidden_size": 2048, "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 49152, "intermediate_size": 8192, "tie_word_embeddings": true, "max_position_embeddings": 2048, "attention_bias": false, "mlp_bias": false},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM-1.7B/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'smollm_1_7b')",
    notes: "Llama architecture. 2048 context.",
  },
  {
    id: "smollm2-135m", name: "SmolLM2-135M", repo: "HuggingFaceTB/SmolLM2-135M", released: "2024-11",
    aliases: ["smollm2-135m", "smollm2:135m"],
    ollama: ["smollm2:135m"],
    params: { count: 134_515_008, kind: "exact", asWritten: "134515008", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM2-135M", how: "HF safetensors total (bf16); config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 30, "hidden_size": 576, "num_attention_heads": 9, "num_key_value_heads": 3, "vocab_size": 49152, "intermediate_size": 1536, "tie_word_embeddings": true, "max_position_embeddings": 8192, "attention_bias": false, "mlp_bias": false},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM2-135M/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'smollm2_135m')",
    notes: "Llama architecture. SmolLM2: 8192 context, rope_theta 100000.",
  },
  {
    id: "smollm2-360m", name: "SmolLM2-360M", repo: "HuggingFaceTB/SmolLM2-360M", released: "2024-11",
    aliases: ["smollm2-360m", "smollm2:360m"],
    ollama: ["smollm2:360m"],
    params: { count: 361_821_120, kind: "exact", asWritten: "361821120", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM2-360M", how: "HF safetensors total (bf16); config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 960, "num_attention_heads": 15, "num_key_value_heads": 5, "vocab_size": 49152, "intermediate_size": 2560, "tie_word_embeddings": true, "max_position_embeddings": 8192, "attention_bias": false, "mlp_bias": false},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM2-360M/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'smollm2_360m')",
    notes: "Llama architecture. SmolLM2: 8192 context, rope_theta 100000.",
  },
  {
    id: "smollm2-1.7b", name: "SmolLM2-1.7B", repo: "HuggingFaceTB/SmolLM2-1.7B", released: "2024-11",
    aliases: ["smollm2-1.7b", "smollm2:1.7b"],
    ollama: ["smollm2:1.7b"],
    params: { count: 1_711_376_384, kind: "exact", asWritten: "1711376384", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM2-1.7B", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 24, "hidden_size": 2048, "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 49152, "intermediate_size": 8192, "tie_word_embeddings": true, "max_position_embeddings": 8192},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B/blob/main/config.json (not read; values in Lightning-AI/litgpt:litgpt/config.py @26857050fe3f 'SmolLM2-1.7B{}' (block 8192, rope_base 130000) and llmfit scraped fields)",
    notes: "MHA (32 KV heads).",
  },
  {
    id: "smollm3-3b", name: "SmolLM3-3B", repo: "HuggingFaceTB/SmolLM3-3B", released: "2025-07",
    aliases: ["smollm3-3b", "smollm3"],
    params: { count: 3_075_098_624, kind: "exact", asWritten: "3075098624", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for HuggingFaceTB/SmolLM3-3B (and -Base)", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (tied). Keras smollm3_3b_en says 3075100928 (its own port)" },
    config: {"architectures": ["SmolLM3ForCausalLM"], "model_type": "smollm3", "num_hidden_layers": 36, "hidden_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 4, "vocab_size": 128256, "intermediate_size": 11008, "tie_word_embeddings": true, "max_position_embeddings": 65536},
    configSource: "https://huggingface.co/HuggingFaceTB/SmolLM3-3B/blob/main/config.json (not read; values in huggingface/smollm:text/pretraining/smollm3/long_context_32k_to_64.yaml @a04175988 (final long-context stage: 36 layers, 2048, 16/4 heads, 11008, vocab 128256, 65536, rope_theta 5e6, tied, no_rope_layer 4) and llmfit scraped fields)",
    notes: "NoPE every 4th layer (no_rope_layers list in the HF file, not copied). 64K trained, 128K with YaRN per card.",
  },
];
