// npm run bench, second half: measurements that need processes and sockets, printed as tables.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/bench/*.report.ts'],
    setupFiles: ['test/helpers/loopback-only.ts'],
    testTimeout: 240_000,
    fileParallelism: false,
  },
});
