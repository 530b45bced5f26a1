// Written by `npm run fit` (scripts/fit.ts) from tests/eval/queries.jsonl; do not edit by hand.
// tests/unit/eval-integrity.test.ts checks that these are what the fit gives.
export const WEIGHTS = { bias: -9.533, content: 10.392, phrase: 0, specific: 3.929, speaker: 2.022, actors: 1.569, numbers: 3.112, numberConflict: 0 };
