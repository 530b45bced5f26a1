// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -10.013, content: 8.076, phrase: 0, specific: 5.956, speaker: 2.948, actors: 1.416, numbers: 0.985, numberConflict: 0, verbatim: 3.072, date: 0, foreign: -1.141, quoted: 0.711 };
