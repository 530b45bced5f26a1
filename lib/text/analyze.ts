// The one text pipeline every comparison goes through: normalise →
// tokenise → numbers and dates → stop words out, negations kept → stem.
// Claims are analysed with it when the index is built and sentences when
// they are matched, so both sides always agree on what a "term" is.
import type { Lang } from '../types/lang';
import { detectLang } from './lang';
import { findDates, type DateMention } from './dates';
import { findNumbers, type NumberMention } from './numbers';
import { stemWord, wordLang, type StemFn } from './stem';
import { isNegation } from './stopwords';
import { tokenizeFacts, type Token } from './tokenize';
import { stemIn, STOP_BIT } from './word-facts';

export interface Term {
  /** Stem, or the decimal value for a number ("80", "38000000"). */
  stem: string;
  /** Index into `tokens` of the (first) token. */
  token: number;
  /** Inside the scope of a negation ("не получал" → "получа" negated). */
  negated: boolean;
  /** Written with a capital inside a sentence: a name ("Деркач", "Villa La Grange", "G20"). */
  proper?: true;
}

export interface Analysis {
  lang: Lang;
  tokens: Token[];
  /** Content terms in text order (stop words and negation words left out). */
  terms: Term[];
  numbers: NumberMention[];
  dates: DateMention[];
}

// After a negation, these words pass the negation back to the word before:
// "ответа не было", "відповіді не було", "answer there was none".
const COPULAS = /^(был|была|было|были|будет|будут|есть|було|був|була|були|буде|є|is|was|were|be|been|are)$/;
const FUTURE = /^(буду|будет|будут|будем|будешь|будете|буде|будуть|будемо|будеш)$/;
const INFINITIVE = /\p{L}(ть|ти|чь|ться|тись|тися)$/u;

/** Analyses `text`; `lang` forces the language (claims know theirs), otherwise it is detected. `stem` defaults to @orama/stemmers. */
export function analyze(text: string, lang?: Lang, stem: StemFn = stemWord): Analysis {
  const detected = lang ?? detectLang(text);
  const textLang: Lang = detected === 'other' ? 'en' : detected;
  // One cache entry per word answers month, number word, negation, stop word and stem (word-facts.ts).
  const { tokens, facts } = tokenizeFacts(text);
  const dates = findDates(text, tokens, facts);
  const numbers = findNumbers(text, tokens, textLang, stem, facts);
  const stopBit = STOP_BIT[textLang];
  for (const n of numbers) if (dates.some((d) => n.start < d.end && d.start < n.end)) n.isDate = true;

  const numberAt = new Map<number, NumberMention>();
  const covered = new Set<number>();
  for (const n of numbers) {
    numberAt.set(n.tokens[0], n);
    for (let k = n.tokens[0]; k <= n.tokens[1]; k++) covered.add(k);
  }

  const terms: Term[] = [];
  let pending = 0; // tokens left in which a negation applies to the next content word
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt.get(i);
    if (n) {
      terms.push({ stem: String(n.value), token: i, negated: false });
      continue;
    }
    if (covered.has(i)) continue;
    const word = tokens[i].norm;
    const f = facts[i];
    if (f ? f.negation : isNegation(word)) {
      pending = 3;
      continue;
    }
    // "не будет соблюдать", "не буде працювати": a future auxiliary before an infinitive is no copula; the
    // negation is the verb's.
    if (pending && FUTURE.test(word) && INFINITIVE.test(tokens[i + 1]?.norm ?? '') && !/[^\s]/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
    if (pending && COPULAS.test(word)) {
      // "ответа долго не было": the negation belongs to the words before. With none before it ("none of
      // which were answered"), it stays for the word right after the copula, not across a comma ("якою б
      // вона не була, прийме").
      let passed = 0;
      for (let k = terms.length - 1; k >= 0 && i - terms[k].token <= 3; k--) terms[k].negated = true, passed++;
      const next = tokens[i + 1];
      if (passed || !next || /[^\s]/.test(text.slice(tokens[i].end, next.start))) pending = 0;
      continue;
    }
    if (!f || f.stop & stopBit) {
      if (pending) pending--;
      continue;
    }
    const term: Term = { stem: stem === stemWord ? stemIn(f, textLang) : stem(word, wordLang(word, textLang)), token: i, negated: pending > 0 };
    if (isProper(text, tokens[i].start)) term.proper = true;
    terms.push(term);
    pending = 0;
  }
  return { lang: textLang, tokens, terms, numbers, dates };
}

const UPPER = /\p{Lu}/u;
/** A word that starts with a capital and does not open the text, a sentence, a quotation, a parenthesis or a clause after a colon or dash. */
function isProper(text: string, start: number): boolean {
  if (!UPPER.test(text[start] ?? '')) return false;
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return k >= 0 && !/[.!?:;«"“„'(\[—–-]/.test(text[k]);
}
