#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the prepare script).
import('../dist/src/cli/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('llmmem: not built yet; run `npm run build` first\n');
    process.exitCode = 1;
  } else throw error;
});
