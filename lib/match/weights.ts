// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.823, content: 9.572, phrase: 0, specific: 3.396, speaker: 1.671, actors: 1.841, numbers: 1.944, numberConflict: 0, verbatim: 2.511 };
