// llama.cpp's lines about the model (file, type, shape) and the devices (names, total and free memory): what
// lets llmmem ask about the same run. print_info/llm_load_print_meta print "%s: n_layer = %u" and friends;
// ggml-cuda.cu "  Device %d: %s, compute capability %d.%d"; src/llama.cpp "using device %s (%s) - %zu MiB free" and
// the --fit report "  - %s: %6 total, %6 used, %6 free vs. target of %6"; src/llama-context.cpp the memory
// breakdown "| %s | %s = %s + (%s = %s + %s + %s) + %s |" (https://github.com/ollama/ollama/tree/ef00199fb4e6d045e11e76baaab9049f3234939d/llama/llama.cpp).
import { printedSize } from './amounts.js';
import { int, num, type LineRule } from './line-rule.js';
import { addFigure, deviceOf } from './add-fact.js';
import { FACT_LIMITS, type LogFacts, type LogModel } from './log-facts.js';

const MIB = 1024 ** 2;

/** The last path segment of a model path, quotes and trailing punctuation dropped. */
export function fileNameOf(path: string): string {
  const last = path.trim().replace(/^["']|["',)]+$/g, '').split(/[\\/]/).pop() ?? '';
  return last.slice(0, 200);
}

const HPARAMS: Readonly<Record<string, keyof LogModel>> = {
  n_layer: 'layers', n_embd: 'embedding', n_head: 'heads', n_head_kv: 'kvHeads', n_vocab: 'vocab', n_ff: 'feedForward',
  n_expert: 'experts', n_ctx_train: 'contextTrain',
};

const PARAM_UNITS: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

function addBreakdown(facts: LogFacts, name: string, total: number | null, free: number | null, parts: (number | undefined)[]): void {
  const [self = 0, model = 0, context = 0, compute = 0] = parts;
  const device = name.replace(/ \(.*$/, '');
  const gpuName = /\((.{1,60})\)/.exec(name)?.[1];
  const known = facts.breakdown.find((row) => row.device === device);
  const row = { device, totalMiB: total, freeMiB: free, selfMiB: self, modelMiB: model, contextMiB: context, computeMiB: compute };
  // --fit prints the table once per attempt: the last one is what ran
  if (known) facts.breakdown.splice(facts.breakdown.indexOf(known), 1, row);
  else if (facts.breakdown.length < FACT_LIMITS.breakdown) facts.breakdown.push(row);
  if (total === null) return;
  const entry = deviceOf(facts, device);
  if (!entry) return;
  entry.totalBytes = total * MIB;
  if (gpuName) entry.name ??= gpuName;
}

export const LLAMA_CPP_MODEL_LINES: readonly LineRule[] = [
  {
    runtime: 'llama.cpp', needle: 'loaded meta data',
    pattern: /loaded meta data with \d{1,5} key-value pairs and \d{1,7} tensors from (.{1,400}?)(?: \(version [^)]{1,40}\)\)?)?$/,
    apply: (m, facts) => { facts.model.file = fileNameOf(m[1] ?? ''); },
  },
  {
    runtime: 'llama.cpp', needle: 'type',
    pattern: /(?:file type|model ftype) += +(\S.{1,40})$/,
    apply: (m, facts) => { facts.model.fileType = (m[1] ?? '').trim(); },
  },
  {
    runtime: 'llama.cpp', needle: 'size',
    pattern: /(?:file size|model size) += +(\d{1,6}(?:\.\d{1,4})?) (GiB|MiB|GB|MB)/,
    apply: (m, facts) => { facts.model.fileSize = printedSize(m[1] ?? '', m[2] ?? '') ?? facts.model.fileSize; },
  },
  {
    runtime: 'llama.cpp', needle: 'model params',
    pattern: /model params += +(\d{1,6}(?:\.\d{1,3})?) ([KMBT])\b/,
    apply: (m, facts) => { facts.model.params = (num(m[1]) ?? 0) * (PARAM_UNITS[m[2] ?? ''] ?? 0) || undefined; },
  },
  {
    runtime: 'llama.cpp', needle: 'general.name',
    pattern: /general\.name(?: +str)? += +(\S.{0,100})$/,
    apply: (m, facts) => { facts.model.name = (m[1] ?? '').trim(); },
  },
  {
    runtime: 'llama.cpp', needle: 'n_',
    pattern: /\b(n_layer|n_embd|n_head|n_head_kv|n_vocab|n_ff|n_expert|n_ctx_train) += +(\d{1,9})\s*$/,
    apply: (m, facts) => {
      const key = HPARAMS[m[1] ?? ''];
      if (key) (facts.model as Record<string, unknown>)[key] = int(m[2]);
    },
  },
  {
    runtime: 'llama.cpp', needle: 'compute capability',
    pattern: /Device (\d{1,2}): (\S[^,]{1,80}), compute capability \d{1,2}\.\d{1,2}/,
    apply: (m, facts) => { const d = deviceOf(facts, `CUDA${m[1] ?? ''}`); if (d) d.name = m[2]; },
  },
  {
    runtime: 'llama.cpp', needle: 'MiB free',
    pattern: /using device (\w{2,20}) \(([^()]{2,80})\)(?: \([^()]{0,40}\))? - (\d{1,7}) MiB free/,
    apply: (m, facts) => {
      const d = deviceOf(facts, m[1] ?? '');
      if (!d) return;
      d.name = m[2];
      d.freeBytes = (int(m[3]) ?? 0) * MIB;
    },
  },
  {
    runtime: 'llama.cpp', needle: 'vs. target of',
    pattern: /- (\w{2,20}) \(([^()]{2,80})\): +(\d{1,7}) total, +-?\d{1,7} used, +(-?\d{1,7}) free vs\. target of/,
    apply: (m, facts) => {
      const d = deviceOf(facts, m[1] ?? '');
      if (!d) return;
      d.name ??= m[2];
      d.totalBytes = (int(m[3]) ?? 0) * MIB;
    },
  },
  {
    runtime: 'llama.cpp', needle: ' + (',
    pattern: /\| +- (\S{1,40}(?: \([^()|]{1,60}\))?) +\| +(\d{1,7}) = +(\d{1,7}) \+ \( *(\d{1,7}) = +(\d{1,7}) \+ +(\d{1,7}) \+ +(\d{1,7})\) \+ +-?\d{1,8} \|/,
    apply: (m, facts) => addBreakdown(facts, m[1] ?? '', int(m[2]) ?? null, int(m[3]) ?? null, [m[4], m[5], m[6], m[7]].map(int)),
  },
  {
    runtime: 'llama.cpp', needle: '|',
    pattern: /\| +- (Host|CPU\w{0,20}) +\| +(\d{1,7}) = +(\d{1,7}) \+ +(\d{1,7}) \+ +(\d{1,7}) +\|/,
    apply: (m, facts) => addBreakdown(facts, m[1] ?? '', null, null, [m[2], m[3], m[4], m[5]].map(int)),
  },
  {
    // src/llama.cpp llama_params_fit_impl: "projected to use %d MiB of device memory vs. %d MiB of free device memory"
    runtime: 'llama.cpp', needle: 'projected to use',
    pattern: /projected to use (\d{1,9}) MiB of device memory vs\. (\d{1,9}) MiB of free device memory/,
    apply: (m, facts, line) => {
      addFigure(facts, 'fit_projected', null, printedSize(m[1] ?? '', 'MiB'), line);
      addFigure(facts, 'fit_free', null, printedSize(m[2] ?? '', 'MiB'), line);
    },
  },
  {
    runtime: 'llama.cpp', needle: 'GPU name:',
    pattern: /GPU name: +(\S.{1,60})$/,
    apply: (m, facts) => { const d = deviceOf(facts, 'Metal'); if (d) d.name = (m[1] ?? '').trim(); },
  },
];
