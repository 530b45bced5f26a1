// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.786, content: 4.817, phrase: 0, specific: 6.115, speaker: 2.477, actors: 0.464, numbers: 1.424, numberConflict: 0, verbatim: 4.334, date: 0, foreign: -0.852, quoted: 1.785 };
