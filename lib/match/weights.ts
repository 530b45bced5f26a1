// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -10.308, content: 7.304, phrase: 0, specific: 6.423, speaker: 2.67, actors: 1.212, numbers: 0.765, numberConflict: 0, verbatim: 3.294, date: 0, foreign: -0.541, quoted: 0.808 };
