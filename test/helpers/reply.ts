// Helpers to read the shared pipeline's reply in tests without repeating the narrowing.
import { expect } from 'vitest';
import { answer, type Reply } from '../../src/answer.js';

export function estimateOf(text: string) {
  const reply = answer(text);
  if (!reply.ok) throw new Error(`expected an answer for ${text}, got ${reply.issues.map((i) => i.code).join(', ')}`);
  if (reply.kind !== 'estimate') throw new Error(`expected an estimate for ${text}, got ${reply.kind}`);
  return reply.estimate;
}

export function issueCodes(text: string, locale?: string): string[] {
  const reply: Reply = answer(text, locale === undefined ? {} : { locale });
  expect(reply.ok, `expected issues for ${text}`).toBe(false);
  return reply.ok ? [] : reply.issues.map((i) => i.code);
}
