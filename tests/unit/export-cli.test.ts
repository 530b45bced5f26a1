// `sverka export` as a colleague runs it: several exports merged and
// de-duplicated into one CSV, Markdown or JSON-LD file on stdout, and a clear
// message with a non-zero exit for anything invalid, printing nothing then.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseJsonLd } from '../../lib/annotations/export';
import { W3CCollection } from '../fixtures/annotations/w3c-model';

const ROOT = process.cwd();
const FIX = (name: string) => join(ROOT, 'tests/fixtures/annotations', name);

function sverka(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/sverka.mjs'), 'export', ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const both = ['--from', FIX('alice.jsonld'), '--from', FIX('bob.jsonld')];

describe('sverka export', () => {
  it('merges two colleagues\' files into one JSON-LD collection, skipping the re-exported duplicate', () => {
    const run = sverka(...both, '--to', 'jsonld');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skipped duplicate b0b0b0b0-aaaa-4bbb-8ccc-ddddeeeeffff: the same page, quote and note as 3f1c2b7e-8d4a-4c1e-9b2f-0a6d5e4c3b21 in alice.jsonld');
    expect(run.stderr).toContain('3 annotation(s) from 2 file(s), 1 duplicate(s) skipped.');
    expect(W3CCollection.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    const parsed = parseJsonLd('out', run.stdout);
    expect(parsed.ok && parsed.value.map((a) => a.id)).toEqual([
      '3f1c2b7e-8d4a-4c1e-9b2f-0a6d5e4c3b21', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'b0b0b0b0-1111-4222-8333-444455556666',
    ]);
  });

  it('writes CSV with a BOM, CRLF rows and neutralised formulas', () => {
    const run = sverka(...both, '--to', 'csv');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFid,url,outlet,')).toBe(true);
    const rows = Papa.parse<string[]>(run.stdout.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
    expect(rows[3][5]).toBe(`'=HYPERLINK("https://evil.example","click") was the headline`);
  });

  it('writes Markdown in the chosen language, citing statements from the bundled database', () => {
    const run = sverka('--from', FIX('alice.jsonld'), '--to', 'md', '--lang', 'ru');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Заметки Sverka\n\nЗаметок: 2\n/);
    expect(run.stdout).toContain('— ТАСС, “Чиновник: направлены десятки запросов”, 16 июня 2021 г., <https://tass.ru/politika/example-fixture>');
  });

  it('exits 1 naming each invalid file and the problem, printing nothing on stdout', () => {
    const run = sverka('--from', FIX('alice.jsonld'), '--from', FIX('broken.jsonld'), '--from', FIX('missing.jsonld'), '--to', 'csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error: broken.jsonld was not imported: it breaks the Web Annotation model in 1 place.');
    expect(run.stderr).toContain('annotation 1 (urn:uuid:00000000-0000-4000-8000-000000000001) has no "target"');
    expect(run.stderr).toContain(`error: ${FIX('missing.jsonld')}: cannot be read (ENOENT)`);
    expect(run.stderr).toContain('2 invalid input file(s); nothing was written.');
  });

  it('exits 2 with the usage for wrong arguments', () => {
    for (const args of [['--to', 'csv'], ['--from', FIX('alice.jsonld'), '--to', 'pdf'], ['--from', FIX('alice.jsonld')], ['--from', FIX('alice.jsonld'), '--to', 'md', '--lang', 'de']]) {
      const run = sverka(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: sverka export --from FILE.jsonld');
      expect(run.stdout).toBe('');
    }
  });
});
