// Word form → lemma for Russian and Ukrainian (issue 10, class 2), from the
// tables scripts/gen-lemmas.ts derives from the Hunspell dictionaries
// dictionary-ru and dictionary-uk (assets/lemmas/*.json; only forms the
// Snowball stemmer splits from their lemma, for the lemmas the claim side
// uses). The Ukrainian Snowball stemmer over-cuts ("запити" → "зап") and
// leaves adjective cases apart; the lemma is stemmed instead of the form.
import ru from '../../assets/lemmas/ru.json';
import uk from '../../assets/lemmas/uk.json';
import { decodeForm } from './lemma-code';

type Table = { lemmas: Record<string, string> };
const FILES: Record<'ru' | 'uk', Table> = { ru, uk };
const maps: Partial<Record<'ru' | 'uk', Map<string, string>>> = {};

// Built on first use: a worker that never matches Cyrillic never pays for it.
function table(lang: 'ru' | 'uk'): Map<string, string> {
  let m = maps[lang];
  if (!m) {
    m = new Map();
    for (const [lemma, codes] of Object.entries(FILES[lang].lemmas)) for (const c of codes.split(' ')) m.set(decodeForm(lemma, c), lemma);
    maps[lang] = m;
  }
  return m;
}

/** The lemma of a normalised lower-case Russian or Ukrainian word when the table has it, else the word. */
export function lemmaOf(word: string, lang: 'ru' | 'uk'): string {
  return table(lang).get(word) ?? word;
}
