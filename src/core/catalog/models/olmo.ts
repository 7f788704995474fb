// AI2 OLMo, OLMo 2, OLMo 3 and OLMoE.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const OLMO_ROWS: readonly ModelRow[] = [
  {
    id: "olmo-1b", name: "OLMo-1B-hf", repo: "allenai/OLMo-1B-hf", released: "2024-02",
    aliases: ["olmo-1b"],
    params: { count: 1_176_764_416, kind: "exact", asWritten: "1176764416", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMo-1B-hf", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (non-parametric LayerNorm, tied embeddings)" },
    config: {"architectures": ["OlmoForCausalLM"], "model_type": "olmo", "num_hidden_layers": 16, "hidden_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 50304, "intermediate_size": 8192, "tie_word_embeddings": true, "max_position_embeddings": 2048},
    configSource: "https://huggingface.co/allenai/OLMo-1B-hf/blob/main/config.json (not read; values in Lightning-AI/litgpt:litgpt/config.py @26857050fe3f 'OLMo-1B-hf' (padded vocab 50304, block 2048) and llmfit scraped fields; tying fixed by the exact count)",
    notes: "LayerNorm without weights, so no norm parameters. clip_qkv not checked.",
  },
  {
    id: "olmo-7b", name: "OLMo-7B-hf", repo: "allenai/OLMo-7B-hf", released: "2024-02",
    aliases: ["olmo-7b"],
    params: { count: 6_890_000_000, kind: "rounded", asWritten: "6.89B", source: "https://huggingface.co/allenai/OLMo-7B-hf (size badge, recalled - not re-read)", how: "consistent with the arithmetic (untied, no norm weights) 6,888,095,744" },
    config: {"architectures": ["OlmoForCausalLM"], "model_type": "olmo", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 50304, "intermediate_size": 11008, "max_position_embeddings": 2048},
    configSource: "https://huggingface.co/allenai/OLMo-7B-hf/blob/main/config.json (not read; values in Lightning-AI/litgpt:litgpt/config.py @26857050fe3f 'OLMo-7B-hf')",
    notes: "tie_word_embeddings not checked (believed false). OLMo-7B-0424/0724 (OLMo 1.7, 4096 context) not gathered.",
  },
  {
    id: "olmo-2-1b", name: "OLMo-2-0425-1B", repo: "allenai/OLMo-2-0425-1B", released: "2025-04",
    aliases: ["olmo-2-0425-1b", "olmo-2-1b", "olmo2-1b"],
    params: { count: 1_484_916_736, kind: "exact", asWritten: "1484916736", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMo-2-0425-1B", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied)" },
    config: {"architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2", "num_hidden_layers": 16, "hidden_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 100352, "intermediate_size": 8192, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/allenai/OLMo-2-0425-1B/blob/main/config.json (not read; layers/hidden/heads/KV/vocab/context from llmfit's scraped fields, intermediate and untied fixed by the exact count)",
    notes: "OLMo 2: q/k RMSNorm over the full q/k projections, post-attention and post-feedforward norms (no pre-norm). torch_dtype not read.",
  },
  {
    id: "olmo-2-7b", name: "OLMo-2-7B", repo: "allenai/OLMo-2-1124-7B", released: "2024-11",
    aliases: ["olmo-2-1124-7b", "olmo-2-7b", "olmo2-7b", "olmo2:7b"],
    ollama: ["olmo2:7b"],
    params: { count: 7_298_617_344, kind: "exact", asWritten: "7298617344", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMo-2-1124-7B-Instruct", how: "config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied, q/k norms)" },
    config: {"architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2", "torch_dtype": "float32", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 100352, "intermediate_size": 11008, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/allenai/OLMo-2-1124-7B/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'olmo2_7b')",
    notes: "OLMo 2: q/k RMSNorm over the full q/k projections, post-attention and post-feedforward norms (no pre-norm). MHA. torch_dtype float32 in the copy (weights stored FP32).",
  },
  {
    id: "olmo-2-13b", name: "OLMo-2-13B", repo: "allenai/OLMo-2-1124-13B", released: "2024-11",
    aliases: ["olmo-2-1124-13b", "olmo-2-13b", "olmo2-13b", "olmo2:13b"],
    ollama: ["olmo2:13b"],
    params: { count: 13_716_198_400, kind: "exact", asWritten: "13716198400", source: "issue note: model.safetensors.index.json metadata.total_size / 4 (FP32); also AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMo-2-1124-13B-Instruct", how: "config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied, q/k norms)" },
    config: {"architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2", "torch_dtype": "float32", "num_hidden_layers": 40, "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 40, "vocab_size": 100352, "intermediate_size": 13824, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/allenai/OLMo-2-1124-13B/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'olmo2_13b')",
    notes: "OLMo 2: q/k RMSNorm over the full q/k projections, post-attention and post-feedforward norms (no pre-norm). MHA. torch_dtype float32 in the copy (weights stored FP32).",
  },
  {
    id: "olmo-2-32b", name: "OLMo-2-0325-32B", repo: "allenai/OLMo-2-0325-32B", released: "2025-03",
    aliases: ["olmo-2-0325-32b", "olmo-2-32b", "olmo2-32b", "olmo2:32b"],
    params: { count: 32_234_279_936, kind: "exact", asWritten: "32234279936", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMo-2-0325-32B-Instruct", how: "config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied, q/k norms)" },
    config: {"architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2", "torch_dtype": "float32", "num_hidden_layers": 64, "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 8, "vocab_size": 100352, "intermediate_size": 27648, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/allenai/OLMo-2-0325-32B/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'olmo2_32b')",
    notes: "OLMo 2: q/k RMSNorm over the full q/k projections, post-attention and post-feedforward norms (no pre-norm). GQA 40/8 heads. torch_dtype float32 in the copy (weights stored FP32).",
  },
  {
    id: "olmo-3-7b", name: "Olmo-3-1025-7B", repo: "allenai/Olmo-3-1025-7B", released: "2025-11",
    aliases: ["olmo-3-7b", "olmo-3-1025-7b", "olmo-3-7b-instruct", "olmo-3-7b-think", "olmo-3-7b-rlzero", "olmo3-7b"],
    params: { count: 7_298_011_136, kind: "exact", asWritten: "7298011136", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json@a3e0eb2 (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/Olmo-3-1025-7B, -7B-Instruct-SFT and -7B-Think-SFT", how: "HF safetensors total; config arithmetic reproduces it exactly (untied, q/k norms over the whole projections, post-attention and post-feedforward norms)" },
    config: {"architectures": ["Olmo3ForCausalLM"], "model_type": "olmo3", "dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 32, "vocab_size": 100278, "intermediate_size": 11008, "tie_word_embeddings": false, "max_position_embeddings": 65536, "sliding_window": 4096, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"]},
    configSource: "https://huggingface.co/allenai/Olmo-3-1025-7B/blob/main/config.json (not read directly; layers, hidden, heads, KV heads, head_dim 128, vocab and intermediate as llmfit's scraper copies them from config.json, AlexsJones/llmfit:llmfit-core/data/hf_models.json@a3e0eb2; architectures, dtype, max_position_embeddings 65536, sliding_window 4096 and layer_types read in the MLX conversion https://huggingface.co/mlx-community/Olmo-3-7B-RLZero-Code-4bit/blob/main/config.json)",
    notes: "OLMo 3: OLMo 2's blocks (q/k RMSNorm over the whole projections, post-norms) with sliding-window attention (4096 tokens) in 3 of every 4 layers, so 8 of 32 layers keep a full-length KV cache (Olmo3Config's default layer_types is the same pattern). MHA (32 KV heads). llmfit's context 524,288 is 65,536 x the YaRN factor 8 of the full-attention layers. The Instruct, Think and RL-Zero releases share the shape; Olmo-3-7B-Instruct and -Think read 7,297,482,752 (528,384 = 129 x 4096 fewer, not explained; within 0.01 %).",
  },
  {
    id: "olmo-3-32b", name: "Olmo-3-1125-32B", repo: "allenai/Olmo-3-1125-32B", released: "2025-11",
    aliases: ["olmo-3-32b", "olmo-3-1125-32b", "olmo-3-32b-think", "olmo-3.1-32b", "olmo-3.1-32b-think", "olmo-3.1-32b-instruct", "olmo3-32b"],
    params: { count: 32_233_522_176, kind: "exact", asWritten: "32233522176", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json@a3e0eb2 (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/Olmo-3-1125-32B and allenai/Olmo-3.1-32B-Think", how: "HF safetensors total; config arithmetic reproduces it exactly (untied, q/k norms over the whole projections, post-norms, GQA 40/8)" },
    config: {"architectures": ["Olmo3ForCausalLM"], "model_type": "olmo3", "num_hidden_layers": 64, "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 8, "vocab_size": 100278, "intermediate_size": 27648, "tie_word_embeddings": false, "sliding_window": 4096, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"]},
    configSource: "https://huggingface.co/allenai/Olmo-3-1125-32B/blob/main/config.json (not read directly; layers, hidden, heads, KV heads, head_dim 128, vocab and intermediate as llmfit's scraper copies them, AlexsJones/llmfit:llmfit-core/data/hf_models.json@a3e0eb2; sliding_window 4096 and the 3-sliding-1-full layer_types as in 32B Olmo3ForCausalLM copies https://huggingface.co/bracket-labs/kaze-small/blob/main/config.json and https://huggingface.co/dphnAI/32B-fp8/blob/main/config.json, and Olmo3Config's default)",
    notes: "OLMo 3 32B: OLMo 2 blocks with sliding-window attention (4096) in 3 of every 4 layers (16 of 64 keep a full KV cache), GQA 40/8. max_position_embeddings not copied (the 7B's is 65,536; llmfit reads 524,288 for this one too, max_position_embeddings x the YaRN factor). Olmo-3.1-32B-Think has the same HF total; llmfit's 25,343,703,040 for Olmo-3.1-32B-Instruct is not a whole-model total and is ignored.",
  },
  {
    id: "olmoe-1b-7b", name: "OLMoE-1B-7B-0924", repo: "allenai/OLMoE-1B-7B-0924", released: "2024-09",
    aliases: ["olmoe-1b-7b", "olmoe-1b-7b-0924", "olmoe-1b-7b-0125", "olmoe"],
    params: { count: 6_919_161_856, kind: "exact", asWritten: "6919161856", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for allenai/OLMoE-1B-7B-0924-Instruct (and -0125, same)", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (64 experts x 3 x 2048 x 1024, q/k norms, untied)" },
    config: {"architectures": ["OlmoeForCausalLM"], "model_type": "olmoe", "num_hidden_layers": 16, "hidden_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 50304, "intermediate_size": 1024, "tie_word_embeddings": false, "max_position_embeddings": 4096, "num_experts": 64, "num_experts_per_tok": 8},
    configSource: "https://huggingface.co/allenai/OLMoE-1B-7B-0924/blob/main/config.json (not read; layers/hidden/heads/KV/vocab/context from llmfit's scraped fields; experts 64 x 1024 top-8 per the OLMoE paper, consistent with the exact count)",
    notes: "1.3B active / 6.9B total. llmfit's 438566912 for the 0924 base repo is not the total - ignored.",
  },
];
