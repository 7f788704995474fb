// Command text → a validated EstimateRequest, or every issue found (codes, the input, a suggestion).
import { closest, findArchitecture, gpuChoiceFor, suggestGpu } from '../catalog/find.js';
import { parseOllamaTag } from '../catalog/ollama-library.js';
import { KV_PRECISION_IDS, type KvPrecisionId, type PrecisionId } from '../catalog/formats.js';
import { MAX_INPUT_LENGTH, type OptionName, type ParseIssue } from '../issues.js';
import {
  EstimateRequestSchema, LANGS, LIMITS, MODES, NAME_MAX_LENGTH, RUNTIME_IDS,
  type EstimateRequest, type EstimateRequestInput, type Lang, type Mode, type RuntimeId,
} from '../request.js';
import { exampleCommand, WORKING_EXAMPLE } from './example.js';
import { parseInteger, parseSwitch, parseTokenCount } from './numbers.js';
import { isSizeWord, parseParams } from './params.js';
import { parsePrecision, suggestPrecision, type ParsedPrecision } from './precision.js';
import { OPTION_NAMES, tokenize } from './tokenize.js';

export type ParseResult =
  | { readonly ok: true; readonly request: EstimateRequest }
  | {
      readonly ok: false;
      readonly issues: readonly ParseIssue[];
      readonly lang?: Lang;
      /** a command that works, built from what was understood (options without the command prefix) */
      readonly example: string;
    };

const KV_SPELLINGS: Readonly<Record<string, KvPrecisionId>> = {
  ...Object.fromEntries(KV_PRECISION_IDS.map((id) => [id, id])),
  f16: 'fp16', f32: 'fp32', q8: 'q8_0', q4: 'q4_0', fp8_e4m3: 'fp8', fp8_e5m2: 'fp8',
};
const MODE_SPELLINGS: Readonly<Record<string, Mode>> = {
  ...Object.fromEntries(MODES.map((m) => [m, m])),
  infer: 'inference', inf: 'inference', training: 'full', train: 'full', finetune: 'full', 'full-finetune': 'full',
};
const LANG_SPELLINGS: Readonly<Record<string, Lang>> = {
  ...Object.fromEntries(LANGS.map((l) => [l, l])),
  english: 'en', japanese: 'ja', 'ja-jp': 'ja', 'en-us': 'en', 'en-gb': 'en', jp: 'ja', 日本語: 'ja',
};
const RUNTIME_SPELLINGS: Readonly<Record<string, RuntimeId>> = {
  ...Object.fromEntries(RUNTIME_IDS.map((r) => [r, r])),
  llamacpp: 'llama.cpp', 'llama-cpp': 'llama.cpp', llama_cpp: 'llama.cpp', 'llama-server': 'llama.cpp', gguf: 'llama.cpp',
  'lm-studio': 'llama.cpp', lmstudio: 'llama.cpp',
  hf: 'transformers', huggingface: 'transformers', pytorch: 'transformers', torch: 'transformers',
  'mlx-lm': 'mlx', mlx_lm: 'mlx', exllama: 'exllamav2', exl2: 'exllamav2', exllamav3: 'exllamav2', tabbyapi: 'exllamav2',
};

/** A plain word that is a catalogued model or an ollama library name (`mixtral`, `phi4`, `qwen3`). */
function isKnownModelWord(word: string): boolean {
  return parseOllamaTag(word)?.entry !== undefined || findArchitecture(word)?.architecture.aliases.includes(word.toLowerCase()) === true;
}

/** A word that names a model: letters plus a digit, dash, dot or slash (`zephyr-7b-beta.Q4_0.gguf`). */
function isModelName(word: string): boolean {
  return /[a-z]/i.test(word) && /[\d./:-]/.test(word);
}

interface Draft {
  input: Partial<EstimateRequestInput> & Record<string, unknown>;
  /** what the example puts in place of a wrong value: its suggestion */
  repairs: Partial<EstimateRequestInput> & Record<string, unknown>;
  sources: string[];
  typed: Partial<Record<OptionName, string>>;
  precision?: ParsedPrecision;
  bpwWord?: number;
  /** `params:` given beside a name: the size for that name */
  sizeGiven?: number;
  namedModel?: EstimateRequestInput['model'];
  unknownWords: string[];
}

