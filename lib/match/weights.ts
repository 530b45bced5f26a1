// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.4, content: 5.724, phrase: 0, specific: 5.837, speaker: 2.893, actors: 1.418, numbers: 1.201, numberConflict: 0, verbatim: 3.289, date: 0, foreign: -0.548, quoted: 1.254 };
