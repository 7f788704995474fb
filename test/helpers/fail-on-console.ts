// Code writes to injected streams or the logger, never to console.*: any call fails the test.
import { beforeEach } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
beforeEach(() => {
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(' ')}`);
    };
  }
});
