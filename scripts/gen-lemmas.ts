// `npm run lemmas [-- --check]`: expands the Hunspell dictionaries
// dictionary-ru (BSD-3-Clause) and dictionary-uk (GPL-3.0) — their suffix
// rules applied to every entry — into word-form → lemma tables for the words
// that matter to matching, and writes assets/lemmas/{ru,uk}.json (issue 10,
// class 2: "запити" → "запит", "предметній" → "предметний"), and WordNet's
// irregular English forms (wink-lexicon, MIT) into assets/lemmas/en.json
// ("sought" → "seek"). Only the derived tables ship; the dictionaries and
// wink-lexicon are devDependencies. `--check` writes nothing
// and exits 1 when the committed tables differ (tests/unit/lemmas.test.ts).
// New tables change the lexicon's stems too: run `npm run lexicon` after.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { exceptionTable, lemmaTable, type DictLang } from '../lib/text/lemma-gen';
import { claimFilePaths } from '../lib/claims/node-files';

const ROOT = join(import.meta.dirname, '..');
const out = (s: string) => process.stdout.write(`${s}\n`);

/** Every string value in a JSON document (texts, quotes, names, wordings). */
function strings(v: unknown, acc: string[] = []): string[] {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, acc);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, acc);
  return acc;
}

// The vocabulary that matters: the words of the claim database (texts,
// quotes, contexts, actor names), the role wordings and the lexicon. A query
// word only needs the table when one of its lemma's forms is on the claim side.
const sources = [
  ...claimFilePaths(join(ROOT, 'assets/claims')),
  join(ROOT, 'assets/roles.json'),
  join(ROOT, 'assets/lexicon/concepts.json'),
];
const text = sources.flatMap((p) => strings(JSON.parse(readFileSync(p, 'utf8')))).join('\n');

const check = process.argv.includes('--check');
let stale = false;
mkdirSync(join(ROOT, 'assets/lemmas'), { recursive: true });
/** Writes (or, with --check, compares) one table. */
function emit(lang: string, about: string, source: string, license: string, made: ReturnType<typeof lemmaTable>, t0: number): void {
  const { table, stats } = made;
  const json = `${JSON.stringify({ about, source, license, lemmas: table }, null, 0).replace(/,"/g, ',\n"')}\n`;
  const path = join(ROOT, `assets/lemmas/${lang}.json`);
  let old = '';
  try { old = readFileSync(path, 'utf8'); } catch { /* first run */ }
  if (old !== json) stale = true;
  if (!check) writeFileSync(path, json);
  out(`${lang}: ${stats.entries} entries, ${stats.vocabulary} vocabulary words, ${stats.keptLemmas} lemmas kept, ${stats.forms} forms written, ${stats.ambiguous} ambiguous left out; ${(json.length / 1024).toFixed(0)} KB chars; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const CODES = 'Each entry: lemma → space-separated forms, each written as the number of letters cut from the lemma\'s end followed by the letters added.';
for (const lang of ['ru', 'uk'] as DictLang[]) {
  const dir = join(ROOT, 'node_modules', `dictionary-${lang}`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  const t0 = performance.now();
  const about =
    `Word form → lemma table derived from dictionary-${lang} ${pkg.version} (${pkg.license}) by scripts/gen-lemmas.ts; ` +
    'only forms of lemmas that occur in the claim database, roles and lexicon, and only where the Snowball stem of the form ' +
    `differs from the stem of its lemma and the form has one lemma. ${CODES}`;
  emit(lang, about, `dictionary-${lang}@${pkg.version}`, pkg.license, lemmaTable(aff, dic, text, lang), t0);
}

// English: WordNet's lists of irregular verb and noun forms, as wink-lexicon ships them (CommonJS objects form → lemma).
{
  const require = createRequire(import.meta.url);
  const pkg = require('wink-lexicon/package.json') as { version: string; license: string };
  const lists = ['wn-verb-exceptions', 'wn-noun-exceptions'].map((f) => require(`wink-lexicon/src/${f}.js`) as Record<string, string>);
  const t0 = performance.now();
  const about =
    `Irregular English form → lemma table derived from WordNet's verb and noun exception lists in wink-lexicon ${pkg.version} (${pkg.license}; ` +
    'WordNet 3.0 licence) by scripts/gen-lemmas.ts; only lemmas the claim database, roles and lexicon use (or a form of them), and only ' +
    `forms whose Snowball stem differs from their lemma's and that have one lemma in both lists. ${CODES}`;
  emit('en', about, `wink-lexicon@${pkg.version}`, pkg.license, exceptionTable(lists, text), t0);
}
if (check) {
  out(stale ? 'assets/lemmas differ from what the dictionaries give: run npm run lemmas' : 'assets/lemmas up to date');
  process.exit(stale ? 1 : 0);
}
