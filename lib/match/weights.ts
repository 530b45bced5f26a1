// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.731, content: 5.201, phrase: 0, specific: 5.851, speaker: 2.453, actors: 0.46, numbers: 1.399, numberConflict: 0, verbatim: 4.227, date: 0, foreign: -0.834, quoted: 1.655 };
