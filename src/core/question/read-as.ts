// "Read as: Mixtral 8x7B · Q3_K_M · RTX A4000 (16 GB)": what the reader understood, part by part, for the
// reply's first line, so the asker sees their GPU's memory and can correct any of it.
import { ARCHITECTURES } from '../catalog/architectures.js';
import type { Question } from './question.js';

export type ReadAsPart =
  | { readonly kind: 'model'; readonly name: string }
  | { readonly kind: 'precision'; readonly written: string; readonly value: string }
  | { readonly kind: 'context'; readonly tokens: number }
  | { readonly kind: 'gpu'; readonly label: string; readonly count: number; readonly memoryGB: number }
  | { readonly kind: 'ram'; readonly gb: number }
  | { readonly kind: 'training'; readonly mode: NonNullable<Question['training']> }
  | { readonly kind: 'runtime'; readonly name: string }
  | { readonly kind: 'kv'; readonly type: string };

const NAME_BY_ID: ReadonlyMap<string, string> = new Map(ARCHITECTURES.map((a) => [a.id, a.name]));

export function readAsParts(question: Question): ReadAsPart[] {
  const parts: ReadAsPart[] = question.models.map((m) => ({
    kind: 'model' as const,
    name: (m.architectureId ? NAME_BY_ID.get(m.architectureId) : undefined) ?? (m.named ? m.written : m.written.toUpperCase()),
  }));
  if (question.precision) parts.push({ kind: 'precision', ...question.precision });
  if (question.training) parts.push({ kind: 'training', mode: question.training });
  if (question.contextTokens !== undefined) parts.push({ kind: 'context', tokens: question.contextTokens });
  if (question.gpu) parts.push({ kind: 'gpu', label: question.gpu.label, count: question.gpu.count, memoryGB: question.gpu.memoryGB });
  if (question.systemRamGB !== undefined) parts.push({ kind: 'ram', gb: question.systemRamGB });
  if (question.runtime) parts.push({ kind: 'runtime', name: question.runtime });
  if (question.kv) parts.push({ kind: 'kv', type: question.kv });
  return parts;
}
