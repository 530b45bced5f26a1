// Language of a span of text among the three Sverka serves. Pages mix
// languages (a Russian article on a Ukrainian site with a Ukrainian
// subscription line), so this runs per sentence, not per page.
import type { Lang } from '../types/lang';

const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;
// Frequent short words that tell the two apart when no distinctive letter occurs.
const UK_WORDS = /(?:^|[^\p{L}])(?:що|як|це|від|для|та|але|він|вона|до|із|зі|про|які|також|щодо|між)(?=$|[^\p{L}])/giu;
const RU_WORDS = /(?:^|[^\p{L}])(?:что|как|это|от|для|и|но|он|она|из|со|про|которые|также|между|был|была)(?=$|[^\p{L}])/giu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** 'ru', 'uk' or 'en' by letters and function words; 'other' when nothing decides. */
export function detectLang(text: string): Lang | 'other' {
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  if (cyr === 0 && lat === 0) return 'other';
  if (lat > cyr) return 'en';
  const uk = count(text, UK_ONLY) * 2 + count(text, UK_WORDS);
  const ru = count(text, RU_ONLY) * 2 + count(text, RU_WORDS);
  if (uk === 0 && ru === 0) return 'ru';
  return uk > ru ? 'uk' : 'ru';
}
