// Command text → a validated EstimateRequest, or every issue found (codes, the input, a suggestion).
import { closest, findGpu, suggestGpu } from '../catalog/find.js';
import { KV_PRECISION_IDS, type KvPrecisionId } from '../catalog/formats.js';
import { MAX_INPUT_LENGTH, type OptionName, type ParseIssue } from '../issues.js';
import {
  EstimateRequestSchema, LANGS, LIMITS, MODES, NAME_MAX_LENGTH,
  type EstimateRequest, type EstimateRequestInput, type Lang, type Mode,
} from '../request.js';
import { isSizeWord, parseParams } from './params.js';
import { parsePrecision, suggestPrecision, type ParsedPrecision } from './precision.js';
import { OPTION_NAMES, tokenize } from './tokenize.js';

export type ParseResult =
  | { readonly ok: true; readonly request: EstimateRequest }
  | { readonly ok: false; readonly issues: readonly ParseIssue[]; readonly lang?: Lang };

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

/** ctx accepts `8192`, `8k`, `128K` (k = 1024 tokens, as model cards mean it) */
function parseTokenCount(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim().replace(/[,_]/g, ''));
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2] ? 1024 : 1));
}

function parseInteger(text: string): number | undefined {
  return /^[-+]?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** A word that names a model: letters plus a digit, dash, dot or slash (`zephyr-7b-beta.Q4_0.gguf`). */
function isModelName(word: string): boolean {
  return /[a-z]/i.test(word) && /[\d./:-]/.test(word);
}

interface Draft {
  input: Partial<EstimateRequestInput> & Record<string, unknown>;
  sources: string[];
  typed: Partial<Record<OptionName, string>>;
  precision?: ParsedPrecision;
  bpwWord?: number;
}

export function parseRequest(text: string): ParseResult {
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, issues: [{ code: 'input_too_long', length: text.length, max: MAX_INPUT_LENGTH }] };
  const { options, words } = tokenize(text);
  if (options.length === 0 && words.length === 0) return { ok: false, issues: [{ code: 'empty_input' }] };

  const issues: ParseIssue[] = [];
  const draft: Draft = { input: {}, sources: [], typed: {} };
  const seen = new Set<OptionName>();

  for (const { key, value } of options) {
    const option = (OPTION_NAMES as readonly string[]).includes(key) ? (key as OptionName) : undefined;
    if (!option) {
      const suggestion = closest(key, OPTION_NAMES) as OptionName | undefined;
      issues.push({ code: 'unknown_option', input: key, ...(suggestion ? { suggestion } : {}) });
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

  if (draft.bpwWord !== undefined) {
    if (!draft.precision || draft.precision.id === 'exl2') draft.precision = { id: 'exl2', bitsPerWeight: draft.bpwWord };
  }
  if (draft.precision) draft.input.precision = { ...draft.precision };
  if (draft.sources.length > 1) issues.push({ code: 'conflicting_model_sources', options: draft.sources });
  if (draft.sources.length === 0 && issues.length === 0) issues.push({ code: 'missing_model' });

  const lang = draft.input.lang as Lang | undefined;
  if (issues.length > 0) return { ok: false, issues, ...(lang ? { lang } : {}) };
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
    if (field === 'model' && model?.kind !== 'params') {
      const option: OptionName = model?.kind === 'hub' ? 'model' : 'file';
      return { code: 'name_too_long', option, max: NAME_MAX_LENGTH };
    }
    const [option, limit] = RANGED_FIELDS[field] ?? ['params', LIMITS.params];
    return { code: 'out_of_range', option, input: draft.typed[option] ?? '', min: limit.min, max: limit.max };
  });
  return { ok: false, issues, ...(lang ? { lang } : {}) };
}

