// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.486, content: 10.579, phrase: 0, specific: 3.618, speaker: 2.152, actors: 1.367, numbers: 3.212, numberConflict: 0 };
