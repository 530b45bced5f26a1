// Numbers and amounts stated in a text: digits, number words in three
// languages and their combinations ("38 млн долларов" → 38 000 000 USD,
// "$2.3 million" → 2 300 000 USD, "восемьдесят запросов" → 80 of "запрос").
// Matching uses them as search terms and for agreement; contradiction
// detection compares the value of the same kind of thing.
import type { Lang } from '../types/lang';
import { numberWordValue, isScale } from './number-words';
import { isStopWord } from './stopwords';
import { stemWord, wordLang, type StemFn } from './stem';
import type { Token } from './tokenize';

export interface NumberMention {
  value: number;
  /** Currency code (USD, EUR, RUB, UAH) or "%", when the text names one. */
  unit?: string;
  /** Stem of the word after the number ("80 запросов" → "запрос"), when there is one. */
  kind?: string;
  /** Stems of the next two content words ("80 российских запросов" → "российск", "запрос"): the counted noun is among them. */
  nouns: string[];
  /** True for a year ("в 2015 году") or the day of a date ("16 июня"): a date, not a quantity. */
  isDate: boolean;
  start: number;
  end: number;
  /** Token index range [first, last] the mention covers. */
  tokens: [number, number];
}

const CURRENCIES: [RegExp, string][] = [
  [/^(доллар\p{L}*|долл|дол|долар\p{L}*|dollars?|usd|бакс\p{L}*)$/u, 'USD'],
  [/^(евро|євро|euros?|eur)$/, 'EUR'],
  [/^(рубл\p{L}*|руб|roubles?|rubles?|rub)$/u, 'RUB'],
  [/^(гривн\p{L}*|гривен\p{L}*|гривень|грн|hryvni\p{L}*|uah)$/u, 'UAH'],
  [/^(процент\p{L}*|відсот\p{L}*|percent|per)$/u, '%'],
];
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '₽': 'RUB', '₴': 'UAH', '%': '%' };
const YEAR_WORDS = /^(год|года|году|годом|г|рік|року|році|роком|р|year|years)$/;
const SINGLE_LETTER_SCALES = /^(k|m|b|bn|mn|mln|тыс|млн|млрд|тис)$/;

function currencyOf(word: string): string | undefined {
  for (const [re, code] of CURRENCIES) if (re.test(word)) return code;
  return undefined;
}

/** Parses a digit token: "2.3" and "2,3" are decimals, "1,000" and "1.000.000" group thousands. */
export function parseDigits(raw: string): number {
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw) && !/^0[.,]/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.').replace(/[.,](?=.*[.,])/g, ''));
}

/** Combines values the way numerals read: "двадцать пять тысяч" → 25 000, "38 млн" → 38e6. */
function combine(values: number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (isScale(v)) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 100 && current > 0 && current < 100) current *= 100; // "eight hundred", "fifteen hundred"
    else current += v;
  }
  return total + current;
}

