// Zhipu GLM-4, 4.5 and 4.6.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const GLM_ROWS: readonly ModelRow[] = [
  {
    id: "glm-4-9b", name: "glm-4-9b-chat", repo: "THUDM/glm-4-9b-chat", released: "2024-06",
    aliases: ["glm-4-9b", "glm4-9b", "glm-4-9b-chat", "glm4:9b", "glm-4-9b-chat-1m"],
    ollama: ["glm4:9b"],
    params: { count: 9_399_951_392, kind: "exact", asWritten: "9399951392", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry THUDM/glm-4-9b-chat)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["ChatGLMModel"], "model_type": "chatglm", "num_layers": 40, "hidden_size": 4096, "ffn_hidden_size": 13696, "num_attention_heads": 32, "kv_channels": 128, "multi_query_attention": true, "multi_query_group_num": 2, "padded_vocab_size": 151552, "seq_length": 131072, "add_qkv_bias": true, "add_bias_linear": false},
    configSource: "https://huggingface.co/THUDM/glm-4-9b-chat/blob/main/config.json (values read in llmfit's copy: hidden_size 4096, 40 layers, 32 heads, context 131072; the rest confirmed by parameter arithmetic)",
    notes: "Original chatglm-format checkpoint (trust_remote_code). Keys are chatglm names: num_layers = layers, ffn_hidden_size = MLP width, multi_query_group_num = KV heads (2), kv_channels = head_dim (128), padded_vocab_size = vocab. The output_layer is untied from the embedding. The count 9,399,951,392 is 32 more than the -hf repo because the chatglm checkpoint also stores the 32-element rotary inv_freq buffer. Base zai-org/glm-4-9b has the same shape but seq_length 8192 (llmfit context 8192); glm-4-9b-chat-1m differs only in seq_length (not verified here). Shape confirmed: the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering). tie_word_embeddings/max_position_embeddings are not chatglm keys. llmfit's copy of the chat config also reports num_hidden_layers 40 (newer revisions carry both spellings); the base repo's copy has none.",
  },
  {
    id: "glm-4-9b-hf", name: "glm-4-9b-chat-hf", repo: "zai-org/glm-4-9b-chat-hf", released: "2024-10",
    aliases: ["glm-4-9b-chat-hf", "glm-4-9b-hf", "glm-4-9b-0414", "glm4-9b-0414", "glm-z1-9b", "glm-z1-9b-0414", "glm-4-9b-0414-hf"],
    params: { count: 9_399_951_360, kind: "exact", asWritten: "9399951360", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/glm-4-9b-chat-hf)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["GlmForCausalLM"], "model_type": "glm", "num_hidden_layers": 40, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 2, "head_dim": 128, "intermediate_size": 13696, "vocab_size": 151552, "max_position_embeddings": 131072, "attention_bias": true, "partial_rotary_factor": 0.5, "tie_word_embeddings": false, "torch_dtype": "bfloat16"},
    configSource: "https://huggingface.co/zai-org/glm-4-9b-chat-hf/blob/main/config.json (layers/heads/kv/head_dim/hidden/vocab/intermediate/context read in llmfit's copy of the config; architectures/model_type are transformers' GLM class names)",
    notes: "Same shape as the chatglm checkpoint, in transformers-native layout. GLM-4-9B-0414 and GLM-Z1-9B-0414 (Glm4ForCausalLM, model_type glm4) have the same dimensions (llmfit: 40 layers, 32 heads, 2 KV heads, head_dim 128, hidden 4096, vocab 151552, intermediate 13696) but max_position_embeddings 32768 and two extra RMSNorms per layer: GLM-4-9B-0414 safetensors total is 9,400,279,040 (= this + 40 x 2 x 4096); GLM-Z1-9B-0414 only has a rounded 9B in llmfit. Both are listed as aliases since their memory shape is the same. Shape confirmed: the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering).",
  },
  {
    id: "glm-4-32b-0414", name: "GLM-4-32B-0414", repo: "zai-org/GLM-4-32B-0414", released: "2025-04",
    aliases: ["glm-4-32b-0414", "glm-4-32b", "glm4-32b"],
    params: { count: 32_000_000_000, kind: "rounded", asWritten: "32B", source: "model name; llmfit@03c9bc3 only holds a fallback 32000000000 for zai-org/GLM-4-32B-0414 (33000000000 for GLM-Z1-32B-0414)", how: "rounded from the model name; no safetensors total was found" },
    config: {"architectures": ["Glm4ForCausalLM"], "model_type": "glm4", "max_position_embeddings": 32768},
    configSource: "https://huggingface.co/zai-org/GLM-4-32B-0414/blob/main/config.json (max_position_embeddings 32768 = llmfit's context_length for this repo)",
    notes: "Shape left out: the two published logs reached disagree for this repo family. A GLM-Z1-32B-0414 GGUF load (row glm-z1-32b-0414) prints n_head_kv 2, while a convert_hf_to_gguf.py log in https://github.com/ikawrakow/ik_llama.cpp/pull/333 (turn 0, model not named in the excerpt) shows blk.58.attn_k.weight of shape {6144, 1024}, i.e. 8 KV heads of 128. Which of the two GLM-4-32B-0414 itself has was not settled from a copy of its config.json, so its layer count, widths and KV heads stay out; a name of this row falls back to a stand-in shape rather than a guess.",
  },
  {
    id: "glm-z1-32b-0414", name: "GLM-Z1-32B-0414", repo: "zai-org/GLM-Z1-32B-0414", released: "2025-04",
    aliases: ["glm-z1-32b-0414", "glm-z1-32b"],
    params: { count: 32_570_000_000, kind: "rounded", asWritten: "model params     = 32.57 B", source: "llama.cpp print_info of a GLM-Z1-32B-0414 GGUF (general.name 'GLM Z1 32B 0414') in https://github.com/ikawrakow/ik_llama.cpp/pull/344 (turn 18 by ubergarm)", how: "llama.cpp's count of the GGUF's tensors, printed to 0.01 B; a GGUF of this model holds every checkpoint tensor (no vision tower, no MTP)" },
    config: {"architectures": ["Glm4ForCausalLM"], "model_type": "glm4", "num_hidden_layers": 61, "hidden_size": 6144, "num_attention_heads": 48, "num_key_value_heads": 2, "head_dim": 128, "intermediate_size": 23040, "vocab_size": 151552, "max_position_embeddings": 32768, "partial_rotary_factor": 0.5, "attention_bias": false, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/zai-org/GLM-Z1-32B-0414/blob/main/config.json (values read in the GGUF of it that https://github.com/ikawrakow/ik_llama.cpp/pull/344 loads, turn 18: print_info n_head 48, n_head_kv 2, n_embd_head_k 128, n_rot 64 [= partial_rotary_factor 0.5 of 128], n_ff 23040, n_ctx_orig_yarn 32768, n_vocab 151552; 'type f32: 245 tensors' = 61 layers x 4 norms + output_norm, with no bias tensors [attention_bias false]; 'type q5_K: 61 tensors' one per layer; hidden 6144 from the same family's tensor shapes attn_q {6144, 6144} and output.weight {6144, 151552} in https://github.com/ikawrakow/ik_llama.cpp/pull/333; the separate output.weight means an untied head)",
    notes: "Values are GGUF keys mapped back to their config.json names by convert_hf_to_gguf.py's Glm4 mapping (block_count = num_hidden_layers, feed_forward_length = intermediate_size, head_count_kv = num_key_value_heads); the file itself was not read. Four RMSNorms per layer (input, post_self_attn, post_attention, post_mlp) as all GLM-4-0414 models. GLM-Z1-Rumination-32B-0414 is not an alias: its conversion log prints attn_k {6144, 1024}, 8 KV heads of 128, against this row's 2 (https://github.com/ikawrakow/ik_llama.cpp/pull/333). GQA 48/2: the KV cache is 2 x 2 x 128 values per token per layer. The converter gives glm4 q/k/v biases whatever attention_bias says (from-config.ts), so the shape counts 406,016 bias parameters this GGUF does not hold; the shape (32,566,487,552) is within the printed 32.57 B either way.",
  },
  {
    id: "glm-4.5-air", name: "GLM-4.5-Air", repo: "zai-org/GLM-4.5-Air", released: "2025-07",
    aliases: ["glm-4.5-air", "glm4.5-air", "glm-4.5-air-base", "glm-4.5-air-fp8"],
    params: { count: 110_468_824_832, kind: "exact", asWritten: "110468824832", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/GLM-4.5-Air)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; BF16 checkpoint" },
    mtpStoresEmbeddings: true,
    config: {"architectures": ["Glm4MoeForCausalLM"], "model_type": "glm4_moe", "torch_dtype": "bfloat16", "num_hidden_layers": 46, "hidden_size": 4096, "num_attention_heads": 96, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 151552, "intermediate_size": 10944, "tie_word_embeddings": false, "max_position_embeddings": 131072, "attention_bias": true, "n_routed_experts": 128, "num_experts_per_tok": 8, "moe_intermediate_size": 1408, "n_shared_experts": 1, "first_k_dense_replace": 1, "partial_rotary_factor": 0.5, "num_nextn_predict_layers": 1, "use_qk_norm": false, "routed_scaling_factor": 1.0, "norm_topk_prob": true},
    configSource: "https://huggingface.co/zai-org/GLM-4.5-Air/blob/main/config.json (read in a ms-swift convert_hf2mcore walkthrough that prints AutoConfig of /models/ZhipuAI/GLM-4.5-Air, found by find_string id 48221590695; cross-checked with llmfit and Megatron-Bridge GLM45AirModelProvider106B)",
    notes: "106B-A12B. 46 decoder layers: layer 0 dense (intermediate_size 10944), layers 1-45 MoE (128 routed experts of 1408 + 1 shared of 1408, top-8). The checkpoint also holds 1 MTP (next-token-prediction) layer (num_nextn_predict_layers 1), a full MoE layer plus eh_proj and its own copy of embed_tokens/lm_head: the count 110,468,824,832 includes it (the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering), counting the MTP layer with its duplicated embedding and head). Runtimes that skip MTP load ~106B (the published 106B). Attention: GQA 96 q-heads / 8 KV heads x 128, rotary on half of head_dim.",
  },
  {
    id: "glm-4.5", name: "GLM-4.5", repo: "zai-org/GLM-4.5", released: "2025-07",
    aliases: ["glm-4.5", "glm4.5", "glm-4.5-base", "glm-4.5-fp8", "glm-4.7"],
    params: { count: 358_337_791_296, kind: "exact", asWritten: "358337791296", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/GLM-4.5)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; BF16 checkpoint" },
    mtpStoresEmbeddings: true,
    config: {"architectures": ["Glm4MoeForCausalLM"], "model_type": "glm4_moe", "torch_dtype": "bfloat16", "num_hidden_layers": 92, "hidden_size": 5120, "num_attention_heads": 96, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 151552, "intermediate_size": 12288, "tie_word_embeddings": false, "max_position_embeddings": 131072, "attention_bias": true, "n_routed_experts": 160, "num_experts_per_tok": 8, "moe_intermediate_size": 1536, "n_shared_experts": 1, "first_k_dense_replace": 3, "partial_rotary_factor": 0.5, "num_nextn_predict_layers": 1, "use_qk_norm": true, "routed_scaling_factor": 2.5},
    configSource: "https://huggingface.co/zai-org/GLM-4.5/blob/cbb2c7cfb52fa128a9660cb1a7a78e017899e115/config.json (revision as cited by a third-party registry, find_string id 69678342600, which agrees on 92 layers/5120/96 heads/8 KV/160 experts x 1536/3 dense layers/vocab 151552/12288; values read in NVIDIA-NeMo/Megatron-Bridge@067f987:tests/unit_tests/models/glm/test_glm45_bridge.py glm45_355b_config and GLM45ModelProvider355B; context 131072 from llmfit)",
    notes: "355B-A32B. 92 layers: 0-2 dense (12288), 3-91 MoE (160 experts x 1536 + 1 shared, top-8), plus 1 MTP layer stored in the checkpoint with its own embed/head copy. The count is the listed shape keys reproduce the published parameter count exactly (parameter arithmetic done while gathering) (incl. qk-norm and the MTP layer). GLM-4.7 (358,337,791,296 in llmfit, same total) has this shape; its max_position_embeddings is 202752 like GLM-4.6 (seen in a third-party FULL_CFG copy), so it is only an alias here.",
  },
  {
    id: "glm-4.6", name: "GLM-4.6", repo: "zai-org/GLM-4.6", released: "2025-09",
    aliases: ["glm-4.6", "glm4.6", "glm-4.6-fp8"],
    ollama: ["glm-4.6:cloud"],
    params: { count: 356_785_898_816, kind: "exact", asWritten: "356785898816", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/GLM-4.6)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']) ; BF16 checkpoint" },
    config: {"architectures": ["Glm4MoeForCausalLM"], "model_type": "glm4_moe", "torch_dtype": "bfloat16", "num_hidden_layers": 92, "hidden_size": 5120, "num_attention_heads": 96, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 151552, "intermediate_size": 12288, "tie_word_embeddings": false, "max_position_embeddings": 202752, "attention_bias": true, "n_routed_experts": 160, "num_experts_per_tok": 8, "moe_intermediate_size": 1536, "n_shared_experts": 1, "first_k_dense_replace": 3, "partial_rotary_factor": 0.5, "num_nextn_predict_layers": 1, "use_qk_norm": true, "routed_scaling_factor": 2.5},
    configSource: "https://huggingface.co/zai-org/GLM-4.6/blob/main/config.json (read in a third-party FULL_CFG copy found by find_string id 66506276105; llmfit agrees on layers/heads/kv/hidden/vocab/moe size/context 202752)",
    notes: "Same shape as GLM-4.5 but 200K context. Its safetensors total is exactly 1,551,892,480 (= 2 x 151552 x 5120) below GLM-4.5's: the GLM-4.6 MTP layer does not store its own embedding/lm_head copy.",
  },
  {
    id: "glm-4.5v", name: "GLM-4.5V", repo: "zai-org/GLM-4.5V", released: "2025-08",
    aliases: ["glm-4.5v", "glm4.5v", "glm-4.5v-fp8"],
    params: { count: 107_710_933_120, kind: "exact", asWritten: "107710933120", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/GLM-4.5V)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["Glm4vMoeForConditionalGeneration"], "model_type": "glm4v_moe", "text_config": {"num_hidden_layers": 46, "hidden_size": 4096, "num_attention_heads": 96, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 151552, "moe_intermediate_size": 1408, "max_position_embeddings": 65536}},
    configSource: "https://huggingface.co/zai-org/GLM-4.5V/blob/main/config.json (text_config values read in llmfit's copy; architectures/model_type = transformers GLM-4.5V classes)",
    notes: "Vision-language model on the GLM-4.5-Air language model. NOT FOUND: vision_config numbers and the vision-tower parameter count (not in any copy reached); other text keys (experts, dense layer width) presumably as GLM-4.5-Air but not verified.",
  },
  {
    id: "glm-4.1v-9b", name: "GLM-4.1V-9B-Thinking", repo: "zai-org/GLM-4.1V-9B-Thinking", released: "2025-07",
    aliases: ["glm-4.1v-9b", "glm-4.1v-9b-thinking", "glm-4.1v-9b-base", "glm-4.6v-flash", "glm4.1v"],
    params: { count: 10_292_777_472, kind: "exact", asWritten: "10292777472", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entry zai-org/GLM-4.1V-9B-Thinking)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total'])" },
    config: {"architectures": ["Glm4vForConditionalGeneration"], "model_type": "glm4v", "text_config": {"num_hidden_layers": 40, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 2, "head_dim": 128, "vocab_size": 151552, "intermediate_size": 13696, "max_position_embeddings": 65536}},
    configSource: "https://huggingface.co/zai-org/GLM-4.1V-9B-Thinking/blob/main/config.json (text values read in llmfit's copy)",
    notes: "GLM-4.6V-Flash has the identical safetensors total (10,292,777,472) and text dims in llmfit, so it is an alias. NOT FOUND: vision_config; vision+merger is about 0.89B if the text part equals GLM-4-9B-0414 (9,400,279,040) - an inference, not a published figure.",
  },
];
