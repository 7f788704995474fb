// Precision names as people type them → a canonical PrecisionId.
import { closest } from '../catalog/find.js';
import { PRECISION_IDS, type PrecisionId } from '../catalog/formats.js';

export interface ParsedPrecision {
  readonly id: PrecisionId;
  /** EXL2's measured bits per weight ("4.0bpw"), when given */
  readonly bitsPerWeight?: number | undefined;
  /** the spelling typed, when it names a variant counted as `id` (Q6_K_L, UD-Q4_K_XL, Q4_0_4_4) */
  readonly variant?: string | undefined;
  /** a bare `q4`/`q8` in a GGUF file name, read as llama.cpp's Q4_K_M/Q8_0 preset */
  readonly widthInGguf?: 'q4' | 'q8' | undefined;
  /** read from a `.gguf` file name: a float precision there is a GGUF file (norms F32, gpt-oss experts MXFP4) */
  readonly ggufFile?: boolean | undefined;
}

// Spellings → id. Every PrecisionId is also its own spelling.
const SPELLINGS: Readonly<Record<string, PrecisionId>> = {
  ...Object.fromEntries(PRECISION_IDS.map((id) => [id, id])),
  f32: 'fp32', float32: 'fp32', float: 'fp32',
  f16: 'fp16', float16: 'fp16', half: 'fp16',
  bfloat16: 'bf16',
  f8: 'fp8', float8: 'fp8', e4m3: 'fp8', fp8_dynamic: 'fp8',
  q8: 'int8', i8: 'int8', '8bit': 'int8', '8_bit': 'int8', bnb_8bit: 'int8', 'llm.int8': 'int8',
  q4: 'int4', i4: 'int4', '4bit': 'int4', '4_bit': 'int4',
  // llama-quantize: "Q4_K : alias for Q4_K_M", likewise Q3_K and Q5_K
  q3_k: 'q3_k_m', q4_k: 'q4_k_m', q5_k: 'q5_k_m',
  mxfp4_moe: 'mxfp4',
  gptq_4bit: 'gptq', gptq_int4: 'gptq', w4a16: 'gptq',
  gptq_8bit: 'gptq_int8', w8a16: 'gptq_int8',
  awq_4bit: 'awq', awq_int4: 'awq',
  bnb_4bit: 'nf4_dq', bnb4: 'nf4', bitsandbytes_4bit: 'nf4', qlora: 'nf4_dq', nf4_double_quant: 'nf4_dq', double_quant: 'nf4_dq',
  mlx_4: 'mlx_4bit', mlx_8: 'mlx_8bit',
  // only MLX writes these widths into repo names (mlx-community/Qwen3-30B-A3B-3bit); 4bit and 8bit stay plain int4/int8
  '2bit': 'mlx_2bit', '3bit': 'mlx_3bit', '5bit': 'mlx_5bit', '6bit': 'mlx_6bit', mlx_2: 'mlx_2bit', mlx_3: 'mlx_3bit', mlx_5: 'mlx_5bit', mlx_6: 'mlx_6bit',
  // compressed-tensors schemes as Neural Magic / Red Hat name their repos (W4A16 is GPTQ-packed 4-bit, group 128)
  // NVIDIA's ModelOpt "-FP4" checkpoints are NVFP4 (nvidia/DeepSeek-R1-FP4)
  fp4: 'nvfp4',
  w4a16_g128: 'gptq', w8a8_int8: 'w8a8', int8_w8a8: 'w8a8', w8a8_fp8: 'fp8', fp8_w8a8: 'fp8', nvfp4a16: 'nvfp4', w4a4_nvfp4: 'nvfp4',
  // GGML .bin names
  q4_2: 'q4_2', q4_3: 'q4_3',
  // MLC-LLM preset names (q0: not quantized)
  q4f16_0: 'mlc_q4f16', q4f16_1: 'mlc_q4f16', q4f16_2: 'mlc_q4f16', q4f16_ft: 'mlc_q4f16', q4f16_awq: 'mlc_q4f16',
  q4bf16_0: 'mlc_q4f16', q4bf16_1: 'mlc_q4f16', q4f32_0: 'mlc_q4f32', q4f32_1: 'mlc_q4f32', q3f16_0: 'mlc_q3f16', q3f16_1: 'mlc_q3f16',
  q0f16: 'fp16', q0f32: 'fp32', q0bf16: 'bf16',
};

