// The feed both import benchmarks (bench-import-browser.ts, bench-import-firefox.ts)
// import: N items (`-- N` on the command line, default 200,000) of the generated
// ClaimReview DataFeed `npm run bench` uses (tests/eval/feed.ts), written to a
// temporary file so the browser's file input can take it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import { generateFeed, otherVocabulary } from '../tests/eval/feed';
import { extendVocabulary } from '../tests/eval/synthetic';

/** Writes the feed; exits with a usage line when the item count is not a whole number ≥ 100. */
export function benchFeed(script: string): { n: number; feed: string; remove: () => void } {
  const n = Number(process.argv[2] ?? 200_000);
  if (!Number.isInteger(n) || n < 100) {
    process.stderr.write(`usage: npm run ${script} [-- N]   (N ≥ 100 items)\n`);
    process.exit(2);
  }
  const other = otherVocabulary(ROOT);
  const vocab = {
    ru: extendVocabulary([], 'ru', 50_000), uk: extendVocabulary([], 'uk', 50_000), en: extendVocabulary([], 'en', 50_000), de: other.de, es: other.es,
  };
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-import-'));
  const feed = join(dir, 'example-feed.json');
  writeFileSync(feed, generateFeed(n, vocab).text);
  return { n, feed, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
