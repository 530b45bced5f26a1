// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.507, content: 8.949, phrase: 0, specific: 4.198, speaker: 1.534, actors: 1.888, numbers: 1.957, numberConflict: 0, verbatim: 2.644 };
