import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/fail-on-console.ts', 'test/helpers/loopback-only.ts', 'test/helpers/fast-check-seed.ts'],
    globalSetup: ['test/helpers/build-once.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    testTimeout: 30_000,
  },
});
