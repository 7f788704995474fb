// A command line pasted with the log (`llama-server -m x.gguf -c 32768 -ngl 99 -fa`, ollama's `cmd="… runner
// --ctx-size 8192 --parallel 4"`, `vllm serve org/model --max-model-len 32768`) → what was asked for.
// Flag spellings: llama.cpp common/arg.cpp, vLLM's engine arguments, ollama's runner flags (llm/server.go).
import { fileNameOf } from './llama-cpp-model.js';
import { int, num } from './line-rule.js';
import type { FlashAttention, LogFacts, LogSettings } from './log-facts.js';

type FlagApply = (asked: LogSettings, value: string | undefined) => boolean;

const integer = (key: 'contextTokens' | 'requestedGpuLayers' | 'ubatch' | 'batch' | 'sequences' | 'cpuMoeLayers' | 'maxModelLen' | 'tensorParallel' | 'pipelineParallel'): FlagApply =>
  (asked, value) => {
    const n = int(value);
    if (n === undefined) return false;
    asked[key] = n;
    return true;
  };

const FLASH: Readonly<Record<string, FlashAttention>> = { on: 'on', off: 'off', auto: 'auto', '1': 'on', '0': 'off', true: 'on', false: 'off' };

const text = (key: 'typeK' | 'typeV' | 'kvCacheDtype' | 'dtype' | 'quantization'): FlagApply => (asked, value) => {
  if (!value || !/^[\w.]{1,20}$/.test(value)) return false;
  asked[key] = value;
  return true;
};

const model: FlagApply = (asked, value) => {
  if (!value) return false;
  asked.modelPath = fileNameOf(value);
  return true;
};

/** Flags that take a value (consumed) or not (bare: -fa in 2024 builds, --cpu-moe). */
const FLAGS: Readonly<Record<string, FlagApply>> = {
  '-m': model, '--model': model,
  '-c': integer('contextTokens'), '--ctx-size': integer('contextTokens'),
  '-ngl': integer('requestedGpuLayers'), '--n-gpu-layers': integer('requestedGpuLayers'), '--gpu-layers': integer('requestedGpuLayers'),
  '-ub': integer('ubatch'), '--ubatch-size': integer('ubatch'), '-b': integer('batch'), '--batch-size': integer('batch'),
  '-np': integer('sequences'), '--parallel': integer('sequences'),
  '-ncmoe': integer('cpuMoeLayers'), '--n-cpu-moe': integer('cpuMoeLayers'),
  '-ctk': text('typeK'), '--cache-type-k': text('typeK'), '-ctv': text('typeV'), '--cache-type-v': text('typeV'),
  '--kv-cache-type': (asked, value) => text('typeK')(asked, value) && text('typeV')(asked, value),
  '--max-model-len': integer('maxModelLen'), '--max_model_len': integer('maxModelLen'),
  '-tp': integer('tensorParallel'), '--tensor-parallel-size': integer('tensorParallel'),
  '-pp': integer('pipelineParallel'), '--pipeline-parallel-size': integer('pipelineParallel'),
  '--kv-cache-dtype': text('kvCacheDtype'), '--dtype': text('dtype'), '--quantization': text('quantization'),
  '--gpu-memory-utilization': (asked, value) => {
    const u = num(value);
    if (u === undefined || u <= 0 || u > 1) return false;
    asked.gpuMemoryUtilization = u;
    return true;
  },
};

/** Flags with an optional value: consumed only when the next word is one of theirs. */
const OPTIONAL_VALUE: Readonly<Record<string, (asked: LogSettings, value: string | undefined) => boolean>> = {
  '-fa': (asked, value) => { asked.flashAttention = (value && FLASH[value]) || 'on'; return value !== undefined && FLASH[value] !== undefined; },
  '--flash-attn': (asked, value) => { asked.flashAttention = (value && FLASH[value]) || 'on'; return value !== undefined && FLASH[value] !== undefined; },
  '-cmoe': (asked) => { asked.expertsOnCpu = true; return false; },
  '--cpu-moe': (asked) => { asked.expertsOnCpu = true; return false; },
  '-ot': (asked, value) => { if (value && /exps/i.test(value) && /cpu/i.test(value)) asked.expertsOnCpu = true; return value !== undefined; },
  '--override-tensor': (asked, value) => { if (value && /exps/i.test(value) && /cpu/i.test(value)) asked.expertsOnCpu = true; return value !== undefined; },
};

const MAX_WORDS = 200;

/** Reads the flags of one line; true when it held at least one known flag. */
export function readCommandLine(line: string, facts: LogFacts): boolean {
  const words = line.replace(/^.*?\bcmd="?/, '').split(/\s+/, MAX_WORDS).map((w) => w.replace(/^["']|["']$/g, ''));
  let known = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!word.startsWith('-')) {
      if (word === 'serve' && i > 0 && /vllm$/.test(words[i - 1] ?? '') && words[i + 1] && !words[i + 1]?.startsWith('-')) {
        facts.asked.modelPath = words[i + 1] ?? '';
        known = true;
      }
      continue;
    }
    const [flag = '', inline] = word.split('=', 2);
    const next = inline ?? (words[i + 1]?.startsWith('-') && !/^-\d/.test(words[i + 1] ?? '') ? undefined : words[i + 1]);
    const takes = FLAGS[flag];
    if (takes) {
      if (takes(facts.asked, next) && inline === undefined) i++;
      known = true;
      continue;
    }
    const optional = OPTIONAL_VALUE[flag];
    if (optional) {
      if (optional(facts.asked, next) && inline === undefined) i++;
      known = true;
    }
  }
  return known;
}

/** Lines worth reading as a command: a launcher's name, ollama's runner cmd, or a line of flags. */
export function isCommandLine(line: string): boolean {
  return /\b(?:llama-server|llama-cli|llama-bench|llama-perplexity|perplexity|main|server|vllm serve|api_server|runner)\b.{0,400}\s--?[a-z]/.test(line) ||
    /^\s*--?[a-z][\w-]{0,30}[ =]\S/.test(line);
}
