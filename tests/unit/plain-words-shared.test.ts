// plainWordsIn segments a text once for all plain languages (article matching
// with several foreign packs); it must give exactly plainWords per language.
import { describe, expect, it } from 'vitest';
import { plainWords, plainWordsIn } from '../../lib/match/claim-terms';

const TEXTS = [
  'Die Hafengebühren in Hamburg steigen 2024 um 12,5 Prozent, sagte die Sprecherin.',
  'El ministro dijo que «la inflación bajará» en el año 2025; no dio más detalles.',
  'Песков заявил, что Кремль не получал запросов. Зеленський сказав: «Ні».',
  "İstanbul'da ISTANBUL ıi Iİ — Lietuvos ĖĖ; ﬁnance Ⅻ ½ 𝐀𝐁 a 1 𝟏 日本語のテキスト ไทย e-mail x.y@example.org",
];

describe('plainWordsIn', () => {
  it('gives plainWords for each language from one segmentation', () => {
    const langs = ['de', 'es', 'fr', 'pl', 'tr', 'lt'];
    for (const text of TEXTS) {
      const shared = plainWordsIn(text, langs);
      langs.forEach((lang, k) => expect(shared[k]).toEqual(plainWords(text, lang)));
    }
    expect(plainWordsIn('Hallo Welt', [])).toEqual([]);
  });
});
