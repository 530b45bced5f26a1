// The `sverka match` command-line contract, run as a user runs it
// (node bin/sverka.mjs), against a fixed database passed with --db.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sverka } from '../eval/cli';
import { TINY_DB } from '../eval/tiny-db';

let dbFile = '';

beforeAll(() => {
  dbFile = join(mkdtempSync(join(tmpdir(), 'sverka-cli-')), 'db.json');
  writeFileSync(dbFile, JSON.stringify(TINY_DB));
});

const QUOTE = 'о 80 запросах о киберпреступлениях, направленных в Штаты и оставшихся без ответов';

describe('sverka match', () => {
  it('prints JSON {query, matches} with the contract fields, best first', () => {
    const r = sverka(['match', '--db', dbFile, '--json', QUOTE]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query).toBe(QUOTE);
    expect(out.matches[0]).toMatchObject({ claimId: 'putin-80-requests', speaker: { id: 'vladimir-putin' }, date: '2021-06-16' });
    for (const key of ['claimId', 'score', 'speaker', 'date', 'quote', 'text', 'sources']) expect(out.matches[0]).toHaveProperty(key);
    expect(Object.keys(out.matches[0].text).sort()).toEqual(['en', 'ru', 'uk']);
  });
  it('reads the text from stdin with "-"', () => {
    const r = sverka(['match', '--db', dbFile, '--json', '-'], QUOTE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).matches[0].claimId).toBe('putin-80-requests');
  });
  it('--jsonl answers one line per input line', () => {
    const r = sverka(['match', '--db', dbFile, '--jsonl'], `${QUOTE}\nПутин обсудил цены на газ с партнерами\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].matches[0].claimId).toBe('putin-80-requests');
    expect(lines[1]).toEqual({ query: 'Путин обсудил цены на газ с партнерами', matches: [] });
  });
  it('--top limits the number of matches', () => {
    const text = 'Россия направила в США 80 запросов о киберпреступлениях и не получила ответа. Атаки на систему здравоохранения координировались из киберпространства США.';
    expect(JSON.parse(sverka(['match', '--db', dbFile, '--json', text]).stdout).matches.length).toBe(2);
    expect(JSON.parse(sverka(['match', '--db', dbFile, '--json', '--top', '1', text]).stdout).matches.length).toBe(1);
  });
  it('prints a readable listing without --json', () => {
    const r = sverka(['match', '--db', dbFile, QUOTE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. \d\.\d\d {2}Владимир Путин, 2021-06-16 {2}\[putin-80-requests\]/);
  });
  it('fails clearly on empty text and bad options', () => {
    const empty = sverka(['match', '--db', dbFile, '-'], '   \n');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/empty/);
    expect(sverka(['match', '--db', dbFile]).code).toBe(2);
    expect(sverka(['match', '--db', dbFile, '--top', 'x', 'text']).stderr).toMatch(/--top/);
  });
});
