// A question → the llmmem commands that answer it: one per model compared, or, for training without a
// named method, full fine-tuning, LoRA and QLoRA side by side.
import type { Question, TrainingAsked } from './question.js';

export type AskedMode = 'inference' | 'full' | 'lora' | 'qlora';

export interface QuestionCommand {
  readonly command: string;
  readonly mode: AskedMode;
}

/** Training with no method named: what people weigh against each other, cheapest last. */
const UNNAMED_TRAINING: readonly AskedMode[] = ['full', 'lora', 'qlora'];

function modesFor(training: TrainingAsked | undefined, precision: string | undefined, models: number): readonly AskedMode[] {
  if (training === undefined) return ['inference'];
  if (training !== 'unnamed') return [training];
  // "fine-tune it in 4-bit" is QLoRA; "in 8-bit" is LoRA on an 8-bit base
  if (precision === 'nf4' || precision === 'nf4_dq') return ['qlora'];
  if (precision === 'int8') return ['lora'];
  return models > 1 ? ['lora'] : UNNAMED_TRAINING;
}

/** The options every command of the question shares: hardware, context, runtime, cache, language. */
function sharedOptions(question: Question): string[] {
  const parts: string[] = [];
  if (question.contextTokens !== undefined) parts.push(`ctx:${question.contextTokens}`);
  if (question.gpu) {
    parts.push(`gpu:${question.gpu.value}`);
    if (question.gpu.count > 1) parts.push(`gpus:${question.gpu.count}`);
  }
  if (question.runtime) parts.push(`runtime:${question.runtime}`);
  if (question.kv) parts.push(`kv:${question.kv}`);
  if (question.lang === 'ja') parts.push('lang:ja');
  return parts;
}

/** Commands for the question; none when it names neither a model nor a GPU. */
export function commandsFor(question: Question): QuestionCommand[] {
  const shared = sharedOptions(question);
  const precision = question.precision?.value;
  const modes = modesFor(question.training, precision, Math.max(1, question.models.length));
  // hardware alone: what fits it, for each training method asked
  const models = question.models.length > 0 ? question.models.map((m) => m.option) : question.gpu ? [''] : [];
  return models.flatMap((model) =>
    modes.map((mode) => {
      // QLoRA fixes its base at 4-bit NF4; a quant said beside it is the format they downloaded
      const quant = precision && mode !== 'qlora' ? [`precision:${precision}`] : [];
      const training = mode === 'inference' ? [] : [`mode:${mode}`];
      return { command: [model, ...quant, ...training, ...shared].filter((p) => p !== '').join(' '), mode };
    }),
  );
}
