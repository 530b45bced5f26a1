// The fixture pages the end-to-end tests serve, with the URL each is served at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Served } from './harness';
import { outletForUrl } from '../../lib/outlets';

export interface FixturePage {
  file: string;
  url: string;
  outlet?: string;
  lang?: string;
  title?: string;
  published?: string;
  expect?: 'not-article';
  dateline?: { day: number; month: number } | null;
  datesDisagree?: boolean;
}

const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

export function seedPages(): FixturePage[] {
  return JSON.parse(readFileSync(join(PAGES_DIR, 'index.json'), 'utf8')) as FixturePage[];
}

export function served(page: FixturePage): Served {
  return { url: page.url, body: readFileSync(join(PAGES_DIR, page.file)) };
}

/** A page for the extraction-path suite and `npm run bench:page`: its bytes and the URL it is served at. */
export interface BenchPage {
  name: string;
  url: string;
  /** True when served at its original URL; false: under a registry host, where the content script runs by itself. */
  original: boolean;
  /** True for pages that match claims in the bundled database (so Sverka highlights sentences). */
  findings: boolean;
  body: Buffer;
}

const REAL_DIR = join(ROOT, 'tests/fixtures/real-pages');

/**
 * Every real outlet page (tests/fixtures/real-pages) and every seed page. A page whose original host is outside the
 * registry is served under a registry host instead (the toolbar grant that would read it there cannot be given
 * from a test), where the same content script runs on the same DOM by itself.
 */
export function benchPages(): BenchPage[] {
  const at = (name: string, url: string) => (outletForUrl(url) ? { url, original: true } : { url: `https://www.kommersant.ru/__fixture/${name}`, original: false });
  const real = [...readFileSync(join(REAL_DIR, 'SOURCES.md'), 'utf8').matchAll(/### (\S+)\.html[\s\S]*?original URL: (\S+)/g)].map((m) => ({
    name: m[1],
    ...at(m[1], m[2]),
    findings: false,
    body: readFileSync(join(REAL_DIR, `${m[1]}.html`)),
  }));
  const seeds = seedPages().map((p) => {
    const name = `seed:${p.file.replace(/\.html$/, '')}`;
    return { name, ...at(p.file.replace(/\.html$/, ''), p.url), findings: p.expect !== 'not-article', body: readFileSync(join(PAGES_DIR, p.file)) };
  });
  return [...real, ...seeds];
}
