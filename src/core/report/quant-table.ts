// A model against the cards people own: a few formats it is published in, each with its GPU memory at 8k
// tokens and whether it fits each card. What a Hugging Face link unfurls into.
import { formatOf, type PrecisionId } from '../catalog/formats.js';
import { gpuById } from '../catalog/gpus.js';
import { estimate } from '../estimate/estimate.js';
import type { EstimateRequest } from '../request.js';
import type { ResolvedModel } from '../resolve-model.js';

/** The cards asked about most in help channels: 12 GB and 24 GB consumer cards, a 36 GB Mac, an 80 GB server card. */
export const COMMON_CARDS = ['rtx3060', 'rtx4090', 'm4-max-36', 'h100'] as const;
/** The context the table is sized at: room for a real conversation. */
export const TABLE_CONTEXT = 8192;

export interface QuantRow {
  readonly precision: PrecisionId;
  readonly label: string;
  readonly vramBytes: number;
  readonly fits: readonly { readonly gpu: string; readonly name: string; readonly fits: boolean }[];
}

/** The format it ships in, then the GGUF quants people download most. */
function formatsFor(model: ResolvedModel): PrecisionId[] {
  const native = model.defaultPrecision?.precision.id ?? model.precisionFromName?.id ?? 'bf16';
  return [...new Set<PrecisionId>([native, 'q8_0', 'q4_k_m'])];
}

export function quantTable(model: ResolvedModel, base: EstimateRequest): QuantRow[] {
  const cards = COMMON_CARDS.map((id) => gpuById(id)).filter((g) => g !== undefined);
  return formatsFor(model).map((id) => {
    const request: EstimateRequest = { ...base, precision: { id }, contextTokens: TABLE_CONTEXT, contextMax: false, gpu: undefined };
    const alone = estimate(request, model);
    return {
      precision: id, label: formatOf(id).label, vramBytes: alone.vramBytes,
      fits: cards.map((card) => ({
        gpu: card.id, name: card.name,
        fits: estimate({ ...request, gpu: { kind: 'catalog', id: card.id } }, model).fit?.fits === true,
      })),
    };
  });
}
