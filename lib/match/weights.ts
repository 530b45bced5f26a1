// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.814, content: 4.849, phrase: 0, specific: 6.15, speaker: 2.451, actors: 0.43, numbers: 1.419, numberConflict: 0, verbatim: 4.333, date: 0, foreign: -0.849, quoted: 1.75 };
