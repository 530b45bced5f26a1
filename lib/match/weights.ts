// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -8.855, content: 5.755, phrase: 0, specific: 6.146, speaker: 2.245, actors: 0.495, numbers: 1.096, numberConflict: 0, verbatim: 4.114, date: 0, foreign: -0.737, quoted: 1.43 };
