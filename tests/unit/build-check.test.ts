// Issue 11, item 6: `npm run build` fails on invalid bundled data. The WXT
// hook in wxt.config.ts is called here directly (a full build takes a minute),
// on the real data and on a copy with one broken date.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const hook = () => (config.hooks as Record<string, () => Promise<void>>)['build:before']();

afterEach(() => {
  delete process.env.SVERKA_CLAIMS_DIR;
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
});
