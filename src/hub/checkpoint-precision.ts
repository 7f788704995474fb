// A checkpoint's precision from config.json's quantization_config, else from its dominant tensor dtype.
import { parsePrecision, type ParsedPrecision } from '../core/parse/precision.js';

type Json = Record<string, unknown>;

/** safetensors dtype → llmmem precision, for unquantized checkpoints. */
const DTYPES: Readonly<Record<string, string>> = { BF16: 'bf16', F16: 'fp16', F32: 'fp32', F8_E4M3: 'fp8', F8_E5M2: 'fp8', I8: 'int8' };

function fromQuantizationConfig(q: Json): string | undefined {
  const method = String(q.quant_method ?? '').toLowerCase();
  const bits = Number(q.bits ?? q.w_bit ?? 4);
  if (method === 'gptq') return bits >= 8 ? 'gptq_int8' : 'gptq';
  if (method === 'awq') return 'awq';
  if (method === 'fp8') return 'fp8';
  if (method === 'mxfp4') return 'mxfp4';
  if (method === 'bitsandbytes') return q.load_in_8bit === true ? 'int8' : q.bnb_4bit_use_double_quant === true ? 'nf4_dq' : 'nf4';
  if (method === 'compressed-tensors') {
    const text = JSON.stringify(q);
    return /"num_bits":\s*8/.test(text) ? (/"type":\s*"float"/.test(text) ? 'fp8' : 'gptq_int8') : 'gptq';
  }
  return undefined;
}

export function precisionFromCheckpoint(config: Json, parameterCount: Partial<Record<string, number>>): ParsedPrecision | undefined {
  const quantization = config.quantization_config;
  if (typeof quantization === 'object' && quantization !== null) {
    const id = fromQuantizationConfig(quantization as Json);
    if (id) return parsePrecision(id);
  }
  const [dominant] = Object.entries(parameterCount).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  const id = dominant ? DTYPES[dominant[0]] : undefined;
  return id ? parsePrecision(id) : undefined;
}
