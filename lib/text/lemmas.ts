// Word form → lemma for Russian and Ukrainian (issue 10, class 2), from the
// tables scripts/gen-lemmas.ts derives from the Hunspell dictionaries
// dictionary-ru and dictionary-uk (assets/lemmas/*.json; only forms the
// Snowball stemmer splits from their lemma, for the lemmas the claim side
// uses). The Ukrainian Snowball stemmer over-cuts ("запити" → "зап") and
// leaves adjective cases apart; the lemma is stemmed instead of the form.
// English has a table too: WordNet's irregular forms ("sought", "went", "men"),
// which Snowball leaves apart from their lemma.
import ru from '../../assets/lemmas/ru.json';
import uk from '../../assets/lemmas/uk.json';
import en from '../../assets/lemmas/en.json';
import type { Lang } from '../types/lang';
import { decodeForm } from './lemma-code';

type Table = { lemmas: Record<string, string> };
const FILES: Record<Lang, Table> = { ru, uk, en };
const maps: Partial<Record<Lang, Map<string, string>>> = {};

// Built on first use: a worker that never matches Cyrillic never pays for it.
function table(lang: Lang): Map<string, string> {
  let m = maps[lang];
  if (!m) {
    m = new Map();
    for (const [lemma, codes] of Object.entries(FILES[lang].lemmas)) for (const c of codes.split(' ')) m.set(decodeForm(lemma, c), lemma);
    maps[lang] = m;
  }
  return m;
}

/** The lemma of a normalised lower-case word when its language's table has it ("запити" → "запит", "sought" → "seek"), else the word. */
export function lemmaOf(word: string, lang: Lang): string {
  return table(lang).get(word) ?? word;
}
