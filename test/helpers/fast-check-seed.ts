// Property tests run the same cases on every machine: one seed for all of fast-check (FC_SEED explores others).
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20_261_201);
fc.configureGlobal({ seed, numRuns: 500 });
