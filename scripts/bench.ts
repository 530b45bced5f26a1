// `npm run bench`: speed of matching, measured (not asserted). Prints
// medians and p95 for quote lookup and a 2,000-word article against the
// bundled database and synthetic databases of 10k and 100k claims; index
// build/serialize/load time and heap; matching time relative to
// Readability's own parse of real pages; and a brief MiniSearch-vs-Orama
// comparison. Targets (docs/matching.md): at 100k, quote p95 ≤ 20 ms and a
// 2,000-word article ≤ 100 ms; on real pages matching adds ≤ 25% to Readability.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { ClaimDatabase } from '../lib/claims/schema';
import { Matcher } from '../lib/match';
import { analyze } from '../lib/text/analyze';
import { detectLang } from '../lib/text/lang';
import { splitSentences } from '../lib/text/sentences';
import { bundledDb, documentOf, realPages, ROOT } from '../tests/eval/data';
import { pageText } from '../tests/eval/extract';
import { extendVocabulary, prng, syntheticDatabase, vocabulary } from '../tests/eval/synthetic';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const now = () => performance.now();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const mb = (x: number) => `${(x / 1048576).toFixed(1)} MB`;
const stats = (xs: number[]) => `median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}`;
const out = (s = '') => process.stdout.write(`${s}\n`);

