// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -10.04, content: 8.293, phrase: 0, specific: 5.886, speaker: 2.904, actors: 1.432, numbers: 1.006, numberConflict: 0, verbatim: 3.016, date: 0, foreign: -1.123, quoted: 0.665 };
