// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.609, content: 8.439, phrase: 0, specific: 5.17, speaker: 1.904, actors: 1.515, numbers: 2.002, numberConflict: 0, verbatim: 2.923 };
