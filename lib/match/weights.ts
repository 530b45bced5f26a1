// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.731, content: 6.983, phrase: 0, specific: 6.276, speaker: 2.158, actors: 0.539, numbers: 1.178, numberConflict: 0, verbatim: 3.912, date: 0, foreign: -0.448, quoted: 0.937 };
