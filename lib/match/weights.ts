// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.871, content: 5.728, phrase: 0, specific: 6.177, speaker: 2.25, actors: 0.498, numbers: 1.098, numberConflict: 0, verbatim: 4.124, date: 0, foreign: -0.734, quoted: 1.308 };
