// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.655, content: 8.489, phrase: 0, specific: 5.116, speaker: 1.809, actors: 1.59, numbers: 2.057, numberConflict: 0, verbatim: 2.877 };
