// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.289, content: 10.564, phrase: 0, specific: 3.269, speaker: 1.747, actors: 1.37, numbers: 2.629, numberConflict: 0 };
