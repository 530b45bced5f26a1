// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.547, content: 7.159, phrase: 0, specific: 6.124, speaker: 2.234, actors: 0.494, numbers: 1.205, numberConflict: 0, verbatim: 3.904, date: 0, foreign: -0.543, quoted: 0.903 };
