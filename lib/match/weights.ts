// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.877, content: 4.344, phrase: 0, specific: 6.01, speaker: 2.22, actors: 0.51, numbers: 1.178, numberConflict: 0, verbatim: 4.3, date: 0, foreign: -0.762, quoted: 1.321, cover: 1.712 };
