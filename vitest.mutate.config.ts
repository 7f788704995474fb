// StrykerJS's runner (`npm run mutate`): the core tests only, without the build step the CLI tests need, and
// without the "never throws" property test: it runs thousands of whole answers for every mutant and kills
// none of the wrong numbers a mutant makes without throwing (measured: Stryker's dry run took 15.4 s of test time
// with it, 5.5 s without).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts'],
    exclude: ['test/core/property.test.ts'],
    setupFiles: ['test/helpers/fail-on-console.ts', 'test/helpers/loopback-only.ts', 'test/helpers/fast-check-seed.ts'],
    testTimeout: 30_000,
  },
});
