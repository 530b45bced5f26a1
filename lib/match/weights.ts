// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.122, content: 6.873, phrase: 0, specific: 5.855, speaker: 2.306, actors: 0.456, numbers: 1.267, numberConflict: 0, verbatim: 3.958, date: 0, foreign: -0.645, quoted: 1.007 };
