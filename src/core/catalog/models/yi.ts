// 01.AI Yi.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const YI_ROWS: readonly ModelRow[] = [
  {
    id: "yi-6b", name: "Yi-6B", repo: "01-ai/Yi-6B", released: "2023-11",
    aliases: ["yi-6b", "yi-1.5-6b", "yi:6b"],
    ollama: ["yi:6b"],
    params: { count: 6_061_035_520, kind: "exact", asWritten: "6061035520", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for 01-ai/Yi-6B, Yi-1.5-6B, Yi-6B-Chat", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 4, "vocab_size": 64000, "intermediate_size": 11008, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/01-ai/Yi-6B/blob/main/config.json (not read; layers/hidden/heads/KV/vocab/context from llmfit's scraped fields for Yi and Yi-1.5, intermediate fixed by the exact count)",
    notes: "Yi-1.5 (2024-05) has the same shape (alias). 200K / 16K / 32K variants change only max_position_embeddings/rope. ",
  },
  {
    id: "yi-9b", name: "Yi-9B", repo: "01-ai/Yi-9B", released: "2024-03",
    aliases: ["yi-9b", "yi-1.5-9b", "yi:9b"],
    ollama: ["yi:9b"],
    params: { count: 8_829_407_232, kind: "exact", asWritten: "8829407232", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for 01-ai/Yi-1.5-9B (Yi-9B not listed)", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 48, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 4, "vocab_size": 64000, "intermediate_size": 11008, "tie_word_embeddings": false, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/01-ai/Yi-9B/blob/main/config.json (not read; layers/hidden/heads/KV/vocab/context from llmfit's scraped fields for Yi and Yi-1.5, intermediate fixed by the exact count)",
    notes: "Yi-1.5 (2024-05) has the same shape (alias). 200K / 16K / 32K variants change only max_position_embeddings/rope.  Yi-Coder-9B has the same tensor count (llmfit 8829407232) but a 128K-context config - not aliased.",
  },
  {
    id: "yi-34b", name: "Yi-34B", repo: "01-ai/Yi-34B", released: "2023-11",
    aliases: ["yi-34b", "yi-1.5-34b", "yi:34b"],
    ollama: ["yi:34b"],
    params: { count: 34_388_917_248, kind: "exact", asWritten: "34388917248", source: "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py) for 01-ai/Yi-34B, Yi-1.5-34B", how: "HF safetensors total; config arithmetic (embeddings + per-layer attention/MLP/norm tensors) reproduces it exactly (untied)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "torch_dtype": "bfloat16", "num_hidden_layers": 60, "hidden_size": 7168, "num_attention_heads": 56, "num_key_value_heads": 8, "vocab_size": 64000, "intermediate_size": 20480, "tie_word_embeddings": false, "max_position_embeddings": 4096, "attention_bias": false},
    configSource: "https://huggingface.co/01-ai/Yi-34B/blob/main/config.json (Yi-1.5-34B config read in ThanatosShinji/onnx-tool:onnx_tool/model_configs.py @00f5f0a04df5 'yi_34B'; the Yi-34B shape is the same per the identical published count)",
    notes: "Yi-1.5 (2024-05) has the same shape (alias). 200K / 16K / 32K variants change only max_position_embeddings/rope. rope_theta 5e6, rms_norm_eps 1e-6 in the Yi-1.5-34B copy.",
  },
];
