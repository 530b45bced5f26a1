// The one sentence splitter (issue 10: articles and pasted quotes used to split
// differently) for ru/uk/en news text. Intl.Segmenter (ICU) does the work; it
// knows nothing about Russian abbreviations and initials, so it cuts
// "В. | Путин", "г. | Москва", "U.S. | President". The fixes below glue those
// pieces back. Offsets always index the input text. scripts/compare-splitters.ts
// measures it against Intl.Segmenter alone.
import { detectLang } from './lang';

type PageLang = 'ru' | 'uk' | 'en' | 'other';

/** A sentence as a slice of the text it came from: text === source.slice(start, end). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** Pieces shorter than this are glued to a neighbour ("Да.", "Вот."), unless alone in their paragraph. */
const MIN_SENTENCE_CHARS = 12;
/**
 * A "sentence" longer than this (a page with no full stops, a table flattened
 * into one line) is cut at the last space before the limit. Real sentences
 * stay far below it; the cap keeps matching cost and the message to the
 * background (lib/protocol.ts: 20,000 characters a sentence) bounded.
 */
export const MAX_SENTENCE_CHARS = 4_000;

// Abbreviations after which a capitalised word does not start a sentence.
// Not included: "т. д.", "т. п.", "etc.", "млн.", "тыс." — they end sentences as
// often as not, and before a lower-case word ICU already keeps them together.
const ABBREVIATIONS = new Set([
  'ул', 'вул', 'пр', 'просп', 'пл', 'пер', 'обл', 'им', 'ім', 'св', 'проф', 'акад', 'ген', 'адм', 'тов',
  'гр', 'пос', 'смт', 'кв', 'корп', 'рис', 'табл', 'см', 'див', 'напр', 'англ', 'нем', 'укр', 'рус', 'ред',
  'стр', 'ст', 'ч', 'п', 'пп', 'с', 'м', 'р', 'д', 'т', 'гл', 'зам', 'пред', 'нач', 'упр', 'ср',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  'approx', 'fig', 'vol', 'pp', 'ft', 'mt', 'ave', 'blvd',
]);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: PageLang): Intl.Segmenter {
  const locale = lang === 'other' ? 'en' : lang;
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return s;
}

/** True when the piece ends in an abbreviation or initial, so the cut after it is wrong. */
export function endsWithAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(«"“„'])((?:[\p{L}]{1,6}\.\s?)+)$/u.exec(piece);
  if (!m) return false;
  const tail = m[1].trim();
  // Initials and dotted acronyms: "В.", "В.В.", "Дж.", "U.S.", "т. е.", "т.к.".
  if (/^(?:\p{Lu}\.\s?)+$/u.test(tail) || /^Дж\.$/u.test(tail)) return true;
  if (/^(?:\p{L}\.\s?){2,}$/u.test(tail)) return !/^т\.\s?[дп]\.$/iu.test(tail);
  const word = tail.slice(0, -1).split(/[.\s]/).pop()!.toLowerCase();
  if (word === 'г' || word === 'гг') {
    // "г. Москва" (город) continues; "в 2015 г. Ответа" (год) ends a sentence.
    return !/\d\s*гг?\.$/u.test(piece);
  }
  return ABBREVIATIONS.has(word);
}

/** True when the piece cannot start a sentence: it opens with a lower-case letter or a dash and one. */
function continuesSentence(piece: string): boolean {
  return /^[\s\-–—,;:]*\p{Ll}/u.test(piece);
}

function segmentLine(text: string, from: number, to: number, lang: PageLang): TextSpan[] {
  const out: TextSpan[] = [];
  for (const seg of segmenterFor(lang).segment(text.slice(from, to))) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const body = seg.segment.trim();
    if (!body) continue;
    const start = from + seg.index + lead;
    const prev = out[out.length - 1];
    if (prev && (endsWithAbbreviation(prev.text) || continuesSentence(body))) {
      prev.end = start + body.length;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push({ text: body, start, end: start + body.length });
    }
  }
  return out;
}

function glueShort(spans: TextSpan[], text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const prev = out[out.length - 1];
    const short = s.text.length < MIN_SENTENCE_CHARS;
    // "В 2015 г." ends in a short abbreviation: it opens the next sentence rather than closing the last.
    const forward = short && i + 1 < spans.length && (!prev || /\S\s+\p{Ll}{1,3}\.$/u.test(s.text));
    if (forward) {
      spans[i + 1] = { start: s.start, end: spans[i + 1].end, text: text.slice(s.start, spans[i + 1].end) };
    } else if (short && prev) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** Cuts spans over `max` characters at the last whitespace before the limit (or at the limit, never inside a surrogate pair). */
function capLength(spans: TextSpan[], text: string, max: number): TextSpan[] {
  if (spans.every((s) => s.end - s.start <= max)) return spans;
  const out: TextSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    while (s.end - start > max) {
      let cut = start + max;
      const space = text.lastIndexOf(' ', cut);
      if (space > start + max / 2) cut = space;
      else if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
      let end = cut;
      while (end > start && /\s/.test(text[end - 1])) end--;
      out.push({ text: text.slice(start, end), start, end });
      start = cut;
      while (start < s.end && /\s/.test(text[start])) start++;
    }
    if (start < s.end) out.push({ text: text.slice(start, s.end), start, end: s.end });
  }
  return out;
}

/**
 * Sentences of `text`, never crossing a line break (paragraphs are separated
 * by "\n\n" in ExtractedArticle.text). Each span is trimmed,
 * `text.slice(start, end) === span.text`, and no span is longer than
 * MAX_SENTENCE_CHARS. Without `lang` (a pasted quote) the language is detected.
 */
export function splitSentences(text: string, lang: PageLang = detectLang(text)): TextSpan[] {
  const result: TextSpan[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    result.push(...capLength(glueShort(segmentLine(text, m.index, m.index + m[0].length, lang), text), text, MAX_SENTENCE_CHARS));
  }
  return result;
}
