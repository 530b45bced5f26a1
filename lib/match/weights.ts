// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.186, content: 6.887, phrase: 0, specific: 5.936, speaker: 2.309, actors: 0.434, numbers: 1.212, numberConflict: 0, verbatim: 3.952, date: 0, foreign: -0.644, quoted: 0.978 };
