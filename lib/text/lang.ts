// Language of a span of text among the three Sverka serves. Pages mix
// languages (a Russian article on a Ukrainian site with a Ukrainian
// subscription line), so this runs per sentence, not per page.
import type { Lang } from '../types/lang';

// By code (i ї є ґ, ы э ъ ё and their capitals): text[i] made a string per Cyrillic letter, a tenth of reading a 200,000-item import.
const UK_ONLY = new Set([...'іїєґІЇЄҐ'].map((c) => c.charCodeAt(0)));
const RU_ONLY = new Set([...'ыэъёЫЭЪЁ'].map((c) => c.charCodeAt(0)));
// Frequent short words that tell the two apart when no distinctive letter occurs.
const UK_WORDS = /(?:^|[^\p{L}])(?:що|як|це|від|для|та|але|він|вона|до|із|зі|про|які|також|щодо|між)(?=$|[^\p{L}])/giu;
const RU_WORDS = /(?:^|[^\p{L}])(?:что|как|это|от|для|и|но|он|она|из|со|про|которые|также|между|был|была)(?=$|[^\p{L}])/giu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** 'ru', 'uk' or 'en' by letters and function words; 'other' when nothing decides. */
export function detectLang(text: string): Lang | 'other' {
  // One pass over the letters (it runs for every sentence and every imported claim); the word patterns only for Cyrillic text.
  let cyr = 0;
  let lat = 0;
  let ukLetters = 0;
  let ruLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (UK_ONLY.has(c)) ukLetters++;
      else if (RU_ONLY.has(c)) ruLetters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr === 0 && lat === 0) return 'other';
  if (lat > cyr) return 'en';
  const uk = ukLetters * 2 + count(text, UK_WORDS);
  const ru = ruLetters * 2 + count(text, RU_WORDS);
  if (uk === 0 && ru === 0) return 'ru';
  return uk > ru ? 'uk' : 'ru';
}
