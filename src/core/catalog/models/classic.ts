// 2023-era models people still paste: MPT, GPT-J, GPT-NeoX / Pythia / Dolly, StableLM, OpenLLaMA, phi-1.5.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (configSource), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

const LLMFIT = "AlexsJones/llmfit:llmfit-core/data/hf_models.json @a3e0eb27c57f (parameters_raw = the Hugging Face API 'safetensors.total' copied by scripts/scrape_hf_models.py)";
const GPU_POOR = 'RahulSChand/gpu_poor:public/all_configs.json@ad2fc0e [trimmed copy]';

export const CLASSIC_ROWS: readonly ModelRow[] = [
  {
    id: "mpt-7b", name: "MPT-7B", repo: "mosaicml/mpt-7b", released: "2023-05",
    aliases: ["mpt-7b", "mpt-7b-base", "mpt-7b-instruct", "mpt-7b-chat"],
    params: { count: 6_649_286_656, kind: "exact", asWritten: "total_size: 13298573312", source: "pytorch_model.bin.index.json metadata.total_size of an MPT-7B repo, as a generated model card quotes it (search-index file 54028930474; its config: n_layers 32, n_heads 32, d_model 4096, vocab_size 50432, max_seq_len 2048, bfloat16, transformers 4.28.1, i.e. the mosaicml/mpt-7b config; which of mpt-7b, -instruct or -chat the repo is, the card does not say)", how: "13,298,573,312 bytes / 2 (bfloat16). The tensor list ggml's examples/mpt/convert-h5-to-ggml.py prints for mosaicml/mpt-7b in ggml's CI log (search-index file 7943859093: wte (50432, 4096); per block norm_1 (4096,), attn.Wqkv (12288, 4096), attn.out_proj (4096, 4096), norm_2 (4096,), ffn.up_proj (16384, 4096), ffn.down_proj (4096, 16384); norm_f (4096,); no lm_head, no wpe, no biases) sums to the same 6,649,286,656. The card's rounded 'n_parameters 6.7B' is 0.05 B above it" },
    config: {"architectures": ["MPTForCausalLM"], "model_type": "mpt", "torch_dtype": "bfloat16", "d_model": 4096, "n_heads": 32, "n_layers": 32, "expansion_ratio": 4, "max_seq_len": 2048, "vocab_size": 50432, "no_bias": true, "learned_pos_emb": true, "attn_config": {"alibi": true, "alibi_bias_max": 8, "attn_type": "multihead_attention"}},
    configSource: "https://huggingface.co/mosaicml/mpt-7b-instruct/blob/main/config.json (read in mlc-ai/mlc-llm:mlc_llm/relax_model/mpt/README.md @c96d074a69f0, 'The original config for the model', search-index file 40807555979); mosaicml/mpt-7b has the same tensors (ggml CI log above)",
    notes: "ALiBi positions (attn_config.alibi), so no position table although the file says learned_pos_emb true: the checkpoint holds no wpe (ggml's tensor list) and the count adds up without one. Tied wte (MptConfig keeps PretrainedConfig's tie_word_embeddings True), LayerNorms without bias, MHA 32 x 128. MPT-7B-StoryWriter-65k+ and MPT-7B-8k have these tensors but another max_seq_len (65536, 8192), so they are not aliased; MPT-30B was not added (no exact count found: its card's 29.95B is 7 M off the shape's 29,957,200,896).",
  },
  {
    id: "gpt-j-6b", name: "GPT-J-6B", repo: "EleutherAI/gpt-j-6b", released: "2021-06",
    aliases: ["gpt-j-6b", "gptj-6b", "gpt-j"],
    params: { count: 6_053_381_344, kind: "exact", asWritten: "n_parameters 6053381344", source: "https://huggingface.co/EleutherAI/gpt-j-6b (model card hyperparameter table), as copied in NbAiLab/nb-gpt-j-6B's card (search-index file 12737774370); NVIDIA/TensorRT-LLM:tensorrt_llm/bench/build/dataclasses.py hardcodes param_count = 6053381344 for EleutherAI/gpt-j-6b ('GPT-J repo doesn't use safetensor format', search-index file 9230625443)", how: "the card's figure; the shape (50400 x 4096 embedding, 28 blocks of ln_1, bias-free q/k/v/out, fc_in/fc_out with biases, ln_f, untied lm_head with bias) adds up to 6,050,882,784, 2,498,560 (0.04 %) below it, a gap the config does not explain" },
    config: {"architectures": ["GPTJForCausalLM"], "model_type": "gptj", "n_embd": 4096, "n_head": 16, "n_inner": null, "n_layer": 28, "n_positions": 2048, "rotary_dim": 64, "tie_word_embeddings": false, "vocab_size": 50400},
    configSource: "https://huggingface.co/EleutherAI/gpt-j-6b/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'gpt_j')",
    notes: "Attention and MLP in parallel off one LayerNorm; n_inner null is 4 x n_embd = 16384 (GPTJMLP). 16 heads of 256, rotary on 64 dims of each. The embedding has 50400 rows of which the GPT-2 tokenizer uses 50257. The main branch holds fp32 weights (a float16 branch exists), so no torch_dtype is copied.",
  },
  {
    id: "gpt-neox-20b", name: "GPT-NeoX-20B", repo: "EleutherAI/gpt-neox-20b", released: "2022-02",
    aliases: ["gpt-neox-20b", "gpt-neoxt-chat-base-20b"],
    params: { count: 20_554_567_680, kind: "exact", asWritten: "n_parameters 20554567680", source: "https://huggingface.co/EleutherAI/gpt-neox-20b (model card hyperparameter table; copy read as search-index file 11962735843)", how: "the card's figure; config arithmetic reproduces it exactly (untied embed_out, biases on query_key_value, dense and both MLP projections, two LayerNorms with bias per block). llmfit's 20241186816 for this repo does not add up to any reading of the shape - ignored" },
    config: {"architectures": ["GPTNeoXForCausalLM"], "model_type": "gpt_neox", "vocab_size": 50432, "hidden_size": 6144, "intermediate_size": 24576, "num_hidden_layers": 44, "num_attention_heads": 64, "max_position_embeddings": 2048, "tie_word_embeddings": false, "use_parallel_residual": true},
    configSource: "https://huggingface.co/EleutherAI/gpt-neox-20b/blob/main/config.json (read in a test fixture GPT_NEOX_CONFIG with _name_or_path EleutherAI/gpt-neox-20b, search-index file 55623910263 [trimmed copy]; the sizes also in " + GPU_POOR + ")",
    notes: "MHA 64 heads of 96, parallel attention and MLP, rotary on 25 % of each head. togethercomputer/GPT-NeoXT-Chat-Base-20B has the same sizes and vocab 50432 (gpu_poor copy), so it is an alias; KoboldAI's GPT-NeoX-20B fine-tunes (Erebus, Skein) begin with this name.",
  },
  {
    id: "pythia-12b", name: "pythia-12b", repo: "EleutherAI/pythia-12b", released: "2023-02",
    aliases: ["pythia-12b", "pythia-12b-deduped", "pythia-12b-v0", "pythia-12b-deduped-v0"],
    params: { count: 11_846_072_320, kind: "exact", asWritten: "12B | 13B | 11,846,072,320 | 11,327,027,200", source: "https://huggingface.co/EleutherAI/pythia-12b (model card, 'Naming convention and parameter count' table: total params 11,846,072,320, non-embedding 11,327,027,200; copy read as search-index file 11932470304)", how: "the card's total; config arithmetic reproduces it exactly. The Hub's safetensors total (11,997,067,840 in " + LLMFIT + ") also counts each layer's stored attention.bias mask (2048 x 2048) and rotary inv_freq (16): 36 x 4,194,320 more" },
    config: {"architectures": ["GPTNeoXForCausalLM"], "model_type": "gpt_neox", "torch_dtype": "float16", "hidden_size": 5120, "intermediate_size": 20480, "max_position_embeddings": 2048, "num_attention_heads": 40, "num_hidden_layers": 36, "rotary_pct": 0.25, "tie_word_embeddings": false, "use_parallel_residual": true, "vocab_size": 50688},
    configSource: "https://huggingface.co/EleutherAI/pythia-12b/blob/main/config.json (read as the GPTNeoXConfig that transformers 4.45.2 prints for EleutherAI/pythia-12b-deduped, the same tensors, in Retruth/deontic:nlp_models/pythia/README.md @a77cf87a7777, with the module print Embedding(50688, 5120), 36 GPTNeoXLayers, embed_out Linear(5120, 50688, bias=False); the sizes of pythia-12b itself in " + GPU_POOR + ")",
    notes: "MHA 40 heads of 128. The deduped and v0 runs have the same config (gpu_poor copies). OpenAssistant's oasst-sft pythia-12b fine-tunes have vocab 50288 and Dolly has 50280 (row dolly-v2-12b): not aliased here.",
  },
  {
    id: "dolly-v2-12b", name: "dolly-v2-12b", repo: "databricks/dolly-v2-12b", released: "2023-04",
    aliases: ["dolly-v2-12b", "dolly-v2"],
    params: { count: 12_000_000_000, kind: "rounded", asWritten: "a 12 billion parameter causal language model", source: "https://huggingface.co/databricks/dolly-v2-12b (model card; copy read as search-index file 35219847197)", how: "the card's rounded figure; the shape (pythia-12b's with vocab 50280) adds up to 11,841,894,400" },
    config: {"architectures": ["GPTNeoXForCausalLM"], "hidden_size": 5120, "intermediate_size": 20480, "num_attention_heads": 40, "num_hidden_layers": 36, "vocab_size": 50280},
    configSource: "https://huggingface.co/databricks/dolly-v2-12b/blob/main/config.json (read in " + GPU_POOR + "; the same sizes in mlc-ai/mlc-llm's GPT-NeoX MODEL_CONFIG 'dolly-v2-12b', search-index file 1131275275)",
    notes: "Fine-tuned from pythia-12b; its embedding was cut to 50280 rows, so it is its own row (4,177,920 parameters fewer). The trimmed copy has no model_type (GPTNeoXForCausalLM loads as gpt_neox), no tie_word_embeddings (GPT-NeoX is untied) and no max_position_embeddings: none was read for Dolly, so the row's context is the converter's fallback (pythia-12b's file says 2048).",
  },
  {
    id: "stablelm-3b-4e1t", name: "stablelm-3b-4e1t", repo: "stabilityai/stablelm-3b-4e1t", released: "2023-09",
    aliases: ["stablelm-3b-4e1t", "stablelm-zephyr-3b"],
    params: { count: 2_795_443_200, kind: "exact", asWritten: "2795443200", source: LLMFIT + " for stabilityai/stablelm-3b-4e1t and stabilityai/stablelm-zephyr-3b (both 2795443200)", how: "HF safetensors total; config arithmetic reproduces it exactly (LayerNorms with bias, no q/k/v bias, gated MLP, untied head)" },
    config: {"architectures": ["StableLmForCausalLM"], "model_type": "stablelm", "torch_dtype": "bfloat16", "hidden_size": 2560, "intermediate_size": 6912, "max_position_embeddings": 4096, "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 32, "partial_rotary_factor": 0.25, "tie_word_embeddings": false, "use_qkv_bias": false, "vocab_size": 50304},
    configSource: "https://huggingface.co/stabilityai/stablelm-3b-4e1t/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'stablelm', the transformers-4.38 StableLmForCausalLM config of this 2560/6912/50304 shape, added in mlc-llm ffef890c; llmfit's scraped fields for stablelm-3b-4e1t and stablelm-zephyr-3b agree: 32 layers, 2560, 32 heads, 32 KV, vocab 50304, 6912)",
    notes: "MHA 32 heads of 80, rotary on 25 % of each. StableLM-Zephyr-3B is a fine-tune with the same tensors and total, so it is an alias. Not the 2023-04 StableLM-Alpha 3B/7B (stablelm-base-alpha-*, GPT-NeoX), which have other shapes.",
  },
  {
    id: "stablelm-2-1.6b", name: "stablelm-2-1_6b", repo: "stabilityai/stablelm-2-1_6b", released: "2024-01",
    aliases: ["stablelm-2-1_6b", "stablelm-2-1.6b", "stablelm-2-1_6b-chat", "stablelm-2-zephyr-1_6b", "stablelm-2-zephyr-1.6b"],
    params: { count: 1_644_515_328, kind: "exact", asWritten: "1644515328", source: LLMFIT + " for stabilityai/stablelm-2-1_6b-chat; the same 1644515328 as the Stable LM 2 1.6B 'Parameters' row of a comparison table (search-index file 35661935992)", how: "HF safetensors total; config arithmetic reproduces it exactly (q/k/v biases, LayerNorms with bias, untied head)" },
    config: {"architectures": ["StableLmForCausalLM"], "model_type": "stablelm", "torch_dtype": "float16", "hidden_size": 2048, "intermediate_size": 5632, "max_position_embeddings": 4096, "num_attention_heads": 32, "num_hidden_layers": 24, "num_key_value_heads": 32, "partial_rotary_factor": 0.25, "tie_word_embeddings": false, "use_qkv_bias": true, "vocab_size": 100352},
    configSource: "https://huggingface.co/stabilityai/stablelm-2-zephyr-1_6b/blob/main/config.json (read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'stablelm-2-zephyr-1_6b'); the base and chat models have the same sizes (llmfit's scraped fields for stablelm-2-1_6b-chat: 24 layers, 2048, 32 heads, 32 KV, vocab 100352, 5632)",
    notes: "MHA 32 heads of 64, rotary on 25 %. The base, chat and zephyr 1.6B models share these tensors; torch_dtype is the zephyr file's. StableLM 2 12B (qk_layernorm per head, parallel residual) is not added.",
  },
  {
    id: "open-llama-3b", name: "open_llama_3b", repo: "openlm-research/open_llama_3b", released: "2023-06",
    aliases: ["open_llama_3b", "open-llama-3b", "open_llama_3b_v2", "open-llama-3b-v2", "openllama-3b"],
    params: { count: 3_000_000_000, kind: "rounded", asWritten: "3B", source: "https://github.com/openlm-research/open_llama (README: 'We are releasing a series of 3B, 7B and 13B models'; copy read as search-index file 4107853650)", how: "the release's size name; no exact count found; the shape adds up to 3,426,473,600" },
    config: {"architectures": ["LlamaForCausalLM"], "hidden_size": 3200, "intermediate_size": 8640, "num_attention_heads": 32, "num_hidden_layers": 26, "vocab_size": 32000},
    configSource: "https://huggingface.co/openlm-research/open_llama_3b/blob/main/config.json (read in " + GPU_POOR + "; open_llama_3b_v2 has the same sizes there)",
    notes: "The trimmed copy has no model_type (LlamaForCausalLM), tie_word_embeddings (an untied head is what the Llama class stores) or max_position_embeddings (none was read, so the row's context is the converter's fallback, not a published one). MHA 32 heads of 100.",
  },
  {
    id: "open-llama-7b", name: "open_llama_7b", repo: "openlm-research/open_llama_7b", released: "2023-06",
    aliases: ["open_llama_7b", "open-llama-7b", "open_llama_7b_v2", "open-llama-7b-v2", "openllama-7b"],
    params: { count: 7_000_000_000, kind: "rounded", asWritten: "7B", source: "https://github.com/openlm-research/open_llama (README: 'We are releasing a series of 3B, 7B and 13B models'; copy read as search-index file 4107853650)", how: "the release's size name; the shape is LLaMA-7B's and adds up to 6,738,415,616" },
    config: {"architectures": ["LlamaForCausalLM"], "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "num_hidden_layers": 32, "vocab_size": 32000},
    configSource: "https://huggingface.co/openlm-research/open_llama_7b/blob/main/config.json (read in " + GPU_POOR + "; open_llama_7b_v2 has the same sizes there)",
    notes: "LLaMA-7B's tensors (row llama-7b) trained from scratch on RedPajama. The trimmed copy has no model_type, tie_word_embeddings or max_position_embeddings (see open-llama-3b).",
  },
  {
    id: "open-llama-13b", name: "open_llama_13b", repo: "openlm-research/open_llama_13b", released: "2023-06",
    aliases: ["open_llama_13b", "open-llama-13b", "openllama-13b"],
    params: { count: 13_000_000_000, kind: "rounded", asWritten: "13B", source: "https://github.com/openlm-research/open_llama (README: 'We are releasing a series of 3B, 7B and 13B models'; copy read as search-index file 4107853650)", how: "the release's size name; the shape is LLaMA-13B's and adds up to 13,015,864,320" },
    config: {"architectures": ["LlamaForCausalLM"], "hidden_size": 5120, "intermediate_size": 13824, "num_attention_heads": 40, "num_hidden_layers": 40, "vocab_size": 32000},
    configSource: "https://huggingface.co/openlm-research/open_llama_13b/blob/main/config.json (read in " + GPU_POOR + ")",
    notes: "LLaMA-13B's tensors (row llama-13b). The trimmed copy has no model_type, tie_word_embeddings or max_position_embeddings (see open-llama-3b).",
  },
  {
    id: "phi-1.5", name: "phi-1_5", repo: "microsoft/phi-1_5", released: "2023-09",
    aliases: ["phi-1_5", "phi-1.5", "phi1.5", "phi-1", "phi1"],
    params: { count: 1_418_270_720, kind: "exact", asWritten: "1418270720", source: LLMFIT + " for microsoft/phi-1_5", how: "HF safetensors total; config arithmetic reproduces it exactly (biases on all linears, one LayerNorm with bias per block, untied lm_head with bias)" },
    config: {"architectures": ["PhiForCausalLM"], "model_type": "phi-msft", "torch_dtype": "float16", "n_embd": 2048, "n_head": 32, "n_head_kv": null, "n_inner": null, "n_layer": 24, "n_positions": 2048, "rotary_dim": 32, "tie_word_embeddings": false, "vocab_size": 51200},
    configSource: "https://huggingface.co/microsoft/phi-1_5/blob/main/config.json (the phi-msft version of late 2023, read in mlc-ai/mlc-llm:python/mlc_llm/model/model_preset.py @79d603f085f5 entry 'phi-1_5', _name_or_path microsoft/phi-1_5)",
    notes: "The repo now carries the transformers 'phi' config (hidden_size 2048, 24 layers, 32 heads, partial_rotary_factor 0.5), the same tensors. n_inner null is 4 x n_embd = 8192. phi-1 (the 1.3B code model, 2023-06) has the same sizes (MixFormerSequentialForCausalLM, n_embd 2048, n_head 32, n_layer 24, n_inner null, vocab 51200 in " + GPU_POOR + "), so it is an alias.",
  },
];
