// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.727, content: 5.276, phrase: 0, specific: 5.82, speaker: 2.45, actors: 0.46, numbers: 1.249, numberConflict: 0, verbatim: 4.199, date: 0, foreign: -0.838, quoted: 1.622 };
