// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.632, content: 8.592, phrase: 0, specific: 5.011, speaker: 1.8, actors: 1.593, numbers: 2.072, numberConflict: 0, verbatim: 2.848 };
