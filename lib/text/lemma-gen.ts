// Hunspell suffix expansion for scripts/gen-lemmas.ts (issue 10, class 2):
// every dictionary entry with its suffix flags is expanded into its word
// forms, and the forms of the lemmas the claim side uses become a form →
// lemma table. Node-free and pure (the script reads the files) so a unit test
// can run it on a small dictionary. Only SFX rules are read: dictionary-ru and
// dictionary-uk have no PFX, no FLAG long/num, no continuation classes.
import { snowballStem } from './stem';
import { tokenize } from './tokenize';
import { encodeForm } from './lemma-code';

export { decodeForm, encodeForm } from './lemma-code';


export type DictLang = 'ru' | 'uk';

interface Rule { strip: string; add: string; cond: RegExp }

/** SFX rules by flag character. */
export function parseAffixes(aff: string): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' || f.length < 5) continue; // the header line "SFX A Y 3" has 4 fields
    const [, flag, strip, add, cond] = f;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add.split('/')[0],
      cond: new RegExp(`${cond === '.' ? '' : cond.replace(/\./g, '[^]')}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The entries of a .dic file: word and its flags (the first line is a count). */
export function* dicEntries(dic: string): Generator<[string, string[]]> {
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].split(/\s/)[0];
    if (!line) continue;
    const slash = line.indexOf('/');
    if (slash < 0) yield [line, []];
    else yield [line.slice(0, slash), Array.from(line.slice(slash + 1))];
  }
}

/** The word forms of one entry, the word itself first, normalised as tokenize() does. */
export function expand(word: string, flags: string[], rules: Map<string, Rule[]>): string[] {
  const forms = new Set([norm(word)]);
  for (const flag of flags) {
    for (const r of rules.get(flag) ?? []) {
      if (!word.endsWith(r.strip) || !r.cond.test(word)) continue;
      forms.add(norm(word.slice(0, word.length - r.strip.length) + r.add));
    }
  }
  return [...forms];
}

// Dictionary words are plain letters: lower case, ё → е and one apostrophe is
// all tokenize() would change (checked against it in tests/unit/lemmas.test.ts).
function norm(w: string): string {
  return w.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ‘`]/g, "'");
}

/** Longest strip of any rule under these flags: a form keeps at least word.length − this of its entry's letters. */
function maxStrip(flags: string[], rules: Map<string, Rule[]>): number {
  let m = 0;
  for (const f of flags) for (const r of rules.get(f) ?? []) if (r.strip.length > m) m = r.strip.length;
  return m;
}

const P = 3;
/** Could this entry produce one of the forms whose first three letters are in `prefixes`? (A cheap filter before expanding.) */
function mayProduce(word: string, flags: string[], rules: Map<string, Rule[]>, prefixes: Set<string>): boolean {
  return word.length - maxStrip(flags, rules) < P || prefixes.has(norm(word.slice(0, P)));
}

export interface LemmaStats { entries: number; vocabulary: number; keptLemmas: number; forms: number; ambiguous: number }

/**
 * The form → lemma table for the words of `text`: lemmas with a form in the
 * text are kept; a form is written when its Snowball stem differs from its
 * lemma's (otherwise stemming already conflates it) and every dictionary entry
 * that produces it has a lemma of the same stem (an ambiguous form like
 * "стали" — сталь/стать — is left to the stemmer).
 */
