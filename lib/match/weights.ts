// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/fit.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -6.3, content: 4.9, phrase: 1.7, specific: 3.6, speaker: 0.7, actors: 1.4, numbers: 0.6, numberConflict: 0 };
