// `npm run eval -- --blind FILE` (docs/matching.md, Eval): a set written blind is measured before anything is
// learnt from it, on aggregates only. If it printed a query, a miss or a score, looking at the result would
// unblind the set; a hand-written file with a bad line must fail with its line number, not count as a miss.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../eval/data';

const run = (file: string) => promisify(execFile)('npx', ['tsx', 'scripts/eval.ts', '--blind', file], { cwd: ROOT }).then(
  (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
);
const dir = mkdtempSync(join(tmpdir(), 'sverka-blind-'));
const write = (name: string, lines: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
  return path;
};

describe('eval --blind', () => {
  it('prints aggregates only: no query text and no claim id', async () => {
    const file = write('blind.jsonl', [
      { q: 'Лавров сказал, что Вашингтон долго не отвечал на письмо Генпрокуратуры', lang: 'ru', expect: ['2015-11-lavrov-no-answer-for-long'], kind: 'paraphrase' },
      { q: 'Zebras crossed the Limpopo river at dawn', lang: 'en', expect: [], kind: 'negative' },
    ]);
    const r = await run(file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/aggregates only/);
    expect(r.out).toMatch(/within a language\s+n=\s*1/);
    expect(r.out).toMatch(/no-match queries\s+n=\s*1\s+matched 0/);
    expect(r.out).toMatch(/misses: the expected claim ranked first below the threshold \d+, 2nd–3rd \d+, lower \d+, not retrieved \d+ \(of [01]\)/);
    expect(r.out).not.toMatch(/Генпрокуратуры|Limpopo|2015-11-lavrov/);
  }, 60_000);

  it('fails on a bad line with its number, and on an unknown claim id', async () => {
    const bad = await run(write('bad.jsonl', [{ q: 'ok', lang: 'en', expect: [], kind: 'negative' }, { q: 'x', lang: 'de', expect: [], kind: 'negative' }]));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/line 2: needs q, lang/);
    const unknown = await run(write('unknown.jsonl', [{ q: 'text', lang: 'en', expect: ['no-such-claim'], kind: 'paraphrase' }]));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown claim ids: no-such-claim/);
  }, 60_000);
});