/** Request fields zod range-checks → the option a person typed and its limits. */
const RANGED_FIELDS: Readonly<Record<string, readonly [OptionName, { min: number; max: number }]>> = {
  model: ['params', LIMITS.params], precision: ['precision', LIMITS.bitsPerWeight], contextTokens: ['ctx', LIMITS.ctx],
  batch: ['batch', LIMITS.batch], gpu: ['gpu', LIMITS.gpuGiB], gpuCount: ['gpus', LIMITS.gpus],
};
const RANGED_OPTION_LIMITS: Readonly<Partial<Record<OptionName, { min: number; max: number }>>> = Object.fromEntries(Object.values(RANGED_FIELDS));

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
      draft.input.model = { kind: 'params', params: parsed.params, ...(parsed.experts ? { experts: parsed.experts } : {}) };
      return undefined;
    }
    case 'file':
      draft.sources.push('file');
      draft.input.model = { kind: 'file', name: value };
      return undefined;
    case 'model':
      draft.sources.push('model');
      draft.input.model = value.includes('/') ? { kind: 'hub', repoId: value } : { kind: 'file', name: value };
      return undefined;
    case 'precision': {
      const [first = '', bpw] = value.split(/\s+/);
      const parsed = parsePrecision(bpw ? `${first}_${bpw}` : first) ?? parsePrecision(value);
      if (!parsed) {
        const suggestion = suggestPrecision(value);
        return { code: 'unknown_precision', input: value, ...(suggestion ? { suggestion } : {}) };
      }
      draft.precision = parsed;
      return undefined;
    }
    case 'ctx':
    case 'batch':
    case 'gpus': {
      const number = option === 'ctx' ? parseTokenCount(value) : parseInteger(value);
      if (number === undefined) {
        return parseInteger(value) !== undefined || /^-/.test(value.trim())
          ? { code: 'out_of_range', option, input: value, ...(RANGED_OPTION_LIMITS[option] ?? LIMITS.ctx) }
          : { code: 'invalid_number', option, input: value };
      }
      draft.input[option === 'ctx' ? 'contextTokens' : option === 'batch' ? 'batch' : 'gpuCount'] = number;
      return undefined;
    }
    case 'kv': {
      const kv = KV_SPELLINGS[lower.replace(/-/g, '_')];
      if (kv) { draft.input.kvPrecision = kv; return undefined; }
      const suggestion = closest(lower, Object.keys(KV_SPELLINGS));
      return { code: 'unknown_kv', input: value, ...(suggestion ? { suggestion } : {}) };
    }
    case 'mode': {
      const mode = MODE_SPELLINGS[lower];
      if (mode) { draft.input.mode = mode; return undefined; }
      const suggestion = closest(lower, Object.keys(MODE_SPELLINGS));
      return { code: 'unknown_mode', input: value, ...(suggestion ? { suggestion } : {}) };
    }
    case 'gpu':
      return applyGpu(draft, value);
    case 'lang': {
      const lang = LANG_SPELLINGS[lower];
      if (lang) { draft.input.lang = lang; return undefined; }
      return { code: 'unknown_lang', input: value };
    }
  }
}

function applyGpu(draft: Draft, value: string): ParseIssue | undefined {
  const gpu = findGpu(value);
  if (gpu) { draft.input.gpu = { kind: 'catalog', id: gpu.id }; return undefined; }
  const size = /^(\d+(?:\.\d+)?)\s*(?:gb|gib|g)?$/i.exec(value.trim());
  if (size) { draft.input.gpu = { kind: 'size', memoryGiB: Number(size[1]) }; return undefined; }
  const suggestion = suggestGpu(value);
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
  const gpu = findGpu(word);
  if (gpu && !seen.has('gpu')) { seen.add('gpu'); draft.input.gpu = { kind: 'catalog', id: gpu.id }; return undefined; }
  if (isModelName(word)) {
    if (seen.has('file')) return { code: 'unknown_word', input: word };
    seen.add('file');
    return applyOption(draft, word.split('/').length === 2 && !/\.(gguf|bin)$/i.test(word) ? 'model' : 'file', word);
  }
  return { code: 'unknown_word', input: word };
}
