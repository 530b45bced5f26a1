// Deterministic synthetic claim databases for the benchmark: claims whose
// ru/uk/en texts are drawn (Zipf-weighted, seeded PRNG) from vocabularies
// taken from real text, so posting lists are as skewed as in news.
import type { Claim, ClaimDatabase } from '../../lib/claims/schema';

/** mulberry32: a tiny seeded PRNG, so every run builds the same database. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct words of a text, most frequent first. */
export function vocabulary(text: string, max = 6000): string[] {
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}{3,}/gu) ?? []) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, max).map(([w]) => w);
}

function zipfPicker(words: string[], rnd: () => number): () => string {
  // Cumulative 1/(rank+10) weights: frequent words are common but not overwhelming.
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) cum.push((total += 1 / (i + 10)));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

const LETTERS = {
  ru: { c: 'бвгджзклмнпрстфхцчшщ', v: 'аеиоуыяю' },
  uk: { c: 'бвгґджзклмнпрстфхцчшщ', v: 'аеиоуіїєяю' },
  en: { c: 'bcdfghjklmnprstvwz', v: 'aeiouy' },
};

/**
 * Real words first, then made-up words up to `size`: a database of 100k
 * claims has a vocabulary of tens of thousands of terms (Heaps' law), and
 * without that long tail every term would be common and the benchmark would
 * measure an unrealistic index.
 */
export function extendVocabulary(real: string[], lang: 'ru' | 'uk' | 'en', size: number, seed = 1): string[] {
  const rnd = prng(seed + lang.charCodeAt(0));
  const { c, v } = LETTERS[lang];
  const out = [...real];
  const seen = new Set(real);
  while (out.length < size) {
    let w = '';
    const syllables = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < syllables; i++) w += c[Math.floor(rnd() * c.length)] + v[Math.floor(rnd() * v.length)];
    if (!seen.has(w)) out.push(w), seen.add(w);
  }
  return out;
}

/** `base` plus `count` synthetic claims over the given vocabularies; ids and texts depend only on `seed`. */
export function syntheticDatabase(base: ClaimDatabase, count: number, vocab: { ru: string[]; uk: string[]; en: string[] }, seed = 42): ClaimDatabase {
  const rnd = prng(seed);
  const pick = { ru: zipfPicker(vocab.ru, rnd), uk: zipfPicker(vocab.uk, rnd), en: zipfPicker(vocab.en, rnd) };
  const sentence = (lang: 'ru' | 'uk' | 'en') => {
    const n = 12 + Math.floor(rnd() * 20);
    const words = Array.from({ length: n }, () => pick[lang]());
    if (rnd() < 0.3) words.splice(Math.floor(rnd() * n), 0, String(Math.floor(rnd() * 500)));
    return `${words.join(' ')}.`;
  };
  const events = Array.from({ length: 50 }, (_, i) => ({
    id: `synthetic-event-${i}`, title: { ru: `Событие ${i}`, uk: `Подія ${i}`, en: `Event ${i}` },
    summary: { ru: 's', uk: 's', en: 's' }, dates: ['2019-01-01'],
  }));
  const speakers = base.actors.length ? base.actors.map((a) => a.id) : ['speaker'];
  const claims: Claim[] = Array.from({ length: count }, (_, i) => {
    const ru = sentence('ru');
    return {
      id: `synthetic-${i}`, speaker: speakers[i % speakers.length], date: '2019-01-01', event: events[i % events.length].id,
      kind: 'paraphrase', quote: ru, quoteLang: 'ru', text: { ru, uk: sentence('uk'), en: sentence('en') },
      sources: [{ outlet: 'synthetic', title: 'synthetic', date: '2019-01-01' }], numbers: [], dates: [], topics: [],
    };
  });
  return { ...base, version: `${base.version}+synthetic-${count}-${seed}`, events: [...base.events, ...events], claims: [...base.claims, ...claims] };
}
