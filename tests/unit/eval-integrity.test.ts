// The eval must be able to fail (issue 10): no near-copies of a claim among
// its paraphrase queries, no fitting on the frozen held-out set, every file
// the eval reads present and non-empty.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDb, devQueries, frozenQueries, queryFile, ROOT } from '../eval/data';
import { leakyQueries, MAX_SHARED_WORDS, sharedWords } from '../eval/leakage';
import { examples, fit } from '../eval/fit';
import { WEIGHTS } from '../../lib/match/weights';

const db = bundledDb();
const claims = new Map(db.claims.map((c) => [c.id, c]));

describe('eval integrity', () => {
  it(`no non-verbatim dev query shares more than ${MAX_SHARED_WORDS * 100}% of its words with its claim`, () => {
    const leaky = leakyQueries(devQueries(), claims).map((x) => `line ${x.line} (${(x.shared * 100).toFixed(0)}%): ${x.q.q}`);
    expect(leaky).toEqual([]);
  });

  it('the leakage measure catches a copy and passes a real paraphrase', () => {
    const c = db.claims.find((x) => x.id === '2021-05-fbi-darkside-responsible')!;
    expect(sharedWords({ q: c.text.ru, lang: 'ru', expect: [c.id], kind: 'cross-lang' }, claims)).toBe(1);
    expect(sharedWords({ q: 'Американская контрразведка подтвердила: Colonial Pipeline взломали хакеры DarkSide', lang: 'ru', expect: [c.id], kind: 'cross-lang' }, claims)).toBeLessThanOrEqual(MAX_SHARED_WORDS);
  });

  it('the frozen held-out set is complete: 150 paraphrases (50 per language, a third across) and 60 near misses', () => {
    const fz = frozenQueries();
    const pos = fz.filter((q) => q.expect.length);
    expect(pos.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['ru', 'uk', 'en'] as const) expect(pos.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(50);
    expect(pos.filter((q) => claims.get(q.expect[0])?.quoteLang !== q.lang).length).toBeGreaterThanOrEqual(50);
    expect(fz.filter((q) => !q.expect.length).length).toBeGreaterThanOrEqual(60);
    expect(pos.flatMap((q) => q.expect).filter((id) => !claims.has(id))).toEqual([]);
    expect(new Set(pos.map((q) => claims.get(q.expect[0])!.event)).size).toBe(new Set(db.claims.map((c) => c.event)).size);
  });

  // A set written blind (tests/eval/dev7.jsonl…) waits beside the training queries until a pass has been measured
  // on it; one that is also in queries.jsonl (appended without being removed, or copied into it) is no longer blind.
  it('a blind set waiting in tests/eval is valid, within the leakage rule, and shares no query with the training set', () => {
    const training = new Set(devQueries().map((q) => q.q));
    const blind = readdirSync(join(ROOT, 'tests/eval')).filter((f) => f.endsWith('.jsonl') && f !== 'queries.jsonl');
    for (const f of blind) {
      const qs = queryFile(join(ROOT, 'tests/eval', f));
      expect(qs.flatMap((q) => q.expect).filter((id) => !claims.has(id)), f).toEqual([]);
      expect(leakyQueries(qs, claims).map((x) => `${f} line ${x.line}`)).toEqual([]);
      expect(qs.filter((q) => training.has(q.q)).map((q) => `${f}: ${q.q.slice(0, 60)}`)).toEqual([]);
    }
  });

  it('the fit never reads the frozen set', () => {
    const fit = readFileSync(join(ROOT, 'scripts/fit.ts'), 'utf8') + readFileSync(join(ROOT, 'tests/eval/fit.ts'), 'utf8');
    expect(fit).not.toMatch(/frozen/i);
  });

  it('the committed weights are what `npm run fit` gives (deterministic fit on the dev queries)', () => {
    const w = fit(examples(db, devQueries()));
    expect(w).toEqual(WEIGHTS);
    // And the fit reacts to its data: without the no-match queries the bias differs.
    expect(fit(examples(db, devQueries().filter((q) => q.expect.length))).bias).not.toBe(WEIGHTS.bias);
  }, 60_000);
});
