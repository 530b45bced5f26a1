// Plain-language explanations of possible contradictions in the panel's
// three languages. The wording never claims certainty: the matcher found a
// sentence and a statement that seem to disagree, a person decides.
import type { Claim } from '../claims/schema';

type I18n = { ru: string; uk: string; en: string };

const PREFIX: I18n = { ru: 'Возможное противоречие', uk: 'Можлива суперечність', en: 'Possible contradiction' };

/** Prefixes a curated explanation with "Possible contradiction" unless it already says so. */
export function curatedExplanation(e: I18n): I18n {
  const out = { ...e };
  for (const k of ['ru', 'uk', 'en'] as const) {
    if (!e[k].toLowerCase().startsWith(PREFIX[k].toLowerCase())) out[k] = `${PREFIX[k]}: ${e[k]}`;
  }
  return out;
}

const fmt = (value: number, unit: string | undefined, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;

/** "The text says 50; Putin's statement of 2021-06-16 says 80." */
export function numbersExplanation(said: { value: number; unit?: string }, claimed: { value: number; unit?: string }[], speaker: I18n, claim: Claim): I18n {
  // A claim may name its number twice ("10 diplomats … the 10"): each value once.
  const c = (locale: string) => [...new Set(claimed.map((n) => fmt(n.value, n.unit, locale)))].join(' / ');
  return {
    ru: `${PREFIX.ru}: в тексте — ${fmt(said.value, said.unit, 'ru')}, в заявлении (${speaker.ru}, ${claim.date}) — ${c('ru')}.`,
    uk: `${PREFIX.uk}: у тексті — ${fmt(said.value, said.unit, 'uk')}, у заяві (${speaker.uk}, ${claim.date}) — ${c('uk')}.`,
    en: `${PREFIX.en}: the text says ${fmt(said.value, said.unit, 'en')}; the statement (${speaker.en}, ${claim.date}) says ${c('en')}.`,
  };
}

/** "The text says «не получал», the statement says «передавали»." */
export function polarityExplanation(said: string, claimed: string, speaker: I18n, claim: Claim): I18n {
  return {
    ru: `${PREFIX.ru}: в тексте — «${said}», а в заявлении (${speaker.ru}, ${claim.date}) — «${claimed}»; одно из утверждений отрицает другое.`,
    uk: `${PREFIX.uk}: у тексті — «${said}», а в заяві (${speaker.uk}, ${claim.date}) — «${claimed}»; одне з тверджень заперечує інше.`,
    en: `${PREFIX.en}: the text says "${said}" while the statement (${speaker.en}, ${claim.date}) says "${claimed}"; one denies the other.`,
  };
}
