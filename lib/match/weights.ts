// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.018, content: 10.66, phrase: 0, specific: 3.229, speaker: 1.466, actors: 1.914, numbers: 1.923, numberConflict: 0 };
