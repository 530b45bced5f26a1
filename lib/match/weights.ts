// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -10.33, content: 7.29, phrase: 0, specific: 6.451, speaker: 2.684, actors: 1.209, numbers: 0.755, numberConflict: 0, verbatim: 3.3, date: 0, foreign: -0.547, quoted: 0.809 };