export function lemmaTable(aff: string, dic: string, text: string, lang: DictLang): { table: Record<string, string>; stats: LemmaStats } {
  const rules = parseAffixes(aff);
  const vocab = new Set(tokenize(text).filter((t) => t.kind === 'word' && /[\u0400-\u04FF]/.test(t.norm)).map((t) => t.norm));
  const stem = (w: string) => snowballStem(w, lang);
  // Pass 1: lemmas with a form in the vocabulary, and their forms the stemmer splits off.
  const candidates = new Map<string, string[]>(); // form → lemmas
  const kept = new Set<string>();
  let entries = 0;
  const vocabPrefixes = new Set([...vocab].map((w) => w.slice(0, P)));
  for (const [word, flags] of dicEntries(dic)) {
    entries++;
    if (/[-\s.]/.test(word) || !mayProduce(word, flags, rules, vocabPrefixes)) continue;
    const forms = expand(word, flags, rules);
    if (!forms.some((f) => vocab.has(f))) continue;
    const lemma = forms[0];
    kept.add(lemma);
    const ls = stem(lemma);
    for (const f of forms) if (f.length > 3 && stem(f) !== ls) candidates.set(f, [...(candidates.get(f) ?? []), lemma]);
  }
  // Pass 2: every entry of the whole dictionary that produces a candidate form
  // votes with its lemma's stem, weighted by how many of its forms the claim
  // side uses: "запити" is both the plural of "запит" (request; many forms in
  // the claims) and the verb "запити" (one form) — the request wins.
  const votes = new Map<string, Map<string, number>>();
  const candidatePrefixes = new Set([...candidates.keys()].map((w) => w.slice(0, P)));
  for (const [word, flags] of dicEntries(dic)) {
    if (/[-\s.]/.test(word) || !mayProduce(word, flags, rules, candidatePrefixes)) continue;
    const forms = expand(word, flags, rules);
    if (!forms.some((f) => candidates.has(f))) continue;
    const used = forms.filter((f) => vocab.has(f)).length;
    const ls = stem(forms[0]);
    for (const f of forms) {
      if (!candidates.has(f)) continue;
      const v = votes.get(f) ?? new Map<string, number>();
      v.set(ls, Math.max(v.get(ls) ?? 0, used));
      votes.set(f, v);
    }
  }
  const byLemma = new Map<string, string[]>();
  let ambiguous = 0;
  for (const [f, lemmas] of candidates) {
    const v = [...votes.get(f)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // One reading, or one the claim side clearly prefers.
    const lemma = lemmas.find((l) => stem(l) === v[0][0]);
    if (!lemma || (v.length > 1 && v[0][1] <= v[1][1])) { ambiguous++; continue; }
    byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), encodeForm(lemma, f)]);
  }
  const { table, forms } = written(byLemma);
  return { table, stats: { entries, vocabulary: vocab.size, keptLemmas: kept.size, forms, ambiguous } };
}

/**
 * The English form → lemma table for the words of `text`, from WordNet's exception lists (irregular forms:
 * "sought" → "seek", "went" → "go", "men" → "man"; wink-lexicon ships them). Snowball handles regular
 * English inflection but leaves irregular forms apart. A lemma is kept when the claim side uses it or one
 * of its forms (by Snowball stem or as written); a form is written when its stem differs from its lemma's
 * and all lists agree on its lemma ("axes" — axe or axis — is left to the stemmer).
 */
export function exceptionTable(lists: Record<string, string>[], text: string): { table: Record<string, string>; stats: LemmaStats } {
  const stem = (w: string) => snowballStem(w, 'en');
  const vocab = new Set(tokenize(text).filter((t) => t.kind === 'word' && /^[a-z]+$/.test(t.norm)).map((t) => t.norm));
  const vocabStems = new Set([...vocab].map(stem));
  const lemmasOf = new Map<string, Set<string>>();
  let entries = 0;
  for (const list of lists) {
    for (const [form, lemma] of Object.entries(list)) {
      entries++;
      if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma)) continue;
      lemmasOf.set(form, (lemmasOf.get(form) ?? new Set()).add(lemma));
    }
  }
  const byLemma = new Map<string, string[]>();
  const kept = new Set<string>();
  let ambiguous = 0;
  for (const [form, lemmas] of lemmasOf) {
    const [lemma] = lemmas;
    if (!(vocab.has(form) || vocab.has(lemma) || vocabStems.has(stem(lemma)))) continue;
    if (lemmas.size > 1) { ambiguous++; continue; }
    if (stem(form) === stem(lemma)) continue;
    kept.add(lemma);
    byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), encodeForm(lemma, form)]);
  }
  const { table, forms } = written(byLemma);
  return { table, stats: { entries, vocabulary: vocab.size, keptLemmas: kept.size, forms, ambiguous } };
}

/** The table as shipped: lemmas in order, each with its encoded forms in order (a stable file for `--check`). */
function written(byLemma: Map<string, string[]>): { table: Record<string, string>; forms: number } {
  const table: Record<string, string> = {};
  let forms = 0;
  for (const lemma of [...byLemma.keys()].sort()) {
    const codes = byLemma.get(lemma)!.sort();
    forms += codes.length;
    table[lemma] = codes.join(' ');
  }
  return { table, forms };
}