// A bare i-quant family (`Model-IQ2.gguf`): read as the family's middle type, and said so
const BARE_IQ: Readonly<Record<string, PrecisionId>> = { iq1: 'iq1_m', iq2: 'iq2_xs', iq3: 'iq3_xs', iq4: 'iq4_xs' };

// Variants of a base type that differ in a few tensors only: bartowski's _L/_XL keep embeddings and
// output at Q8_0, unsloth's UD- "dynamic" quants raise some layers, Q4_0_4_4/4_8/8_8 repack Q4_0 for ARM.
const VARIANT = /^(?:ud_)?((?:i?q\d_k)|q\d_[01])(?:_(?:s|m|l|xl|xxl|\d_\d))?$/;
const VARIANT_BASE: Readonly<Record<string, PrecisionId>> = {
  q2_k: 'q2_k', q3_k: 'q3_k_m', q4_k: 'q4_k_m', q5_k: 'q5_k_m', q6_k: 'q6_k', q8_k: 'q8_0',
  q4_0: 'q4_0', q8_0: 'q8_0', q5_0: 'q5_0', q4_1: 'q4_1', q5_1: 'q5_1',
};

// `4.0bpw`, `4_625-bpw` (4.625), `2.5bpw-h6` (6-bit head), `exl2-6.5bpw`
const EXL2_BPW = /^(?:exl2_)?(\d+)(?:[._](\d+))?_?bpw(?:_h\d+)?(?:_exl2)?$/;

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/[-\s]+/g, '_');
}

export function parsePrecision(text: string): ParsedPrecision | undefined {
  const key = normalize(text);
  const known = SPELLINGS[key];
  if (known) return { id: known };
  if (key.startsWith('ud_') && SPELLINGS[key.slice(3)]) return { id: SPELLINGS[key.slice(3)] as PrecisionId, variant: text.trim() };
  const bpw = EXL2_BPW.exec(key.replace(/^exl2_?(?=\d)/, 'exl2_'));
  if (bpw) return { id: 'exl2', bitsPerWeight: Number(`${bpw[1]}.${bpw[2] ?? '0'}`) };
  // bartowski's EXL2 branches: `exl2_6_5` is 6.5 bpw
  const branch = /^exl2_(\d+)_(\d+)$/.exec(key);
  if (branch) return { id: 'exl2', bitsPerWeight: Number(`${branch[1]}.${branch[2]}`) };
  const bare = BARE_IQ[key];
  if (bare) return { id: bare, variant: text.trim() };
  const variant = VARIANT.exec(key);
  // bartowski's Q3_K_XL is Q3_K_L with Q8_0 embeddings and output ("_L" already names a Q3_K preset)
  const base = variant?.[1] === 'q3_k' && key.endsWith('_xl') && !key.startsWith('ud_') ? 'q3_k_l'
    : variant?.[1] !== undefined ? VARIANT_BASE[variant[1]] : undefined;
  if (base) return { id: base, variant: text.trim() };
  return undefined;
}

/** `q4km` → `q4_k_m`: separators dropped on both sides first, then the nearest spelling. */
export function suggestPrecision(text: string): string | undefined {
  const squash = (t: string) => t.replace(/[_\s.-]/g, '');
  const typed = squash(normalize(text));
  const exact = Object.keys(SPELLINGS).find((spelling) => squash(spelling) === typed);
  const spelling = exact ?? closest(normalize(text), Object.keys(SPELLINGS));
  return spelling === undefined ? undefined : SPELLINGS[spelling];
}
