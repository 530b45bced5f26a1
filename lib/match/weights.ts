// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.875, content: 7.546, phrase: 0, specific: 5.699, speaker: 2.993, actors: 1.44, numbers: 1.014, numberConflict: 0, verbatim: 3.169, date: 0, foreign: -0.995, quoted: 0.891 };
