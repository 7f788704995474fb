// `npm run mutate`: StrykerJS mutates the numeric heart of src/core (weights, KV cache, training, fit, placement,
// the format table) and runs test/core against each mutant; it is not part of `npm test` nor of CI (a run takes
// tens of minutes on two cores). The whole of src/core: `npm run mutate -- --mutate 'src/core/**/*.ts'`.
// Results and how long a run takes: docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // the figures every answer is made of; the whole of src/core is a run of hours on two cores (docs/mutation.md)
  mutate: ['src/core/estimate/{weights,kv-cache,training,fit,placement}.ts', 'src/core/catalog/formats.ts'],
  // two cores, shared with whoever else runs tests on the machine
  concurrency: 2,
  // a mutant in a module-level table would rerun every core test; those are the catalog's data, checked by value
  ignoreStatic: true,
  // reruns only the mutants whose code or covering tests changed since the last run
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportTests: false, reportMutants: false },
};