export function parseRequest(text: string): ParseResult {
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, issues: [{ code: 'input_too_long', length: text.length, max: MAX_INPUT_LENGTH }], example: WORKING_EXAMPLE };
  }
  const { options, words } = tokenize(text);
  if (options.length === 0 && words.length === 0) return { ok: false, issues: [{ code: 'empty_input' }], example: WORKING_EXAMPLE };

  const issues: ParseIssue[] = [];
  const draft: Draft = { input: {}, repairs: {}, sources: [], typed: {}, unknownWords: [] };
  const seen = new Set<OptionName>();

  for (const { key, value } of options) {
    const option = (OPTION_NAMES as readonly string[]).includes(key) ? (key as OptionName) : undefined;
    if (!option) {
      const suggestion = closest(key, OPTION_NAMES) as OptionName | undefined;
      issues.push({ code: 'unknown_option', input: key, ...(suggestion ? { suggestion } : {}) });
      // the example reads the value under the option meant, when that makes sense of it
      if (suggestion && !seen.has(suggestion)) {
        const trial: Draft = { ...draft, input: {}, repairs: {}, sources: [], unknownWords: [] };
        if (!applyOption(trial, suggestion, value)) Object.assign(draft.repairs, trial.input, trial.precision ? { precision: trial.precision } : {});
      }
      continue;
    }
    if (seen.has(option)) { issues.push({ code: 'duplicate_option', option }); continue; }
    seen.add(option);
    if (value === '') { issues.push({ code: 'missing_value', option }); continue; }
    draft.typed[option] = value;
    const issue = applyOption(draft, option, value);
    if (issue) issues.push(issue);
  }

  for (const word of words) {
    const issue = applyWord(draft, word, seen);
    if (issue) issues.push(issue);
  }
  // words nobody could place are named together, in one sentence
  if (draft.unknownWords.length > 0) issues.push({ code: 'unknown_words', words: draft.unknownWords });

  if (draft.bpwWord !== undefined) {
    if (!draft.precision || draft.precision.id === 'exl2') draft.precision = { id: 'exl2', bitsPerWeight: draft.bpwWord };
  }
  if (draft.precision) draft.input.precision = { ...draft.precision };
  // `file:` or `model:` with `params:` names the model and gives its size; two names conflict
  const names = draft.sources.filter((source) => source !== 'params');
  if (names.length > 1 || (draft.sources.filter((source) => source === 'params').length > 1)) {
    issues.push({ code: 'conflicting_model_sources', options: draft.sources });
  } else if (names.length === 1 && draft.sources.includes('params') && draft.sizeGiven !== undefined) {
    draft.input.model = { ...(draft.namedModel as object), params: draft.sizeGiven } as EstimateRequestInput['model'];
  }
  // a GPU alone asks what fits it
  if (draft.sources.length === 0 && draft.input.gpu === undefined && issues.length === 0) issues.push({ code: 'missing_model' });
  if (draft.input.contextMax === true && draft.input.gpu === undefined && issues.length === 0) {
    issues.push({ code: 'ctx_max_needs_gpu' });
    draft.repairs.gpu = { kind: 'size', memoryGiB: 24 };
  }

  const lang = draft.input.lang as Lang | undefined;
  if (issues.length > 0) return { ok: false, issues, ...(lang ? { lang } : {}), example: exampleCommand({ ...draft.input, ...draft.repairs }) };
  return validate(draft, lang);
}

/** zod checks ranges; its findings become `out_of_range` issues naming the option as typed. */
function validate(draft: Draft, lang: Lang | undefined): ParseResult {
  const parsed = EstimateRequestSchema.safeParse(draft.input);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issues = parsed.error.issues.map((zodIssue): ParseIssue => {
    const field = String(zodIssue.path[0]);
    const model = draft.input.model as { kind?: string } | undefined;
    // a file or repo name past its length limit is not a number out of range
    if (field === 'model' && model !== undefined && model.kind !== 'params') {
      const option: OptionName = model.kind === 'hub' ? 'model' : 'file';
      return { code: 'name_too_long', option, max: NAME_MAX_LENGTH };
    }
    if (field === 'model' && model === undefined) return { code: 'missing_model' };
    const [option, limit] = RANGED_FIELDS[field] ?? ['params', LIMITS.params];
    delete draft.input[field];
    return { code: 'out_of_range', option, input: draft.typed[option] ?? '', min: limit.min, max: limit.max };
  });
  return { ok: false, issues, ...(lang ? { lang } : {}), example: exampleCommand(draft.input) };
}

