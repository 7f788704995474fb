// Community and lab base models that are not a family's own release line: SOLAR, merges, INTELLECT, TriLM.
// Rows copied from the gathered published facts: each config is a verbatim subset of the model's config.json
// (config_source), each count as its source prints it (params.source).
import type { ModelRow } from '../model-row.js';

export const COMMUNITY_ROWS: readonly ModelRow[] = [
  {
    id: "solar-10.7b", name: "SOLAR-10.7B-v1.0", repo: "upstage/SOLAR-10.7B-v1.0", released: "2023-12",
    aliases: ["solar-10.7b", "solar-10.7b-v1.0", "solar-10.7b-instruct-v1.0", "solar-10.7b-instruct", "solar:10.7b"],
    ollama: ["solar:10.7b"],
    params: { count: 10_731_524_096, kind: "exact", asWritten: "10731524096", source: "AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc (entries upstage/SOLAR-10.7B-v1.0 and upstage/SOLAR-10.7B-Instruct-v1.0, both 10731524096)", how: "HF Hub API safetensors.total for this repo, as copied by llmfit's scraper (scripts/scrape_hf_models.py, scrape_model: info['safetensors']['total']); equals config arithmetic (untied head)" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 48, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 32000, "intermediate_size": 14336, "max_position_embeddings": 4096},
    configSource: "https://huggingface.co/upstage/SOLAR-10.7B-v1.0/blob/main/config.json (values read in llmfit's copy, AlexsJones/llmfit:data/hf_models.json@72e64c1472e3776de9e4ecd9009007ce18143adc: architecture llama, 48 layers, hidden 4096, 32 heads, 8 KV heads, head_dim 128, intermediate 14336 [llmfit's moe_intermediate_size field holds intermediate_size for dense rows], vocab 32000, context 4096; the Instruct-v1.0 entry is identical)",
    notes: "Depth up-scaled Mistral-7B: 48 layers of Mistral-7B-v0.1 width in a LlamaForCausalLM config, no sliding window. SOLAR-10.7B-Instruct-v1.0 has the identical shape and total, so it is an alias. tie_word_embeddings is not in llmfit's copy; an untied head is what makes the shape add up to the published total (48 x 218,112,000 + 2 x 32000 x 4096 + 4096).",
  },
  {
    id: "miqu-1-70b", name: "miqu-1-70b", repo: "152334H/miqu-1-70b-sf", released: "2024-01",
    aliases: ["miqu-1-70b", "miqu-1-70b-sf", "miqu-70b", "midnight-miqu-70b", "miqumaid-v1-70b", "miqumaid-v2-70b"],
    params: { count: 68_977_000_000, kind: "rounded", asWritten: "68977 (num_model_parameters, millions)", source: "ScandEval leaderboard row '152334H/miqu-1-70b-sf (few-shot, val)': num_model_parameters 68977, vocabulary_size 32 (thousands), max_sequence_length 32764 (find_string id 24087868134)", how: "ScandEval prints parameters in millions; the Llama-2-70B shape adds up to 68,976,648,192" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 80, "hidden_size": 8192, "num_attention_heads": 64, "num_key_value_heads": 8, "vocab_size": 32000, "intermediate_size": 28672, "tie_word_embeddings": false, "max_position_embeddings": 32764},
    configSource: "https://huggingface.co/152334H/miqu-1-70b-sf/blob/main/config.json (not read; max_position_embeddings 32764 and the 32K vocabulary as ScandEval's leaderboard reads them from it; the tensor dims are Llama-2-70B's, as https://huggingface.co/jukofyork/miquplus-midnight-70b (card, base_model 152334H/miqu-1-70b-sf and meta-llama/Llama-2-70b-hf) adds Llama-2-70B-based deltas onto miqu tensor by tensor with mergekit, which needs identical shapes, and the 68,977 M count is Llama-2-70B's 68,976.6 M)",
    notes: "The leaked Mistral 70B (miqudev/miqu-1-70b GGUFs, dequantized by 152334H to fp16). Its own context: 32764 positions. Its rope_theta (recalled as 1,000,000, unlike Llama 2's 10,000) was not found in a copy reached, so it is left out; it does not change memory. Miqu fine-tunes and merges (MiquMaid, miquplus, Midnight-Miqu) have this shape.",
  },
  {
    id: "goliath-120b", name: "goliath-120b", repo: "alpindale/goliath-120b", released: "2023-11",
    aliases: ["goliath-120b", "goliath-120b-gguf", "goliath-120b-exl2", "goliath-120b-awq", "goliath-longlora-120b"],
    params: { count: 118_000_000_000, kind: "rounded", asWritten: "The final size is 118B, but I named it 120B because it sounds better.", source: "alpindale (the author) in https://huggingface.co/alpindale/goliath-120b/discussions/3", how: "the author's rounded figure; the name's 120B is not the size" },
    config: {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "num_hidden_layers": 137, "hidden_size": 8192, "num_attention_heads": 64, "num_key_value_heads": 8, "vocab_size": 32000, "intermediate_size": 28672, "tie_word_embeddings": false},
    configSource: "https://huggingface.co/alpindale/goliath-120b/blob/main/config.json (not read). The widths are Llama-2-70B's (row llama-2-70b): the card says it combines 'two fine-tuned Llama 70B models into one 120B model' (Xwin-LM-70B-V0.1 and Euryale-1.3-L2-70B; copy in https://sg.langmart.ai/model-docs/models/alpindale_goliath-120b.html) and the author explains that the merge interleaves layer slices of the two, with one input and one output layer (https://huggingface.co/alpindale/goliath-120b/discussions/3). num_hidden_layers 137 is derived, not read: at Llama-2-70B width each layer holds 855,654,400 parameters and the ends 524,296,192, so 137 layers give 117.75 B, the only count within the author's 118B (136 give 116.90 B, 138 give 118.60 B)",
    notes: "A mergekit passthrough merge (frankenmerge) of Xwin-LM-70B-V0.1 and Euryale-1.3-L2-70B: Llama-2-70B layers repeated, 8 KV heads of 128, so the KV cache grows with 137 layers, not 80. max_position_embeddings is left out: the merge keeps Llama 2's positions, but published figures for its context disagree (6,144 at one host, 8,192 in a GGUF list), so none is copied. The layer count is the one deduction in this row (see configSource); Goliath-longLORA-120b (grimulkan) uses 'the same merge formula' and so the same shape.",
  },
];
