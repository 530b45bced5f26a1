// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.063, content: 10.351, phrase: 0, specific: 2.96, speaker: 1.787, actors: 1.873, numbers: 1.91, numberConflict: 0 };
