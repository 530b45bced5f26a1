// `npm run fit`: fits the re-rank weights and the bias on the dev queries
// (tests/eval/queries.jsonl) only, prints 5-fold cross-validated figures next
// to the in-sample ones, and writes lib/match/weights.ts. Deterministic: the
// same data gives the same file (a unit test re-runs it and compares).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDb, devQueries, ROOT } from '../tests/eval/data';
import { allowedFalsePositives, TARGETS } from '../tests/eval/evaluate';
import { crossValidate, examples, fit, score, weightsSource } from '../tests/eval/fit';

const out = (s = '') => process.stdout.write(`${s}\n`);
const db = bundledDb();
const all = examples(db, devQueries());
const cv = crossValidate(all, 5);
const w = fit(all);
const ins = score(all, w);
out(`fit on ${ins.positives + ins.negatives} dev queries (${ins.positives} labelled, ${ins.negatives} no-match) and ${all.length - ins.positives - ins.negatives} near misses from the claims themselves`);
out(`weights ${JSON.stringify(w)}`);
out(`5-fold cross-validated: recall ${cv.found}/${cv.positives} (${(cv.found / cv.positives).toFixed(3)}), false positives ${cv.falsePositives}/${cv.negatives}`);
for (const [i, f] of cv.folds.entries()) out(`  fold ${i + 1}: recall ${f.found}/${f.positives}, false positives ${f.falsePositives}/${f.negatives}`);
out(`in-sample:              recall ${ins.found}/${ins.positives} (${(ins.found / ins.positives).toFixed(3)}), false positives ${ins.falsePositives}/${ins.negatives}`);
const check = process.argv.includes('--check');
if (!check) writeFileSync(join(ROOT, 'lib/match/weights.ts'), weightsSource(w));
out(check ? 'not written (--check)' : 'wrote lib/match/weights.ts');
const allowed = allowedFalsePositives(cv.negatives);
const ok = cv.found / cv.positives >= TARGETS.cvRecall && cv.falsePositives <= allowed;
out(ok ? 'cross-validated targets met' : `BELOW TARGET: cross-validated recall ≥ ${TARGETS.cvRecall} with ≤ ${allowed} false positives in ${cv.negatives} (1 in 66)`);
if (process.env.BASE) { const { WEIGHTS } = await import('../lib/match/weights'); const b = score(all, WEIGHTS); out(`committed weights in-sample: ${b.found}/${b.positives}, fp ${b.falsePositives}`); }
