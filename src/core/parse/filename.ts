// What a model file, repo or tag name says about size and precision:
// `Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf`, `TheBloke/Llama-2-13B-chat-GPTQ`, `llama3.1:8b-instruct-q4_K_M`.
// Only numbers with a B or M unit are sizes: `8k`/`128K` (context), `1T` (tokens), `2503` (dates) and
// `v0.2`/`3.1` (versions) are not.
import type { ParsedParams } from './params.js';
import { parsePrecision, type ParsedPrecision } from './precision.js';

export interface NameSize extends ParsedParams {
  /** "30B-A3B": parameters active per token */
  readonly activeParams?: number;
  /** "17B-16E" (Llama 4): the stated size is the active one, and this many experts exist */
  readonly activeOnlyExperts?: number;
  /** other, different sizes the name also carries */
  readonly otherSizes: readonly number[];
}

export interface NameHints {
  /** the part a catalog look-up should read: last path segment, no extension or shard suffix */
  readonly baseName: string;
  readonly size?: NameSize;
  readonly precision?: ParsedPrecision;
}

const EXTENSION = /\.(gguf|bin|llamafile|safetensors|ggml|pth?)$/i;
const SHARD = /-\d{5}-of-\d{5}$/i;
// `1_6b` is 1.6B: Stability's and Qwen's repo names write a size's point as `_` (stablelm-2-zephyr-1_6b)
const SIZE = /(?<![a-z0-9.])(?:(\d{1,3})x)?(\d+(?:[._]\d+)?)([bm])(?![a-z0-9])/gi;
/**
 * A size glued to the family word before it (`vicuna13b`, `llama7b`, GPT4All's `l13b` for LLaMA 13B), read only
 * when the name has no separated size. `a`/`e`/`v` glue a number that is not the size: `A3B` (active),
 * `E4B` (gemma-3n's effective size), `v2b` (a version).
 */
const GLUED_SIZE = /(?<![a-z0-9.])(?![aev]\d)[a-z]+(\d+(?:\.\d+)?)b(?![a-z0-9])/gi;
const ACTIVE = /(?<![a-z0-9])a(\d+(?:\.\d+)?)b(?![a-z0-9])/i;
const EXPERTS_AFTER_SIZE = /(?<![a-z0-9.])\d+(?:\.\d+)?b[-_](\d+)e(?![a-z0-9])/i;
const TAG = new RegExp(
  '(?<![a-z0-9])(' +
    [
      'exl2[-_]\\d+[-_]\\d+', // bartowski's EXL2 branches (exl2_6_5)
      'q[034]b?f(?:16|32)(?:_[0-9a-z]{1,3})?', // MLC presets (q4f16_1, q0f32)
      '(?:ud[-_])?(?:i?q\\d(?:_[0-9a-z]{1,3}){0,3}|tq[12]_0)', // GGUF types, seed q4/q8
      'mxfp4(?:_moe)?', 'bf16', 'fp16', 'fp32', 'f16', 'f32', 'fp8',
      'gptq', 'awq', 'exl2', 'nf4', 'bnb[-_]?[48]bit', 'mlx', 'aqlm', 'quip',
      'int[48]', '[2-68][-_]?bit', 'w[48]a16', 'w8a8', 'w4a4', 'nvfp4', 'fp4', '\\d+(?:[._]\\d+)?[-_]?bpw(?:[-_]h\\d+)?',
    ].join('|') +
    ')(?![a-z0-9])',
  'gi',
);

type TagKind = 'quant' | 'float' | 'method' | 'width' | 'bpw';

interface Tag {
  readonly text: string;
  readonly kind: TagKind;
}

const FLOATS = new Set(['bf16', 'fp16', 'fp32', 'f16', 'f32']);
const METHODS = new Set(['gptq', 'awq', 'exl2', 'nf4', 'mlx', 'aqlm', 'quip']);
/** Codebook quantizations whose width is no format we size: their `2Bit` is not MLX's 2-bit, so nothing is read */
const CODEBOOK_METHODS = new Set(['aqlm', 'quip']);
/** `exl2_6_5`: an EXL2 branch name with its bits per weight */
const EXL2_BRANCH = /^exl2[-_]\d+[-_]\d+$/;

function classify(text: string): Tag {
  const lower = text.toLowerCase();
  if (FLOATS.has(lower)) return { text: lower, kind: 'float' };
  if (METHODS.has(lower) || lower.startsWith('bnb')) return { text: lower.replace(/[-_]/g, ''), kind: 'method' };
  if (/bpw/.test(lower) || EXL2_BRANCH.test(lower)) return { text: lower, kind: 'bpw' };
  const parsed = parsePrecision(lower);
  if (parsed && parsed.id !== 'int4' && parsed.id !== 'int8' && parsed.id !== 'fp8') return { text: lower, kind: 'quant' };
  return { text: lower, kind: 'width' };
}