/** Request fields zod range-checks → the option a person typed and its limits. */
const RANGED_FIELDS: Readonly<Record<string, readonly [OptionName, { min: number; max: number }]>> = {
  model: ['params', LIMITS.params], precision: ['precision', LIMITS.bitsPerWeight], contextTokens: ['ctx', LIMITS.ctx],
  batch: ['batch', LIMITS.batch], gpu: ['gpu', LIMITS.gpuGiB], gpuCount: ['gpus', LIMITS.gpus], ubatch: ['ubatch', LIMITS.ubatch],
  gpuLayers: ['ngl', LIMITS.layers], cpuMoeLayers: ['cpumoe', LIMITS.layers],
};
const RANGED_OPTION_LIMITS: Readonly<Partial<Record<OptionName, { min: number; max: number }>>> = Object.fromEntries(Object.values(RANGED_FIELDS));
const INTEGER_FIELDS = { batch: 'batch', gpus: 'gpuCount', ubatch: 'ubatch', ngl: 'gpuLayers', cpumoe: 'cpuMoeLayers' } as const;

function chosen<T>(spellings: Readonly<Record<string, T>>, value: string): T | undefined {
  return spellings[value.toLowerCase()];
}

function applyOption(draft: Draft, option: OptionName, value: string): ParseIssue | undefined {
  const lower = value.toLowerCase();
  switch (option) {
    case 'params': {
      const parsed = parseParams(value);
      if (!parsed) {
        return /^\s*-/.test(value) && parseParams(value.replace('-', ''))
          ? { code: 'out_of_range', option, input: value, min: LIMITS.params.min, max: LIMITS.params.max }
          : { code: 'invalid_number', option, input: value };
      }
      draft.sources.push('params');
      draft.sizeGiven = parsed.params;
      if (!draft.namedModel) draft.input.model = { kind: 'params', params: parsed.params, ...(parsed.experts ? { experts: parsed.experts } : {}) };
      return undefined;
    }
    case 'file':
    case 'model': {
      draft.sources.push(option);
      const named = option === 'model' && value.includes('/') ? { kind: 'hub' as const, repoId: value } : { kind: 'file' as const, name: value };
      draft.namedModel = named;
      draft.input.model = named;
      return undefined;
    }
    case 'precision': {
      const [first = '', bpw] = value.split(/\s+/);
      const parsed = parsePrecision(bpw ? `${first}_${bpw}` : first) ?? parsePrecision(value);
      if (!parsed) {
        const suggestion = suggestPrecision(value);
        if (suggestion) draft.repairs.precision = { id: suggestion as PrecisionId };
        return { code: 'unknown_precision', input: value, ...(suggestion ? { suggestion } : {}) };
      }
      draft.precision = parsed;
      return undefined;
    }
    case 'ctx': {
      if (lower === 'max') { draft.input.contextMax = true; return undefined; }
      const tokens = parseTokenCount(value);
      if (tokens === undefined) return numberIssue(option, value);
      draft.input.contextTokens = tokens;
      return undefined;
    }
    case 'batch':
    case 'gpus':
    case 'ubatch':
    case 'ngl':
    case 'cpumoe': {
      const number = parseInteger(value);
      if (number === undefined) return numberIssue(option, value);
      draft.input[INTEGER_FIELDS[option]] = number;
      return undefined;
    }
    case 'kv': {
      const kv = KV_SPELLINGS[lower.replace(/-/g, '_')];
      if (kv) { draft.input.kvPrecision = kv; return undefined; }
      const suggestion = closest(lower, Object.keys(KV_SPELLINGS));
      if (suggestion) draft.repairs.kvPrecision = KV_SPELLINGS[suggestion];
      return { code: 'unknown_kv', input: value, ...(suggestion ? { suggestion } : {}) };
    }
    case 'mode': {
      const mode = chosen(MODE_SPELLINGS, value);
      if (mode) { draft.input.mode = mode; return undefined; }
      const suggestion = closest(lower, Object.keys(MODE_SPELLINGS));
      if (suggestion) draft.repairs.mode = MODE_SPELLINGS[suggestion];
      return { code: 'unknown_mode', input: value, ...(suggestion ? { suggestion } : {}) };
    }
    case 'runtime': {
      const runtime = chosen(RUNTIME_SPELLINGS, value.replace(/\s+/g, '-'));
      if (runtime) { draft.input.runtime = runtime; return undefined; }
      const suggestion = closest(lower, RUNTIME_IDS) as RuntimeId | undefined;
      if (suggestion) draft.repairs.runtime = suggestion;
      return { code: 'unknown_runtime', input: value, ...(suggestion ? { suggestion } : {}) };
    }
    case 'fa': {
      const on = parseSwitch(value);
      if (on === undefined) return { code: 'unknown_switch', option, input: value };
      draft.input.flashAttention = on;
      return undefined;
    }
    case 'gpu':
      return applyGpu(draft, value);
    case 'lang': {
      const lang = chosen(LANG_SPELLINGS, value);
      if (lang) { draft.input.lang = lang; return undefined; }
      return { code: 'unknown_lang', input: value };
    }
  }
}

