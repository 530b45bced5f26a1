// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.147, content: 7.287, phrase: 0, specific: 5.968, speaker: 2.047, actors: 0.484, numbers: 1.046, numberConflict: 0, verbatim: 3.739, date: 0, foreign: -0.441, quoted: 0.805 };
