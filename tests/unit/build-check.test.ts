// Issue 11, item 6: `npm run build` fails on invalid bundled data. The WXT
// hook in wxt.config.ts is called here directly (a full build takes a minute),
// on the real data, on a copy with one broken date and on a lexicon whose
// committed stems are stale.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const hook = () => (config.hooks as Record<string, () => Promise<void>>)['build:before']();

afterEach(() => {
  delete process.env.SVERKA_CLAIMS_DIR;
  delete process.env.SVERKA_LEXICON_DIR;
});

describe('bundled data checked at build', () => {
  it('passes on the bundled data', async () => {
    await expect(hook()).resolves.toBeUndefined();
  });

  it('stops the build naming file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-claims-'));
    cpSync(resolve(import.meta.dirname, '../../assets/claims'), dir, { recursive: true });
    const file = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'actors.json').sort()[0];
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const id = data.claims[0].id;
    data.claims[0].date = '16 June 2021';
    writeFileSync(join(dir, file), JSON.stringify(data));
    process.env.SVERKA_CLAIMS_DIR = dir;
    await expect(hook()).rejects.toThrow(new RegExp(`bundled claim data is invalid[\\s\\S]*${file}: claims:${id} \\(date\\): expected YYYY-MM-DD`));
  });

  it("stops the build when the lexicon's committed stems are not what the stemmer gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-lexicon-'));
    cpSync(resolve(import.meta.dirname, '../../assets/lexicon'), dir, { recursive: true });
    const stems = JSON.parse(readFileSync(join(dir, 'stems.json'), 'utf8'));
    stems.concepts[0][1].pop();
    writeFileSync(join(dir, 'stems.json'), JSON.stringify(stems));
    process.env.SVERKA_LEXICON_DIR = dir;
    await expect(hook()).rejects.toThrow(/the lexicon is invalid[\s\S]*npm run lexicon/);
  });
});
