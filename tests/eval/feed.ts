// A generated schema.org DataFeed of ClaimReviews for `npm run bench`
// (issue 11): claims drawn from real vocabulary in Russian, Ukrainian,
// English (real pages and seed texts) and German and Spanish (Debian word
// lists, tests/fixtures/vocabulary), with planted statements that read like
// real ones. The planted statements are by FICTIONAL people in fictional
// places ("Primersk"): they must be found top-1 by their own wording with the
// whole feed loaded. Deterministic: the same count gives the same file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './synthetic';

export type FeedLang = 'ru' | 'uk' | 'en' | 'de' | 'es';

/** Planted statements: fictional speakers, realistic wording, one language each. */
export const PLANTED: { lang: FeedLang; claimant: string; text: string }[] = [
  { lang: 'ru', claimant: 'Игорь Примерский', text: 'Мэр Примерска Игорь Примерский заявил, что тарифы на холодную воду в городе вырастут на 38 процентов с первого июля.' },
  { lang: 'ru', claimant: 'Анна Выдумкина', text: 'Депутат Выдумкина утверждает, что в области закрыли семнадцать сельских школ за последние два года.' },
  { lang: 'uk', claimant: 'Олена Вигадана', text: 'Міністерка Вигадана заявила, що нова траса між Прикладівкою та Зразковим скоротить дорогу вдвічі.' },
  { lang: 'uk', claimant: 'Петро Зразковий', text: 'Голова громади Зразковий стверджує, що вісімдесят відсотків бюджету спрямували на ремонт лікарні.' },
  { lang: 'en', claimant: 'Martha Exampleton', text: 'Governor Exampleton said the state cut unemployment in Fictown by half in just eighteen months.' },
  { lang: 'en', claimant: 'Dale Sampleford', text: 'Senator Sampleford claimed that wind turbines in Sample County kill more birds than all the cats combined.' },
  { lang: 'de', claimant: 'Klaus Beispielmann', text: 'Bürgermeister Beispielmann behauptet, die Mieten in Musterstadt seien seit 2019 um vierzig Prozent gesunken.' },
  { lang: 'de', claimant: 'Greta Musterfrau', text: 'Die Abgeordnete Musterfrau sagte, jede dritte Brücke im Landkreis Beispielheim sei einsturzgefährdet.' },
  { lang: 'es', claimant: 'Lucía Ejemplar', text: 'La alcaldesa Ejemplar aseguró que el metro de Villaejemplo transporta a dos millones de pasajeros al día.' },
  { lang: 'es', claimant: 'Jorge Ficticio', text: 'El diputado Ficticio afirmó que la sequía ha reducido la cosecha de aceitunas de Olivarejo en un setenta por ciento.' },
];

/** Real German and Spanish words (see tests/fixtures/vocabulary/SOURCE.md). */
export function otherVocabulary(root: string): { de: string[]; es: string[] } {
  const read = (lang: string) => readFileSync(join(root, 'tests/fixtures/vocabulary', `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
  return { de: read('de'), es: read('es') };
}

/** Shares of the feed per language. */
const MIX: [FeedLang, number][] = [['ru', 0.3], ['uk', 0.25], ['en', 0.25], ['de', 0.1], ['es', 0.1]];

/**
 * The feed as JSON text: `count` items in dataFeedElement (the planted ones
 * spread evenly through it), and the item numbers of the planted statements.
 */
export function generateFeed(count: number, vocab: Record<FeedLang, string[]>, seed = 7): { text: string; planted: number[]; sample: string[] } {
  const rnd = prng(seed);
  const pickers = Object.fromEntries(Object.entries(vocab).map(([lang, words]) => {
    // Zipf-like: frequent words are common but not overwhelming.
    const cum: number[] = [];
    let total = 0;
    for (let i = 0; i < words.length; i++) cum.push((total += 1 / (i + 10)));
    return [lang, () => {
      const x = rnd() * total;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      return words[lo];
    }];
  })) as Record<FeedLang, () => string>;
  const langOf = () => {
    let x = rnd();
    for (const [lang, share] of MIX) if ((x -= share) < 0) return lang;
    return 'ru' as FeedLang;
  };
  const planted = PLANTED.map((_, k) => Math.floor(((k + 0.5) * count) / PLANTED.length));
  const items: string[] = [];
  const sample: string[] = [];
  const every = Math.max(1, Math.floor(count / 300));
  for (let i = 0; i < count; i++) {
    const p = planted.indexOf(i);
    const lang = p >= 0 ? PLANTED[p].lang : langOf();
    let text: string;
    let claimant: string;
    if (p >= 0) ({ text, claimant } = PLANTED[p]);
    else {
      const n = 10 + Math.floor(rnd() * 12);
      const words = Array.from({ length: n }, () => pickers[lang]());
      if (rnd() < 0.3) words.splice(Math.floor(rnd() * n), 0, String(Math.floor(rnd() * 500)));
      text = `${words.join(' ')}.`;
      claimant = `Example Claimant ${Math.floor(rnd() * 3000)}`;
    }
    if (i % every === 0 && p < 0) sample.push(text);
    const day = `20${10 + Math.floor(rnd() * 14)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    items.push(JSON.stringify({
      '@type': 'DataFeedItem',
      dateCreated: day,
      item: [{
        '@context': 'https://schema.org', '@type': 'ClaimReview',
        url: `https://factcheck.example.org/${lang}/${i + 1}`, datePublished: day, inLanguage: lang,
        author: { '@type': 'Organization', name: `Example Fact-Check ${lang.toUpperCase()}` },
        claimReviewed: text,
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: claimant }, datePublished: day },
        reviewRating: { '@type': 'Rating', alternateName: ['False', 'Misleading', 'True', 'Half true'][Math.floor(rnd() * 4)] },
      }],
    }));
  }
  const text = `{"@context":"https://schema.org","@type":"DataFeed","name":"Generated benchmark feed","dataFeedElement":[\n${items.join(',\n')}\n]}`;
  return { text, planted, sample };
}
