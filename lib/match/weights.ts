// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.561, content: 9.513, phrase: 0, specific: 3.453, speaker: 1.677, actors: 1.89, numbers: 1.918, numberConflict: 0, verbatim: 2.507 };
