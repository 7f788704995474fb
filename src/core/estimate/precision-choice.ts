// Which precision an answer sizes: the one asked; else the one in the name; else the format the model
// is published in (its checkpoint's dtype, an ollama tag's quant, a GGUF repo's usual file); a bare size
// keeps the original calculator's FP16.
import { formatOf, type PrecisionId } from '../catalog/formats.js';
import type { Warning } from '../issues.js';
import type { ParsedPrecision } from '../parse/precision.js';
import type { EstimateRequest } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';

export interface UsedPrecision {
  readonly id: PrecisionId;
  readonly label: string;
  /** effective bits per weight of the whole model (for GGUF with a known shape: the file's tensor mixture) */
  readonly bitsPerWeight: number;
  /** the spelling of a variant counted as `id` (Q6_K_L, UD-Q4_K_XL) */
  readonly variant?: string;
  /** not asked for: the format the model ships in */
  readonly native: boolean;
  /** named by a .gguf file: sized by the file's tensor layout even at a float type */
  readonly ggufFile?: boolean;
}

/** ExLlamaV2 quants are made at many widths; 4.0 bpw is the common middle when a name gives none. */
const DEFAULT_EXL2_BPW = 4;
/** What a real file of the seed's flat widths is, for the note beside them. */
const REAL_FORMATS_OF_WIDTH: Readonly<Record<'int4' | 'int8', readonly PrecisionId[]>> = {
  int4: ['gptq', 'q4_k_m'],
  int8: ['q8_0'],
};

/** The seed calculator's answer for a bare size, kept exactly (docs/contract.md §1). */
const BARE_SIZE_PRECISION: PrecisionId = 'fp16';

export function choosePrecision(request: EstimateRequest, model: ResolvedModel, warnings: Warning[]): UsedPrecision {
  const fromName = model.precisionFromName;
  let chosen: ParsedPrecision | undefined = request.precision ?? fromName;
  let native = false;
  if (request.precision && fromName && fromName.id !== request.precision.id) {
    warnings.push({ code: 'precision_overrides_name', fromName: formatOf(fromName.id).label, used: formatOf(request.precision.id).label });
  }
  // QLoRA's recipe: the frozen base in NF4 with double quantization (Dettmers et al. 2023, §3)
  if (request.mode === 'qlora' && chosen?.id !== 'nf4' && chosen?.id !== 'nf4_dq') {
    if (chosen) warnings.push({ code: 'qlora_base_nf4', given: formatOf(chosen.id).label });
    chosen = { id: 'nf4_dq' };
  }
  if (!chosen && model.defaultPrecision) {
    chosen = model.defaultPrecision.precision;
    native = true;
    warnings.push(model.defaultPrecision.warning);
  }
  if (!chosen) {
    warnings.push({ code: 'precision_assumed', precision: formatOf(BARE_SIZE_PRECISION).label });
    chosen = { id: BARE_SIZE_PRECISION };
  }
  const format = formatOf(chosen.id);
  if (chosen.variant) warnings.push({ code: 'precision_variant', input: chosen.variant, used: format.label });
  if (chosen.widthInGguf) warnings.push({ code: 'gguf_width_preset', input: chosen.widthInGguf, used: format.label });
  if (chosen.id === 'int4' || chosen.id === 'int8') {
    const real = REAL_FORMATS_OF_WIDTH[chosen.id].map((id) => ({ label: formatOf(id).label, bitsPerWeight: formatOf(id).bitsPerWeight }));
    warnings.push({ code: 'seed_width', precision: chosen.id, real });
  }
  let bitsPerWeight: number = format.bitsPerWeight;
  if (chosen.id === 'exl2') {
    bitsPerWeight = chosen.bitsPerWeight ?? DEFAULT_EXL2_BPW;
    if (chosen.bitsPerWeight === undefined) warnings.push({ code: 'exl2_bpw_assumed', bitsPerWeight });
  }
  return {
    id: chosen.id, label: format.label, bitsPerWeight, native, ...(chosen.variant ? { variant: chosen.variant } : {}),
    ...(chosen.ggufFile && chosen === fromName ? { ggufFile: true } : {}),
  };
}
