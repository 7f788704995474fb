// BigCode StarCoder and StarCoder2.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const STARCODER_ROWS: readonly ModelRow[] = [
  {
    id: "starcoder2-3b", name: "starcoder2-3b", repo: "bigcode/starcoder2-3b", released: "2024-02",
    aliases: ["starcoder2-3b", "starcoder2:3b"],
    ollama: ["starcoder2:3b"],
    params: { count: 3_030_371_328, kind: "exact", asWritten: "3030371328", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry bigcode/starcoder2-3b)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["Starcoder2ForCausalLM"], "model_type": "starcoder2", "num_hidden_layers": 30, "hidden_size": 3072, "num_attention_heads": 24, "num_key_value_heads": 2, "intermediate_size": 12288, "vocab_size": 49152, "max_position_embeddings": 16384, "sliding_window": 4096, "use_bias": true},
    configSource: "https://huggingface.co/bigcode/starcoder2-3b/blob/main/config.json (read in llmfit's copy: 30 layers, 24 heads, 2 KV, hidden 3072, vocab 49152, intermediate 12288, context 16384)",
    notes: "GQA 24q/2kv x 128, sliding window 4096 on all layers (KV cache can be capped at 4096 tokens), LayerNorm with bias, 2-matrix GELU MLP, tied embeddings. Parameter arithmetic with these keys lands 15,360 (= 30 x 512) above the total, i.e. shape confirmed; the small gap is in bias bookkeeping.",
  },
  {
    id: "starcoder2-7b", name: "starcoder2-7b", repo: "bigcode/starcoder2-7b", released: "2024-02",
    aliases: ["starcoder2-7b", "starcoder2:7b"],
    ollama: ["starcoder2:7b"],
    params: { count: 7_173_923_840, kind: "exact", asWritten: "7173923840", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry bigcode/starcoder2-7b)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["Starcoder2ForCausalLM"], "model_type": "starcoder2", "torch_dtype": "bfloat16", "num_hidden_layers": 32, "hidden_size": 4608, "num_attention_heads": 36, "num_key_value_heads": 4, "intermediate_size": 18432, "vocab_size": 49152, "max_position_embeddings": 16384, "sliding_window": 4096, "use_bias": true},
    configSource: "https://huggingface.co/bigcode/starcoder2-7b/blob/main/config.json (verbatim copy in mlc-ai/mlc-llm@79d603f085f50500e9509fa01785ffa7ecfaaa93:python/mlc_llm/model/model_preset.py 'starcoder2' preset)",
    notes: "GQA 36q/4kv x 128, sliding window 4096. the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (tied embeddings, biases everywhere).",
  },
  {
    id: "starcoder2-15b", name: "starcoder2-15b", repo: "bigcode/starcoder2-15b", released: "2024-02",
    aliases: ["starcoder2-15b", "starcoder2:15b", "starcoder2-15b-instruct-v0.1"],
    ollama: ["starcoder2:15b"],
    params: { count: 15_700_000_000, kind: "rounded", asWritten: "15.7B", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (fallback 15700000000 for bigcode/starcoder2-15b)", how: "rounded" },
    config: {"architectures": ["Starcoder2ForCausalLM"], "model_type": "starcoder2", "num_hidden_layers": 40, "hidden_size": 6144, "num_attention_heads": 48, "num_key_value_heads": 4, "intermediate_size": 24576, "vocab_size": 49152, "max_position_embeddings": 16384, "sliding_window": 4096, "use_bias": true},
    configSource: "https://huggingface.co/bigcode/starcoder2-15b/blob/main/config.json (not read itself. Layers, widths and heads as NVIDIA NeMo carries them for this checkpoint: NVIDIA/NeMo:nemo/collections/llm/gpt/model/starcoder2.py class Starcoder2Config15B num_layers 40, hidden_size 6144, ffn_hidden_size 24576 [= intermediate_size], num_attention_heads 48, num_query_groups 4 [= num_key_value_heads], with add_bias_linear True and seq_length 16384 in Starcoder2Config (find_string id 3591343352); context 16384 also in llmfit's copy; sliding window 4,096 for all StarCoder2 models in https://huggingface.co/docs/transformers/v4.41.1/model_doc/starcoder2; vocab 49152 is the StarCoder2 tokenizer's, as in the 3B and 7B configs above)",
    notes: "GQA 48q/4kv x 128, sliding window 4096, LayerNorm with bias, 2-matrix GELU MLP with biases. NOT FOUND: tie_word_embeddings of the 15B and an exact parameter count. The converter's StarCoder2 default (a tied head, as the 3B and 7B configs have) gives 15,655,899,136, which is the rounded 15.7B kept here; an untied head would give 15,957,889,024. NeMo's Starcoder2Config sets share_embeddings_and_output_weights False for every size, the tied 3B and 7B included, so it does not settle the question; memory differs by 0.3 B parameters.",
  },
  {
    id: "starcoder", name: "starcoder", repo: "bigcode/starcoder", released: "2023-05",
    aliases: ["starcoder-15b", "starcoderbase", "starcoderbase-15b", "starcoder:15b", "starcoderplus"],
    ollama: ["starcoder:15b"],
    params: { count: 15_819_446_272, kind: "exact", asWritten: "15819446272", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry bigcode/starcoder)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["GPTBigCodeForCausalLM"], "model_type": "gpt_bigcode", "n_layer": 40, "n_embd": 6144, "n_head": 48, "n_inner": 24576, "multi_query": true, "n_positions": 8192, "vocab_size": 49152},
    configSource: "https://huggingface.co/bigcode/starcoder/blob/main/config.json (not read verbatim; values confirmed by parameter arithmetic against the safetensors total)",
    notes: "StarCoder 15.5B: multi-query attention (48 query heads of 128, 1 shared KV head), learned absolute positions (8192), untied lm_head. Arithmetic over these keys gives 15,819,414,272, 32,000 below the total (shape confirmed). llmfit's context 4096 is not the 8192 n_positions; not re-checked.",
  },
];
