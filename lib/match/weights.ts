// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.184, content: 6.857, phrase: 0, specific: 5.954, speaker: 2.306, actors: 0.436, numbers: 1.214, numberConflict: 0, verbatim: 3.961, date: 0, foreign: -0.644, quoted: 0.987 };