/** A whole number from 1900 to 2100: a year when nothing says it counts something. */
export const readsAsYear = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** Every number mentioned in `text`, given its tokens and language; `facts` (tokenizeFacts) spares a number-word lookup per word. */
export function findNumbers(text: string, tokens: Token[], lang: Lang, stem: StemFn = stemWord, facts?: readonly ({ numberValue: number | undefined } | undefined)[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = i;
    const values: number[] = [];
    let sawDigits = false;
    while (i < tokens.length) {
      const t = tokens[i];
      // Stop at a gap wider than a space or a "-" (so "16 июня, 12 запросов" stays two mentions).
      if (i > first && !/^[\s-]{0,2}$/.test(text.slice(tokens[i - 1].end, t.start))) break;
      if (t.kind === 'number') {
        // "1 000 000": space-grouped thousands continue the previous digits.
        if (sawDigits && /^\d{3}$/.test(t.norm) && / $|\u00A0$|\u202F$/.test(text.slice(tokens[i - 1].end, t.start)) && tokens[i - 1].kind === 'number') {
          values[values.length - 1] = values[values.length - 1] * 1000 + Number(t.norm);
          i++;
          continue;
        }
        if (values.length && !isScale(values[values.length - 1])) break;
        values.push(parseDigits(t.norm));
        sawDigits = true;
        i++;
        continue;
      }
      // "two point three million": a decimal read out in English words.
      if (t.norm === 'point' && values.length && !isScale(values[values.length - 1])) {
        let digits = '';
        let j = i + 1;
        while (j < tokens.length && /^\s{1,2}$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) {
          const d = numberWordValue(tokens[j].norm);
          if (d === undefined || d >= 10 || tokens[j].norm.length === 1) break;
          digits += String(d);
          j++;
        }
        if (!digits) break;
        values[values.length - 1] += Number(`0.${digits}`);
        i = j;
        continue;
      }
      const v = facts ? facts[i]!.numberValue : numberWordValue(t.norm);
      if (v === undefined || (SINGLE_LETTER_SCALES.test(t.norm) && !sawDigits)) break;
      if (t.norm.length === 1 && !(sawDigits && text.slice(tokens[i - 1].end, t.start) === '')) break;
      values.push(v);
      i++;
      if (/^(тыс|млн|млрд|тис|трлн)$/.test(t.norm) && text[t.end] === '.') continue;
    }
    if (!values.length) {
      i++;
      continue;
    }
    const last = i - 1;
    const value = combine(values);
    let unit: string | undefined;
    const before = text.slice(Math.max(0, tokens[first].start - 3), tokens[first].start);
    const after = text.slice(tokens[last].end, tokens[last].end + 2);
    for (const ch of [...before, ...after]) if (SYMBOLS[ch]) unit = SYMBOLS[ch];
    let kind: string | undefined;
    const nouns: string[] = [];
    let isDate = false;
    // Look at the next words for a currency, a year word or the counted noun.
    for (let j = i; j < Math.min(tokens.length, i + 4) && nouns.length < 2; j++) {
      const w = tokens[j];
      if (w.kind !== 'word') break;
      const cur = currencyOf(w.norm);
      if (cur && !nouns.length) {
        unit = cur;
        i = j + 1;
        break;
      }
      if (YEAR_WORDS.test(w.norm) && !nouns.length) {
        isDate = true;
        break;
      }
      if (isStopWord(w.norm, lang)) continue;
      // A number word is the next number ("eight hundred to fifteen hundred firms"), not the counted noun.
      if (numberWordValue(w.norm) !== undefined && w.norm.length > 1) break;
      nouns.push(stem(w.norm, wordLang(w.norm, lang)));
    }
    kind = nouns[0];
    const plainYear = values.length === 1 && sawDigits && readsAsYear(value) && !unit;
    if (plainYear && (isDate || !kind || isMonthBefore(tokens, first) || isYearPrepositionBefore(tokens, first))) {
      isDate = true;
      kind = undefined;
    } else isDate = false;
    const end = Math.max(tokens[last].end, unit && i - 1 > last ? tokens[i - 1].end : 0);
    out.push({ value, unit, kind: unit ? undefined : kind, nouns: unit ? [] : nouns, isDate, start: tokens[first].start - (before.endsWith('$') ? 1 : 0), end, tokens: [first, Math.max(last, i - 1)] });
  }
  return out;
}

const MONTH_BEFORE = /^(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
// "in 2020 over cyber attacks", "during 2020", "в 2021-м": a year after the preposition of a time, whatever follows it.
const YEAR_PREPOSITIONS = /^(in|during|since|until|by|throughout|в|во|с|до|к|у|з|із|від|протягом|течение)$/;
function isYearPrepositionBefore(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].kind === 'word' && YEAR_PREPOSITIONS.test(tokens[i - 1].norm);
}

function isMonthBefore(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].kind === 'word' && MONTH_BEFORE.test(tokens[i - 1].norm);
}
