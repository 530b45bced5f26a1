// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.396, content: 7.32, phrase: 0, specific: 6.025, speaker: 2.275, actors: 0.461, numbers: 1.217, numberConflict: 0, verbatim: 3.885, date: 0, foreign: -0.625, quoted: 0.862 };
