// `sverka db import` and `sverka match --pack`, run as a user runs them.
// Fixtures: fictional people, example.org addresses.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sverka } from '../eval/cli';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/packs', name);

describe('sverka db import', () => {
  it('--dry-run --json reports formats, counts and skips by item number, and writes nothing', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'sverka-import-')), 'store.json');
    const r = sverka(['db', 'import', fixture('factcheck-feed.jsonl'), fixture('factcheck-semicolon.csv'), '--columns', 'claim=Statement,claimant=Who,date=When,url=Link,publisher=Checker', '--dry-run', '--json', '--store', store]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject([
      { dryRun: true, ok: true, value: { fileFormat: 'jsonl', added: { claims: 2 }, items: { read: 3, accepted: 2, skipped: { 'no claim text': 1 }, firstSkipped: [{ where: 'line 2', reason: 'no claim text' }] } } },
      { dryRun: true, ok: true, value: { fileFormat: 'csv', added: { claims: 1 } } },
    ]);
    expect(existsSync(store)).toBe(false);
  });

  it('imports into a local store; a second import of the same file is refused', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'sverka-import-')), 'store.json');
    const first = sverka(['db', 'import', fixture('factcheck-feed.jsonl'), '--store', store]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('imported "factcheck-feed" (jsonl) — statements: 2');
    expect(first.stdout).toContain('line 2: no claim text');
    expect(existsSync(store)).toBe(true);
    // The rows' forward lists belong to the index segment, which the store does not keep.
    const rows = JSON.parse(readFileSync(store, 'utf8')).claimRows as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => !('forward' in r))).toBe(true);
    const again = sverka(['db', 'import', fixture('factcheck-feed.jsonl'), '--store', store]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('is already imported');
  });
});

describe('sverka match --pack', () => {
  it('finds a statement of the pack, and one in German only from German text', () => {
    const en = sverka(['match', '--pack', fixture('factcheck-feed.jsonl'), '--json', 'Harbour tariffs in Fictown rose by ninety percent last spring, the mayor Exampleton said']);
    expect(en.code).toBe(0);
    expect(JSON.parse(en.stdout).matches[0]).toMatchObject({ claimId: 'factcheck-feed-1', speaker: { name: { en: 'Martha Exampleton' } } });
    const de = sverka(['match', '--pack', fixture('factcheck-feed.jsonl'), '--json', 'In Musterstadt sind die Hafengebühren um neunzig Prozent gestiegen']);
    expect(JSON.parse(de.stdout).matches[0]?.claimId).toBe('factcheck-feed-3');
    const without = sverka(['match', '--json', 'Harbour tariffs in Fictown rose by ninety percent last spring, the mayor Exampleton said']);
    expect(JSON.parse(without.stdout).matches).toEqual([]);
  });

  it('says which file was not loaded and why', () => {
    const r = sverka(['match', '--pack', fixture('factcheck-semicolon.csv'), 'some text here to match']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/factcheck-semicolon\.csv was not loaded:\s+No fact-check in this file could be imported.\s+1 skipped: 1 no claimant/);
  });
});