/** A count that did not parse: out of range when it is a (negative or too large) integer, else not a number. */
function numberIssue(option: OptionName, value: string): ParseIssue {
  return parseInteger(value) !== undefined || /^-/.test(value.trim())
    ? { code: 'out_of_range', option, input: value, ...(RANGED_OPTION_LIMITS[option] ?? LIMITS.ctx) }
    : { code: 'invalid_number', option, input: value };
}

/** `2x3090`, `4 × A100 80GB`, `2*24GB`: a count before the GPU, as people write their rigs (`gpus:` says it too). */
const COUNTED_GPU = /^(\d{1,5})\s*[x×*]\s*(\S.*)$/i;

function applyGpu(draft: Draft, value: string): ParseIssue | undefined {
  const counted = COUNTED_GPU.exec(value.trim());
  if (counted?.[2]) {
    const issue = applyGpu(draft, counted[2]);
    if (!issue && draft.input.gpuCount === undefined) draft.input.gpuCount = Number(counted[1]);
    return issue;
  }
  const gpu = gpuChoiceFor(value);
  if (gpu) { draft.input.gpu = gpu; return undefined; }
  // a bare four-digit number no GPU has is a mistyped model number (`3099`), not 3,099 GB of memory
  const size = /^(\d{1,3}(?:\.\d+)?)\s*(?:gb|gib|g)?$|^(\d+(?:\.\d+)?)\s*(?:gb|gib|g)$/i.exec(value.trim());
  if (size) { draft.input.gpu = { kind: 'size', memoryGiB: Number(size[1] ?? size[2]) }; return undefined; }
  const suggestion = suggestGpu(value);
  if (suggestion) draft.repairs.gpu = { kind: 'catalog', id: suggestion };
  return { code: 'unknown_gpu', input: value, ...(suggestion ? { suggestion } : {}) };
}

function applyWord(draft: Draft, word: string, seen: Set<OptionName>): ParseIssue | undefined {
  const bpw = /^(\d+(?:\.\d+)?)bpw$/i.exec(word);
  if (bpw) { draft.bpwWord = Number(bpw[1]); return undefined; }
  const precision = parsePrecision(word);
  if (precision && !isSizeWord(word)) {
    if (seen.has('precision')) return { code: 'duplicate_option', option: 'precision' };
    seen.add('precision');
    draft.precision = precision;
    return undefined;
  }
  if (isSizeWord(word)) {
    if (seen.has('params')) return { code: 'duplicate_option', option: 'params' };
    seen.add('params');
    return applyOption(draft, 'params', word);
  }
  const gpu = gpuChoiceFor(word);
  if (gpu && !seen.has('gpu')) { seen.add('gpu'); draft.input.gpu = gpu; return undefined; }
  if ((isModelName(word) || isKnownModelWord(word)) && !seen.has('file') && !seen.has('model')) {
    seen.add('file');
    return applyOption(draft, word.split('/').length === 2 && !/\.(gguf|bin)$/i.test(word) ? 'model' : 'file', word);
  }
  draft.unknownWords.push(word);
  return undefined;
}
