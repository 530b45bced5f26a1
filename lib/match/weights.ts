// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.467, content: 10.504, phrase: 0, specific: 3.536, speaker: 2.158, actors: 1.403, numbers: 3.186, numberConflict: 0 };
