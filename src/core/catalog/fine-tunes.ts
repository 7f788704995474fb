// Community fine-tunes and merges whose names carry no base-model word ("Midnight-Miqu-70B", "Kunoichi-7B",
// "Synthia-13B"): each family, the catalogued bases its releases are trained from, and the model card that says
// so. The size in a name picks the base (magnum-v4-12b is Nemo, magnum-v4-72b Qwen2.5-72B); a family released
// in one size is its base even when the name gives none (openchat-3.5-0106).

export interface FineTuneFamily {
  /** the family's words as catalog aliases spell them (lower case, `-` between words), found at a word start */
  readonly stems: readonly string[];
  /** catalog ids of the bases the family's releases are tuned from */
  readonly bases: readonly string[];
  /** a model card (or its base_model field) naming the base */
  readonly source: string;
}

const hf = (repo: string) => `https://huggingface.co/${repo} (model card: base model)`;

export const FINE_TUNE_FAMILIES: readonly FineTuneFamily[] = [
  // Mistral-7B-v0.1 (sliding-window GQA, 8 KV heads): its KV cache is a quarter of Llama-2-7B's
  { stems: ['openchat-3.5', 'openchat'], bases: ['mistral-7b-v0.1'], source: hf('openchat/openchat-3.5-0106') },
  { stems: ['starling-lm'], bases: ['mistral-7b-v0.1'], source: `${hf('Nexusflow/Starling-LM-7B-beta')}: fine-tuned from openchat-3.5-0106, itself Mistral-7B-v0.1` },
  { stems: ['neural-chat'], bases: ['mistral-7b-v0.1'], source: hf('Intel/neural-chat-7b-v3-1') },
  { stems: ['kunoichi'], bases: ['mistral-7b-v0.1'], source: `${hf('SanjiWatsuki/Kunoichi-7B')}: a merge of Mistral-7B fine-tunes` },
  { stems: ['neuralbeagle14', 'beagle14'], bases: ['mistral-7b-v0.1'], source: `${hf('mlabonne/NeuralBeagle14-7B')}: a merge of Mistral-7B fine-tunes` },
  { stems: ['openhermes-2.5', 'openhermes-2', 'openhermes'], bases: ['mistral-7b-v0.1'], source: `${hf('teknium/OpenHermes-2.5-Mistral-7B')}; ollama's openhermes is this model (https://ollama.com/library/openhermes)` },
  { stems: ['zephyr'], bases: ['mistral-7b-v0.1'], source: hf('HuggingFaceH4/zephyr-7b-beta') },
  { stems: ['wizardlm-2', 'wizardlm2'], bases: ['mistral-7b-v0.1', 'mixtral-8x22b'], source: `${hf('microsoft/WizardLM-2-7B')}; WizardLM-2-8x22B is Mixtral-8x22B` },
  // Mistral Nemo 12B, Mistral Small 22B/24B and Mistral Large 2 123B fine-tunes
  { stems: ['rocinante'], bases: ['mistral-nemo-12b'], source: hf('TheDrummer/Rocinante-12B-v1.1') },
  { stems: ['unslopnemo'], bases: ['mistral-nemo-12b'], source: hf('TheDrummer/UnslopNemo-12B-v4.1') },
  { stems: ['nemomix'], bases: ['mistral-nemo-12b'], source: `${hf('MarinaraSpaghetti/NemoMix-Unleashed-12B')}: a merge of Mistral-Nemo fine-tunes` },
  { stems: ['mag-mell'], bases: ['mistral-nemo-12b'], source: `${hf('inflatebot/MN-12B-Mag-Mell-R1')}: a merge of Mistral-Nemo fine-tunes` },
  { stems: ['violet-twilight'], bases: ['mistral-nemo-12b'], source: `${hf('Epiculous/Violet_Twilight-v0.2')}: a merge of Mistral-Nemo fine-tunes` },
  { stems: ['mn'], bases: ['mistral-nemo-12b'], source: 'the "MN-" prefix community tuners give Mistral-Nemo fine-tunes (e.g. https://huggingface.co/inflatebot/MN-12B-Mag-Mell-R1, https://huggingface.co/Sao10K/MN-12B-Lyra-v4)' },
  { stems: ['cydonia'], bases: ['mistral-small-22b', 'mistral-small-3-24b'], source: `${hf('TheDrummer/Cydonia-22B-v1.2')} (Mistral-Small-Instruct-2409); ${hf('TheDrummer/Cydonia-24B-v2')} (Mistral-Small-24B-Instruct-2501)` },
  { stems: ['behemoth'], bases: ['mistral-large-123b'], source: hf('TheDrummer/Behemoth-123B-v1.2') },
  { stems: ['magnum'], bases: ['gemma-2-9b', 'mistral-nemo-12b', 'mistral-small-22b', 'gemma-2-27b', 'qwen2.5-72b', 'mistral-large-123b'],
    source: 'https://huggingface.co/collections/anthracite-org/v4-671450072656036945a21348 (magnum v4: 9b gemma-2-9b, 12b Mistral-Nemo, 22b Mistral-Small-2409, 27b gemma-2-27b, 72b Qwen2.5-72B, 123b Mistral-Large-2407)' },
  { stems: ['lumimaid'], bases: ['llama-3.1-8b', 'mistral-nemo-12b', 'llama-3.1-70b', 'mistral-large-123b'],
    source: 'https://huggingface.co/collections/NeverSleep/lumimaid-v02-66a6b7ce1d8e0bb2d1bdb7a5 (Lumimaid v0.2: 8B Llama-3.1, 12B Mistral-Nemo, 70B Llama-3.1, 123B Mistral-Large)' },
  // Llama-2 (Miqu is Mistral's Llama-2-70B continuation: the same layers, heads and KV heads)
  { stems: ['miqu', 'midnight-miqu', 'miqumaid'], bases: ['miqu-1-70b'], source: `${hf('sophosympatheia/Midnight-Miqu-70B-v1.5')}: merges on miqu-1-70b` },
  // SOLAR-10.7B (Llama-2 layers depth-upscaled to 48)
  { stems: ['fimbulvetr'], bases: ['solar-10.7b'], source: hf('Sao10K/Fimbulvetr-11B-v2') },
  { stems: ['sensualize-solar', 'nous-hermes-2-solar'], bases: ['solar-10.7b'], source: hf('NousResearch/Nous-Hermes-2-SOLAR-10.7B') },
  { stems: ['orca-2'], bases: ['llama-2-7b', 'llama-2-13b'], source: hf('microsoft/Orca-2-13b') },
  { stems: ['xwin-lm'], bases: ['llama-2-7b', 'llama-2-13b', 'llama-2-70b'], source: hf('Xwin-LM/Xwin-LM-70B-V0.1') },
  { stems: ['tulu-2'], bases: ['llama-2-7b', 'llama-2-13b', 'llama-2-70b'], source: hf('allenai/tulu-2-dpo-70b') },
  { stems: ['tulu-3'], bases: ['llama-3.1-8b', 'llama-3.1-70b'], source: hf('allenai/Llama-3.1-Tulu-3-8B') },
  { stems: ['synthia'], bases: ['llama-2-13b', 'llama-2-70b'], source: hf('migtissera/Synthia-13B') },
  { stems: ['samantha'], bases: ['llama-2-7b', 'llama-2-13b', 'llama-33b', 'llama-65b', 'llama-2-70b'], source: `${hf('cognitivecomputations/Samantha-1.11-70b')} (Llama-2); the 33B and 65B releases are LLaMA-1` },
  { stems: ['noromaid'], bases: ['llama-2-13b'], source: hf('NeverSleep/Noromaid-13b-v0.3') },
  { stems: ['psyfighter', 'tiefighter'], bases: ['llama-2-13b'], source: hf('KoboldAI/LLaMA2-13B-Psyfighter2') },
  { stems: ['wizardcoder-python'], bases: ['codellama-7b', 'codellama-13b', 'codellama-34b'], source: hf('WizardLMTeam/WizardCoder-Python-34B-V1.0') },
  // LLaMA-1 (2023): the 7B and 13B have Llama-2's dimensions, so either base gives the same memory
  { stems: ['guanaco'], bases: ['llama-7b', 'llama-13b', 'llama-33b', 'llama-65b'], source: 'https://huggingface.co/timdettmers/guanaco-65b (QLoRA adapters on LLaMA 7B-65B, Dettmers et al. 2023)' },
  { stems: ['koala'], bases: ['llama-7b', 'llama-13b'], source: 'https://bair.berkeley.edu/blog/2023/04/03/koala/ (Koala: fine-tuned from LLaMA)' },
  { stems: ['manticore'], bases: ['llama-13b'], source: hf('openaccess-ai-collective/manticore-13b') },
  { stems: ['gpt4-x-alpaca'], bases: ['llama-13b'], source: hf('chavinlo/gpt4-x-alpaca') },
  { stems: ['gpt4all-l13b', 'gpt4all-13b'], bases: ['llama-13b'], source: hf('nomic-ai/gpt4all-13b-snoozy') },
  { stems: ['nous-hermes-2', 'nous-hermes2'], bases: ['mistral-7b-v0.1', 'solar-10.7b', 'yi-34b', 'mixtral-8x7b'],
    source: `${hf('NousResearch/Nous-Hermes-2-Mistral-7B-DPO')}; ${hf('NousResearch/Nous-Hermes-2-SOLAR-10.7B')}; ${hf('NousResearch/Nous-Hermes-2-Yi-34B')}; ${hf('NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO')}` },
  { stems: ['nous-hermes'], bases: ['llama-7b', 'llama-13b'], source: hf('NousResearch/Nous-Hermes-13b') },
  { stems: ['chronos-hermes'], bases: ['llama-13b'], source: hf('Austism/chronos-hermes-13b') },
  { stems: ['wizardlm'], bases: ['llama-7b', 'llama-13b', 'llama-33b', 'llama-2-70b'], source: `${hf('WizardLMTeam/WizardLM-13B-V1.2')} (Llama-2); WizardLM-30B-V1.0 is LLaMA-1 30B; ${hf('WizardLMTeam/WizardLM-70B-V1.0')} (Llama-2)` },
  // Llama 3.x
  { stems: ['impish-mind'], bases: ['llama-3.1-8b'], source: hf('SicariusSicariiStuff/Impish_Mind_8B') },
  { stems: ['anubis'], bases: ['llama-3.3-70b'], source: hf('TheDrummer/Anubis-70B-v1') },
  { stems: ['stheno'], bases: ['llama-3-8b'], source: hf('Sao10K/L3-8B-Stheno-v3.2') },
  { stems: ['euryale'], bases: ['llama-3-70b', 'llama-3.3-70b'], source: `${hf('Sao10K/L3-70B-Euryale-v2.1')}; ${hf('Sao10K/L3.3-70B-Euryale-v2.3')}` },
  // Yi, Gemma 2, Command-R, Qwen2.5-Coder
  { stems: ['nous-capybara'], bases: ['mistral-7b-v0.1', 'yi-34b'], source: `${hf('NousResearch/Nous-Capybara-34B')} (Yi-34B-200K); Nous-Capybara-7B-V1.9 is Mistral-7B` },
  { stems: ['tiger-gemma', 'big-tiger-gemma'], bases: ['gemma-2-9b', 'gemma-2-27b'], source: `${hf('TheDrummer/Tiger-Gemma-9B-v1')}; ${hf('TheDrummer/Big-Tiger-Gemma-27B-v1')}` },
  { stems: ['gemmasutra'], bases: ['gemma-2-2b', 'gemma-2-9b', 'gemma-2-27b'], source: hf('TheDrummer/Gemmasutra-9B-v1') },
  { stems: ['coomand-r'], bases: ['command-r-v01'], source: hf('TheDrummer/Coomand-R-35B-v1') },
  { stems: ['star-command-r'], bases: ['command-r-08-2024'], source: hf('TheDrummer/Star-Command-R-32B-v1') },
  { stems: ['cogito-v1-preview-llama', 'cogito-v1-preview-qwen', 'cogito'], bases: ['llama-3.2-3b', 'llama-3.1-8b', 'qwen2.5-14b', 'qwen2.5-32b', 'llama-3.3-70b'], source: `${hf('deepcogito/cogito-v1-preview-llama-8B')}: 3B and 8B on Llama 3.2 and 3.1, 14B and 32B on Qwen2.5, 70B on Llama 3.3` },
  { stems: ['medgemma'], bases: ['gemma-3-4b', 'gemma-3-27b'], source: hf('google/medgemma-4b-it') },
  // Qwen2.5 and Qwen3 reasoning and chat tunes
  { stems: ['hermes-3', 'hermes3'], bases: ['llama-3.2-3b', 'llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b'],
    source: `${hf('NousResearch/Hermes-3-Llama-3.2-3B')}; ${hf('NousResearch/Hermes-3-Llama-3.1-8B')}; ${hf('NousResearch/Hermes-3-Llama-3.1-70B')}; ${hf('NousResearch/Hermes-3-Llama-3.1-405B')}` },
  { stems: ['hermes-4'], bases: ['qwen3-14b', 'llama-3.1-70b', 'llama-3.1-405b'], source: `${hf('NousResearch/Hermes-4-14B')} (Qwen3-14B); ${hf('NousResearch/Hermes-4-70B')} (Llama-3.1-70B); ${hf('NousResearch/Hermes-4-405B')} (Llama-3.1-405B)` },
  { stems: ['athene-v2'], bases: ['qwen2.5-72b'], source: hf('Nexusflow/Athene-V2-Chat') },
  { stems: ['openthinker', 'openthinker2', 'openthinker3'], bases: ['qwen2.5-7b', 'qwen2.5-32b'], source: `${hf('open-thoughts/OpenThinker2-32B')} (Qwen2.5-32B-Instruct); ${hf('open-thoughts/OpenThinker3-7B')} (Qwen2.5-7B-Instruct)` },
  { stems: ['skywork-or1'], bases: ['qwen2.5-7b', 'qwen2.5-32b'], source: `${hf('Skywork/Skywork-OR1-32B')}: trained from DeepSeek-R1-Distill-Qwen-32B and -7B, which are Qwen2.5's shapes` },
  { stems: ['s1.1', 's1'], bases: ['qwen2.5-32b'], source: hf('simplescaling/s1.1-32B') },
  { stems: ['baichuan-m2'], bases: ['qwen2.5-32b'], source: `${hf('baichuan-inc/Baichuan-M2-32B')}: built on Qwen2.5-32B` },
  { stems: ['sky-t1'], bases: ['qwen2.5-32b'], source: hf('NovaSky-AI/Sky-T1-32B-Preview') },
  { stems: ['minicpm-v-2.6', 'minicpm-v'], bases: ['qwen2-7b'], source: `${hf('openbmb/MiniCPM-V-2_6')}: SigLIP-400M and Qwen2-7B, 8B in all (a GGUF of it holds the Qwen2-7B decoder; the tower is its mmproj file); ollama's minicpm-v (8b) is MiniCPM-V 2.6 (https://ollama.com/library/minicpm-v)` },
  // embedding and reranking models trained from a catalogued encoder
  { stems: ['bge-reranker-v2-m3'], bases: ['bge-m3'], source: `${hf('BAAI/bge-reranker-v2-m3')}: initialised from bge-m3` },
  { stems: ['diffucoder'], bases: ['qwen2.5-7b'], source: 'https://huggingface.co/apple/DiffuCoder-7B-Base (adapted from Qwen2.5-Coder-7B, whose shape is Qwen2.5-7B\'s)' },
];