const started = now();
const bundled = bundledDb();
const pages = realPages();
const seedsDir = resolve(ROOT, '../shared/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));

// Real article texts, by language, give the vocabulary and the test articles.
const texts = await Promise.all(pages.map(async ([name, html]) => ({ name, html, page: await pageText(html, `https://example.org/${name}`) })));
const byLang = { ru: [...seeds], uk: [] as string[], en: [] as string[] };
for (const t of texts) {
  const lang = detectLang(t.page.text);
  if (lang !== 'other') byLang[lang].push(t.page.text);
}
// Real words first, then a long tail of made-up ones (Heaps' law: ~50k terms per language at 100k claims).
const vocab = {
  ru: extendVocabulary(vocabulary(byLang.ru.join('\n')), 'ru', 50_000),
  uk: extendVocabulary(vocabulary(byLang.uk.join('\n')), 'uk', 50_000),
  en: extendVocabulary(vocabulary(byLang.en.join('\n')), 'en', 50_000),
};
out(`sverka bench — node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${bundled.claims.length} bundled claims, ${pages.length} real pages (sentences via ${texts[0]?.page.via})`);
out(`vocabulary for synthetic claims: ${vocabulary(byLang.ru.join('\n')).length} ru, ${vocabulary(byLang.uk.join('\n')).length} uk, ${vocabulary(byLang.en.join('\n')).length} en real words, extended to ${vocab.ru.length} per language\n`);

// A 2,000-word article: the seed texts, then real-page sentences.
const articleSentences: { text: string; start: number; end: number }[] = [];
let words = 0;
let offset = 0;
for (const text of [...seeds, ...texts.map((t) => t.page.text)]) {
  for (const s of splitSentences(text)) {
    if (words >= 2000) break;
    articleSentences.push({ text: s.text, start: offset, end: offset + s.text.length });
    offset += s.text.length + 1;
    words += s.text.split(/\s+/).length;
  }
}

function quoteQueries(db: ClaimDatabase, n: number): string[] {
  const rnd = prng(7);
  const qs: string[] = [];
  const realSentences = texts.flatMap((t) => t.page.sentences.map((s) => s.text)).filter((s) => s.split(' ').length >= 5);
  for (let i = 0; i < n; i++) {
    if ((i % 3 === 2 || !db.claims.length) && realSentences.length) {
      qs.push(realSentences[Math.floor(rnd() * realSentences.length)]);
      continue;
    }
    const c = db.claims[Math.floor(rnd() * db.claims.length)];
    const src = [c.text.ru, c.text.uk, c.text.en, c.quote][Math.floor(rnd() * 4)].split(/\s+/);
    const len = 5 + Math.floor(rnd() * 15);
    const at = Math.floor(rnd() * Math.max(1, src.length - len));
    qs.push(src.slice(at, at + len).join(' '));
  }
  return qs;
}

function benchDb(label: string, db: ClaimDatabase): void {
  out(`## ${label}: ${db.claims.length} claims`);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let t = now();
  const matcher = Matcher.build(db);
  const build = now() - t;
  gc();
  const heap = process.memoryUsage().heapUsed - heap0;
  t = now();
  const serialized = matcher.serialize();
  const ser = now() - t;
  t = now();
  const loaded = Matcher.load(db, serialized);
  const load = now() - t;
  out(`index: build ${ms(build)}, heap +${mb(heap)}; serialize ${ms(ser)} (${mb(serialized.length)}); load ${ms(load)}`);

  const qs = quoteQueries(db, db.claims.length > 1000 ? 300 : 150);
  for (const q of qs.slice(0, 20)) loaded.matchText(q); // warm-up
  const quote = qs.map((q) => {
    const t0 = now();
    loaded.matchText(q);
    return now() - t0;
  });
  out(`quote lookup (${qs.length} queries, 5–20 words): ${stats(quote)}`);
  loaded.matchSentences(articleSentences);
  const article = Array.from({ length: 12 }, () => {
    const t0 = now();
    loaded.matchSentences(articleSentences);
    return now() - t0;
  });
  out(`article (${words} words, ${articleSentences.length} sentences): ${stats(article)}\n`);
}

benchDb('bundled database', bundled);
const synthetic10k = syntheticDatabase(bundled, 10_000, vocab);
benchDb('synthetic 10k', synthetic10k);
benchDb('synthetic 100k', syntheticDatabase(bundled, 100_000, vocab));

// Matching relative to Readability's own parse, per real page, bundled data.
out('## matching vs Readability.parse() on real pages (bundled database)');
const matcher = Matcher.build(bundled);
let sumR = 0;
let sumM = 0;
for (const t of texts) {
  const r = Array.from({ length: 3 }, () => {
    const doc = documentOf(t.html, `https://example.org/${t.name}`);
    const t0 = now();
    new Readability(doc).parse();
    return now() - t0;
  });
  const m = Array.from({ length: 5 }, () => {
    const t0 = now();
    matcher.matchSentences(t.page.sentences);
    return now() - t0;
  });
  const rm = quantile(r, 0.5);
  const mm = quantile(m, 0.5);
  sumR += rm;
  sumM += mm;
  out(`  ${t.name.padEnd(20)} readability ${ms(rm).padStart(9)}  matching ${ms(mm).padStart(8)}  +${((100 * mm) / rm).toFixed(1)}%  (${t.page.sentences.length} sentences)`);
}
out(`  total: readability ${ms(sumR)}, matching ${ms(sumM)} → matching adds ${((100 * sumM) / sumR).toFixed(1)}% (target ≤ 25%)\n`);

// MiniSearch vs Orama on the same analysed terms (10k claims).
out('## search engine: MiniSearch vs Orama, 10k claims, same analysed terms');
const docs = synthetic10k.claims.map((c, id) => ({
  id: String(id),
  ru: analyze(c.text.ru, 'ru').terms.map((x) => x.stem).join(' '),
  uk: analyze(c.text.uk, 'uk').terms.map((x) => x.stem).join(' '),
  en: analyze(c.text.en, 'en').terms.map((x) => x.stem).join(' '),
}));
const split = (s: string) => (s ? s.split(' ') : []);
const engineQueries = quoteQueries(synthetic10k, 200).map((q) => analyze(q).terms.map((x) => x.stem).join(' ')).filter(Boolean);
let t0 = now();
const mini = new MiniSearch({ fields: ['ru', 'uk', 'en'], tokenize: split, processTerm: (x: string) => x });
mini.addAll(docs);
const miniBuild = now() - t0;
const miniQ = engineQueries.map((q) => {
  const t1 = now();
  mini.search(q, { tokenize: split, processTerm: (x: string) => x });
  return now() - t1;
});
t0 = now();
const orama = create({ schema: { ru: 'string', uk: 'string', en: 'string' } as const, components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: split } } });
await insertMultiple(orama, docs.map(({ id, ...rest }) => ({ id, ...rest })));
const oramaBuild = now() - t0;
const oramaQ: number[] = [];
for (const q of engineQueries) {
  const t1 = now();
  await oramaSearch(orama, { term: q, properties: ['ru', 'uk', 'en'], limit: 12 });
  oramaQ.push(now() - t1);
}
out(`  MiniSearch: build ${ms(miniBuild)}, query ${stats(miniQ)}; toJSON/loadJSON built in`);
out(`  Orama:      build ${ms(oramaBuild)}, query ${stats(oramaQ)}; persistence needs @orama/plugin-data-persistence`);
out(`\nbench finished in ${((now() - started) / 1000).toFixed(1)} s (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; timings on a busy 2-core machine vary up to 3x)`);
