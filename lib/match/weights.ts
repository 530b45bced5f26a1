// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.024, content: 7.004, phrase: 0, specific: 6.091, speaker: 1.827, actors: 1.246, numbers: 2.005, numberConflict: 0, verbatim: 3.22 };
