// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.959, content: 9.706, phrase: 0, specific: 3.252, speaker: 1.828, actors: 1.835, numbers: 1.93, numberConflict: 0, verbatim: 2.449 };
