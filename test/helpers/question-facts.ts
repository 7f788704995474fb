// Whether the answer to a help-channel question carries the facts its asker gave, column by column of the
// help-questions sample: model size, precision, context, GPU memory (all cards together) and training mode.
import { answer } from '../../src/answer.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { commandsFor } from '../../src/core/question/to-commands.js';
import { parsePrecision } from '../../src/core/parse/precision.js';
import type { Row } from './published-data.js';

export interface Carried {
  readonly missing: readonly string[];
  readonly commands: readonly string[];
}

/** Fine-tunes and community merges round their size in the name ("30B Llama" is LLaMA-33B's 32.5B). */
const SIZE_TOLERANCE = 0.1;
/** "24gb GPU" is sold as 24 GB; the catalog's card may print a little less (an A10's 22.5 GiB is "23G"). */
const MEMORY_TOLERANCE = 0.05;

function samePrecision(expected: string, got: { id: string; bitsPerWeight?: number }): boolean {
  const wanted = parsePrecision(expected);
  if (!wanted) return false;
  if (wanted.id === 'int4') return ['int4', 'q4_k_m', 'q4_0', 'nf4', 'awq', 'gptq'].includes(got.id);
  if (wanted.bitsPerWeight !== undefined) return got.id === wanted.id && Math.abs((got.bitsPerWeight ?? 0) - wanted.bitsPerWeight) < 0.01;
  return got.id === wanted.id;
}

export function factsCarried(row: Row): Carried {
  const question = readQuestion(row.text ?? '');
  const commands = commandsFor(question);
  const missing: string[] = [];
  const replies = commands.map((c) => ({ mode: c.mode, reply: answer(c.command) }));
  const estimates = replies.flatMap((r) => (r.reply.ok && r.reply.kind === 'estimate' ? [{ mode: r.mode, estimate: r.reply.estimate }] : []));
  const first = estimates[0]?.estimate;
  const params = Number(row.model_params_billions);
  if (row.model_params_billions && !(first && Math.abs(first.model.params / 1e9 - params) / params <= SIZE_TOLERANCE)) missing.push('params');
  // a GPU alone is answered with what fits it: the quant asked must be the one every candidate is sized in
  const listed = replies.flatMap((r) => (r.reply.ok && r.reply.kind === 'candidates' ? [r.reply.request.precision?.id ?? ''] : []));
  const usedPrecision = first ? { id: first.precision.id, bitsPerWeight: first.precision.bitsPerWeight } : listed[0] ? { id: listed[0] } : undefined;
  if (row.precision && !(usedPrecision && samePrecision(row.precision, usedPrecision))) missing.push('precision');
  if (row.ctx && question.contextTokens !== Number(row.ctx)) missing.push('ctx');
  if (row.ctx && first && first.contextTokens !== Number(row.ctx)) missing.push('ctx in answer');
  const memory = Number(row.gpu_memory_gb);
  const gpuTotal = question.gpu ? question.gpu.memoryGB * question.gpu.count : undefined;
  if (row.gpu_memory_gb && !(gpuTotal !== undefined && Math.abs(gpuTotal - memory) / memory <= MEMORY_TOLERANCE)) missing.push('gpu memory');
  if (row.gpu_memory_gb && replies.some((r) => !r.reply.ok)) missing.push('answer');
  const mode = row.mode || 'inference';
  if (!commands.some((c) => c.mode === mode)) missing.push('mode');
  return { missing, commands: commands.map((c) => c.command) };
}
