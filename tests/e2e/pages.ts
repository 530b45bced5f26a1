// The fixture pages the end-to-end tests serve, with the URL each is served at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Served } from './harness';

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