/** "8" for 8-bit widths, "4" for 4-bit ones, in any spelling (int8, 8bit, q8, w8a16). */
function widthOf(tags: readonly Tag[]): '4' | '8' | undefined {
  const width = tags.find((t) => t.kind === 'width' && /^(?:int|q|w)?[48]/.test(t.text));
  return width ? (/^(?:int|q|w)?8/.test(width.text) ? '8' : '4') : undefined;
}

// Quantization methods with the width they were written with → id (mlx-community's `bf16-4bit` is 4-bit MLX).
const METHOD_IDS: Readonly<Record<string, Partial<Record<'4' | '8' | 'none', string>>>> = {
  gptq: { '4': 'gptq', '8': 'gptq_int8', none: 'gptq' },
  awq: { '4': 'awq', none: 'awq' },
  nf4: { '4': 'nf4', none: 'nf4' },
  // `-bnb-4bit` repos (unsloth's) are saved with bnb_4bit_use_double_quant: true
  bnb4bit: { none: 'nf4_dq' },
  bnb8bit: { none: 'int8' },
  mlx: { '4': 'mlx_4bit', '8': 'mlx_8bit' },
};

function precisionFromTags(tags: readonly Tag[]): ParsedPrecision | undefined {
  const last = (kind: TagKind) => [...tags].reverse().find((t) => t.kind === kind);
  if (tags.some((t) => t.kind === 'method' && CODEBOOK_METHODS.has(t.text))) return undefined;
  // a quantized tag wins over a float one: `f16-q4_k` and `bf16-4bit` name the source dtype first
  const quant = last('quant');
  if (quant) return parsePrecision(quant.text);
  const width = widthOf(tags);
  const bpw = last('bpw');
  for (const method of tags.filter((t) => t.kind === 'method')) {
    if (method.text === 'exl2' || bpw) return parsePrecision(bpw ? bpw.text : 'exl2');
    const id = METHOD_IDS[method.text]?.[width ?? 'none'];
    if (id) return parsePrecision(id);
  }
  if (bpw) return parsePrecision(bpw.text);
  const widthTag = last('width');
  if (widthTag) return parsePrecision(widthTag.text.replace(/^(\d)[-_]?bit$/, '$1bit'));
  const float = last('float');
  return float ? parsePrecision(float.text) : undefined;
}

// A GGUF file has no plain int4/int8: `Phi-3-mini-4k-instruct-q4.gguf` is Microsoft's Q4_K_M file and a bare
// `q8` GGUF is Q8_0. The seed calculator's `.q4`/`.q8` names (no .gguf) keep their exact widths.
const GGUF_PRESET_FOR_WIDTH = { int4: 'q4_k_m', int8: 'q8_0' } as const;

function ggufPreset(precision: ParsedPrecision | undefined, name: string): ParsedPrecision | undefined {
  if (!precision || !/\.gguf$/i.test(name)) return precision;
  if (precision.id !== 'int4' && precision.id !== 'int8') return { ...precision, ggufFile: true };
  const preset = parsePrecision(GGUF_PRESET_FOR_WIDTH[precision.id]);
  return preset ? { ...preset, widthInGguf: precision.id === 'int4' ? 'q4' : 'q8' } : precision;
}

function sizeFromName(name: string): NameSize | undefined {
  const separated = [...name.matchAll(SIZE)];
  const matches = separated.length > 0 ? separated : [...name.matchAll(GLUED_SIZE)].map((m) => [m[0], undefined, m[1], 'b']);
  const sizes = matches.map((m) => {
    const unit = (m[3] ?? 'b').toLowerCase() === 'm' ? 1e6 : 1e9;
    const each = Math.round(Number((m[2] ?? '').replace('_', '.')) * unit);
    const count = m[1] === undefined ? undefined : Number(m[1]);
    return count === undefined ? { params: each } : { params: each * count, experts: { count, expertParams: each } };
  });
  const first = sizes[0];
  if (!first) return undefined;
  const active = ACTIVE.exec(name);
  const expertsAfter = EXPERTS_AFTER_SIZE.exec(name);
  const otherSizes = [...new Set(sizes.slice(1).map((s) => s.params))].filter((p) => p !== first.params);
  return {
    ...first,
    ...(active ? { activeParams: Math.round(Number(active[1]) * 1e9) } : {}),
    ...(expertsAfter ? { activeOnlyExperts: Number(expertsAfter[1]) } : {}),
    otherSizes,
  };
}

export function parseModelName(name: string): NameHints {
  const trimmed = name.trim();
  const lastSegment = trimmed.split('/').filter(Boolean).pop() ?? trimmed;
  const baseName = lastSegment.replace(EXTENSION, '').replace(SHARD, '');
  const fullName = trimmed.replace(EXTENSION, '').replace(SHARD, '');
  const tags = [...fullName.matchAll(TAG)].map((m) => classify(m[1] ?? ''));
  const precision = ggufPreset(precisionFromTags(tags), trimmed);
  // sizes may sit in the repo part (`unsloth/DeepSeek-R1-Distill-Qwen-1.5B-GGUF`) or the file part
  const size = sizeFromName(baseName) ?? sizeFromName(fullName);
  return { baseName, ...(size ? { size } : {}), ...(precision ? { precision } : {}) };
}
