// The terms a claim is indexed by. lib/text's analyser (whatever stemming it
// does) serves Russian, Ukrainian and English; a claim in any other language
// (an imported German fact-check, `claim.lang`) is split by the plain Unicode
// word tokeniser, Intl.Segmenter, with each word prefixed by its language
// ("de:hafengebühren"), so it can only ever meet words of a text read in that
// same language — never a Russian stem that happens to be spelled alike.
import type { Claim } from '../claims/schema';
import { analyze } from '../text/analyze';
import type { StemFn } from '../text/stem';
import { claimVersions } from './claim-view';

const segmenters = new Map<string, Intl.Segmenter>();

type Word = { term: string; start: number; end: number };

/** Word-like segments of `text`, NFKC-normalised, as `lang`'s segmenter splits them. */
function wordSegments(text: string, lang: string): { norm: string; start: number; end: number }[] {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  const out: { norm: string; start: number; end: number }[] = [];
  for (const s of seg.segment(text)) if (s.isWordLike) out.push({ norm: s.segment.normalize('NFKC'), start: s.index, end: s.index + s.segment.length });
  return out;
}

function wordsIn(segments: ReturnType<typeof wordSegments>, lang: string): Word[] {
  const out: Word[] = [];
  for (const s of segments) {
    const word = s.norm.toLocaleLowerCase(lang);
    // One-letter words carry no meaning on their own in any language Sverka meets.
    if (word.length <= 2 && [...word].length < 2 && !/\p{N}/u.test(word)) continue;
    out.push({ term: `${lang}:${word}`, start: s.start, end: s.end });
  }
  return out;
}

/** Lower-cased words of `text` in language `lang`, each as "lang:word", with their offsets. */
export function plainWords(text: string, lang: string): Word[] {
  return wordsIn(wordSegments(text, lang), lang);
}

/**
 * plainWords(text, lang) for each of `langs`, the text segmented once: ICU
 * splits words by the same rules in every locale (only en-US-POSIX has its
 * own, and plain languages are bare codes), so only the lower-casing and the
 * prefix differ. Segmenting each sentence once per plain language was a
 * fifth of article matching with a German and a Spanish pack loaded.
 */
export function plainWordsIn(text: string, langs: readonly string[]): Word[][] {
  if (!langs.length) return [];
  const segments = wordSegments(text, langs[0]);
  return langs.map((lang) => wordsIn(segments, lang));
}

/** A claim whose three texts are its untranslated quote (imported fact-checks): one term list serves all four versions. */
export function isUntranslated(claim: Claim): boolean {
  return claim.text.ru === claim.quote && claim.text.uk === claim.quote && claim.text.en === claim.quote;
}

/**
 * Term lists of a claim's versions (ru, uk, en, quote), or one list when all
 * four are the same text: analysed once in the quote's language instead of
 * four times, which is most of the import time of a 200,000-item feed.
 */
export function claimTermLists(claim: Claim, stem?: StemFn): string[][] {
  if (claim.lang) return [plainWords(claim.quote, claim.lang).map((w) => w.term)];
  const terms = (text: string, lang: Claim['quoteLang']) => analyze(text, lang, stem).terms.map((t) => t.stem);
  if (isUntranslated(claim)) return [terms(claim.quote, claim.quoteLang)];
  return claimVersions(claim).map((v) => terms(v.text, v.lang));
}
