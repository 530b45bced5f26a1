// Records a new extraction golden case, the way Mozilla Readability's
// test/generate-testcase.js does: run the extractor on a saved page and write
// what it produced next to the page, for a human to review and commit.
//
//   npx tsx scripts/record-golden.ts tests/fixtures/pages/<slug>.html <url> [--force]
//
// Writes tests/fixtures/pages/<slug>.expected.json in the shape of an
// index.json entry: title, dates, dateline, language, and every extracted
// sentence as mustContain. Review it: delete sentences that are boilerplate
// (and add them to mustNotContain), fix what the extractor got wrong, then run
// `npx vitest run tests/unit/extract-seed-pages.test.ts`, which picks up every
// *.expected.json in that folder. Existing files are kept unless --force.
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../lib/extract';
import { loadPage, type SeedPage } from '../tests/unit/extract-helpers';

function main(argv: string[]): number {
  const force = argv.includes('--force');
  const [file, url] = argv.filter((a) => !a.startsWith('--'));
  if (!file || !url || !/\.html?$/.test(file)) {
    console.error('usage: tsx scripts/record-golden.ts <page.html> <original url> [--force]');
    return 2;
  }
  const out = file.replace(/\.html?$/, '.expected.json');
  if (fs.existsSync(out) && !force) {
    console.error(`${out} exists (real-pages keep third-party gold under that name); pass --force to overwrite.`);
    return 1;
  }
  const started = Date.now();
  const result = extractArticle(loadPage(file, url), new URL(url));
  const ms = Date.now() - started;
  let entry: SeedPage;
  if (!result.ok) {
    entry = { file: path.basename(file), url, outlet: null, expect: 'not-article' };
    console.log(`${result.reason}: ${result.detail}`);
    if (result.reason !== 'not-article') console.warn('Only not-article is a recordable failure; check the page.');
  } else {
    const a = result.article;
    entry = {
      file: path.basename(file), url, outlet: a.outletId ?? null, lang: a.lang, title: a.title,
      published: a.published?.iso.slice(0, 10), publishedSource: a.published?.source,
      dateline: a.dateline ?? null, datesDisagree: a.datesDisagree,
      mustContain: a.sentences.map((s) => s.text),
      mustNotContain: [],
    };
    console.log(`${a.title}\n${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${a.lang}, published ${a.published?.iso ?? '?'} (${a.published?.source ?? '-'}), dateline ${a.dateline?.text ?? '-'}; ${ms} ms`);
  }
  fs.writeFileSync(out, `${JSON.stringify(entry, null, 2)}\n`);
  console.log(`wrote ${out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
