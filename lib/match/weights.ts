// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.835, content: 4.825, phrase: 0, specific: 6.19, speaker: 2.452, actors: 0.425, numbers: 1.338, numberConflict: 0, verbatim: 4.342, date: 0, foreign: -0.851, quoted: 1.754 };
