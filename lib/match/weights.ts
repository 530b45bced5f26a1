// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.925, content: 10.231, phrase: 0, specific: 3.236, speaker: 1.415, actors: 2.027, numbers: 2.251, numberConflict: 0 };
