// ollama's library: which catalogued model a tag is and which quant ollama serves for it. A tag names its
// quant when it carries one (`llama3.1:8b-instruct-q8_0`); otherwise the library's default applies.

export interface OllamaLibraryEntry {
  /** the library name, as in `ollama pull <name>:<tag>` */
  readonly name: string;
  /** the size `<name>` and `<name>:latest` pull */
  readonly latest: string;
  /** the quant its size tags (`:8b`, `:latest`) serve */
  readonly quant: string;
  readonly source: string;
}

const library = (name: string) => `https://ollama.com/library/${name}/tags`;

/**
 * Since mid-2024 the library's default tags are Q4_K_M; models published before that kept Q4_0 (their
 * 7B tags are 3.8 GB, which is Q4_0's size); gpt-oss ships in MXFP4, as OpenAI released it.
 */
export const OLLAMA_DEFAULT_QUANT = 'q4_k_m';

export const OLLAMA_LIBRARY: readonly OllamaLibraryEntry[] = [
  { name: 'gpt-oss', latest: '20b', quant: 'mxfp4', source: library('gpt-oss') },
  { name: 'llama2', latest: '7b', quant: 'q4_0', source: library('llama2') },
  { name: 'codellama', latest: '7b', quant: 'q4_0', source: library('codellama') },
  { name: 'mistral', latest: '7b', quant: 'q4_0', source: library('mistral') },
  { name: 'mixtral', latest: '8x7b', quant: 'q4_0', source: library('mixtral') },
  { name: 'llama3', latest: '8b', quant: 'q4_0', source: library('llama3') },
  { name: 'llama3.1', latest: '8b', quant: 'q4_k_m', source: library('llama3.1') },
  { name: 'llama3.2', latest: '3b', quant: 'q4_k_m', source: library('llama3.2') },
  { name: 'llama3.3', latest: '70b', quant: 'q4_k_m', source: library('llama3.3') },
  { name: 'qwen2.5', latest: '7b', quant: 'q4_k_m', source: library('qwen2.5') },
  { name: 'qwen2.5-coder', latest: '7b', quant: 'q4_k_m', source: library('qwen2.5-coder') },
  { name: 'qwen3', latest: '8b', quant: 'q4_k_m', source: library('qwen3') },
  { name: 'qwq', latest: '32b', quant: 'q4_k_m', source: library('qwq') },
  { name: 'deepseek-r1', latest: '8b', quant: 'q4_k_m', source: library('deepseek-r1') },
  { name: 'gemma2', latest: '9b', quant: 'q4_0', source: library('gemma2') },
  { name: 'gemma3', latest: '4b', quant: 'q4_k_m', source: library('gemma3') },
  { name: 'phi3', latest: '3.8b', quant: 'q4_0', source: library('phi3') },
  { name: 'phi4', latest: '14b', quant: 'q4_k_m', source: library('phi4') },
  { name: 'mistral-nemo', latest: '12b', quant: 'q4_0', source: library('mistral-nemo') },
  { name: 'mistral-small', latest: '24b', quant: 'q4_k_m', source: library('mistral-small') },
  // published before mid-2024: their 7B and 1.1B tags are 4.1 GB and 638 MB, Q4_0's sizes
  { name: 'openhermes', latest: '7b', quant: 'q4_0', source: library('openhermes') },
  { name: 'tinyllama', latest: '1.1b', quant: 'q4_0', source: library('tinyllama') },
  // embedding models are served unquantized: all-minilm:latest is the 22m tag, 46 MB (22.7 M parameters × 2 bytes)
  { name: 'all-minilm', latest: '22m', quant: 'fp16', source: library('all-minilm') },
];

export interface OllamaTag {
  readonly entry: OllamaLibraryEntry | undefined;
  /** `<name>:<size>` as the catalog's aliases spell it */
  readonly canonical: string;
  /** the tag names its quant itself (`-q8_0`, `-fp16`) */
  readonly quantInTag: boolean;
  /** `-qat` tags are Google's quantization-aware Q4_0 */
  readonly qat: boolean;
}

const TAG = /^(?:ollama\.com\/library\/|library\/)?([a-z0-9][a-z0-9._-]*?)(?::([a-z0-9._-]+))?$/i;
const QUANT_IN_TAG = /(?:^|-)(?:q\d(?:_[0-9a-z]+)*|iq\d\w*|fp16|f16|bf16|fp32|mxfp4)$/i;

/**
 * `llama3.1:8b`, `qwen3:30b-a3b`, `gemma3:27b-it-qat`, `mixtral` (:latest): the library entry and size.
 * Plain model names without a colon count only when they are a library name (`mixtral`, `qwen3`), or when
 * `onlyTag` knows the one tag the catalog has for that library name (`mistral-small3.2` is `mistral-small3.2:24b`).
 */
export function parseOllamaTag(text: string, onlyTag?: (library: string) => string | undefined): OllamaTag | undefined {
  const match = TAG.exec(text.trim());
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const tag = (match[2] ?? 'latest').toLowerCase();
  const entry = OLLAMA_LIBRARY.find((e) => e.name === name);
  if (!match[2] && !entry) {
    const only = onlyTag?.(name);
    return only ? { entry: undefined, canonical: only, quantInTag: QUANT_IN_TAG.test(only), qat: false } : undefined;
  }
  const size = tag === 'latest' ? entry?.latest : tag.split('-')[0];
  const rest = tag.split('-').slice(1).join('-');
  return {
    entry,
    canonical: `${name}:${[size, ...(/^a\d/.test(rest) ? [rest.split('-')[0]] : [])].join('-')}`,
    quantInTag: QUANT_IN_TAG.test(tag),
    qat: /(?:^|-)qat$/.test(tag),
  };
}
