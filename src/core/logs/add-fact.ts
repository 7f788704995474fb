// Adding to LogFacts while lines are read: bounded by FACT_LIMITS, each failure once however often it is printed.
import type { Printed } from './amounts.js';
import { FACT_LIMITS, type AllocStage, type FigureKey, type LogDevice, type LogFacts, type LogFailure } from './log-facts.js';

/** The device entry for an id, created on first sight (bounded by FACT_LIMITS.devices). */
export function deviceOf(facts: LogFacts, id: string): LogDevice | undefined {
  const known = facts.devices.find((d) => d.id === id);
  if (known || facts.devices.length >= FACT_LIMITS.devices) return known;
  const device: LogDevice = { id };
  facts.devices.push(device);
  return device;
}

export function addFigure(facts: LogFacts, key: FigureKey, device: string | null, size: Printed | undefined, line: number): void {
  if (!size || facts.figures.length >= FACT_LIMITS.figures) return;
  facts.figures.push({ key, device, size, line });
}

function sameFailure(a: LogFailure, b: LogFailure): boolean {
  if (a.code !== b.code) return false;
  if (a.code === 'gpu_alloc_failed' && b.code === 'gpu_alloc_failed') return a.device === b.device && a.size?.value === b.size?.value;
  if (a.code === 'host_alloc_failed' && b.code === 'host_alloc_failed') return a.size?.value === b.size?.value;
  return a.code !== 'torch_oom' || (b.code === 'torch_oom' && a.tried.value === b.tried.value);
}

/** Records a failure once: logs repeat the same one (a retry loop prints it on every attempt). */
export function addFailure(facts: LogFacts, failure: LogFailure): void {
  if (facts.failures.length >= FACT_LIMITS.failures || facts.failures.some((f) => sameFailure(f, failure))) return;
  facts.failures.push(failure);
}

/** The allocation failure a later line explains ("failed to allocate buffer for kv cache"), newest first. */
export function pendingAllocation(facts: LogFacts): Extract<LogFailure, { stage: AllocStage }> | undefined {
  for (let i = facts.failures.length - 1; i >= 0; i--) {
    const failure = facts.failures[i];
    if ((failure?.code === 'gpu_alloc_failed' || failure?.code === 'host_alloc_failed') && failure.stage === 'unknown') return failure;
  }
  return undefined;
}
