// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.726, content: 5.277, phrase: 0, specific: 5.815, speaker: 2.451, actors: 0.461, numbers: 1.252, numberConflict: 0, verbatim: 4.199, date: 0, foreign: -0.837, quoted: 1.622 };
