// Role phrases resolve on the sentence's or the article's date (issue 10,
// class 5), through the background service as the extension runs it: the
// article's published day (or dateline) reaches the matcher. Psaki was White
// House press secretary from 20 January 2021 to 13 May 2022 (assets/roles.json);
// her claim of 6 July 2021 is in the bundled database. The page sentences are
// test paraphrases, not quotes.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { articleExtracted, lookUpQuote, type ServiceDeps } from '../../lib/service/handlers';
import { invalidateMatcher } from '../../lib/service/matcher-cache';
import { articleDate } from '../../lib/match/article-date';
import { Matcher } from '../../lib/match';
import type { TabState } from '../../lib/service/tab-state';
import type { ExtractOutcome } from '../../lib/protocol';
import { bundledDb } from '../eval/data';

const PSAKI = '2021-07-psaki-take-action-on-our-own';
const S1 = 'Пресс-секретарь Белого дома заявила, что если российские власти не будут действовать против преступников в России, США примут меры сами.';
const S2 = 'Речниця Білого дому заявила, що США діятимуть самостійно, якщо російський уряд не діятиме проти злочинців у Росії.';
let n = 0;

async function run(published?: string) {
  invalidateMatcher();
  const states: TabState[] = [];
  const stored = new Map<string, unknown>();
  const deps: ServiceDeps = {
    db: new SverkaDatabase(`roles-by-date-${n++}`),
    session: { get: async (k) => ({ [k]: stored.get(k) }), set: async (i) => void Object.entries(i).forEach(([k, v]) => stored.set(k, v)), remove: async (k) => void stored.delete(k) },
    bundled: bundledDb, notify: () => {}, showBadge: (s) => states.push(s), injectContentScript: async () => {}, now: () => 1,
  };
  const text = `${S1}\n\n${S2}`;
  const outcome: ExtractOutcome = {
    ok: true,
    article: {
      url: 'https://example.com/news/1', title: 'Test page', lang: 'ru', datesDisagree: false, readerable: true,
      ...(published ? { published: { iso: published, source: 'meta' as const } } : {}),
      text, paragraphs: [{ start: 0, end: S1.length }, { start: S1.length + 2, end: text.length }],
      sentences: [{ text: S1, start: 0, end: S1.length, paragraph: 0 }, { text: S2, start: S1.length + 2, end: text.length, paragraph: 1 }],
    },
  };
  const r = await articleExtracted(deps, 3, { url: 'https://example.com/news/1', outcome });
  if (!r.ok) throw new Error(r.error);
  const claims = r.value.findings?.matches.flatMap((m) => m.claims).filter((c) => c.claimId === PSAKI) ?? [];
  return { deps, claims };
}

describe('role phrases resolve by date', () => {
  it('"the White House press secretary" in a July 2021 article names Psaki; in a 2024 article it names someone else', async () => {
    const in2021 = await run('2021-07-07T10:00:00+03:00');
    const in2024 = await run('2024-02-01T10:00:00+00:00');
    expect(in2021.claims.length).toBe(2);
    expect(in2021.claims.every((c) => c.why.names.includes('Джен Псаки') || c.why.names.includes('Джен Псакі'))).toBe(true);
    expect(in2024.claims.every((c) => c.why.names.length === 0)).toBe(true);
    // The office held by someone else lowers the match: the speaker no longer agrees.
    expect(Math.max(...in2024.claims.map((c) => c.score))).toBeLessThan(Math.min(...in2021.claims.map((c) => c.score)));
  });

  it('quote lookup takes the date of the open article', async () => {
    const { deps } = await run();
    const at = async (date?: string) => (await lookUpQuote(deps, { text: S1, date })).ok;
    expect(await at('2021-07-07')).toBe(true);
    const m = Matcher.build(bundledDb());
    expect(m.matchText(S1, { date: '2021-07-07' })[0].why.names).toEqual(['Джен Псаки']);
    expect(m.matchText(S1, { date: '2024-02-01' })[0].why.names).toEqual([]);
    // Without a date the claim's own date decides (a sentence that restates a claim is about its day).
    expect(m.matchText(S1)[0].why.names).toEqual(['Джен Псаки']);
  });

  it('a month and year the sentence names win over the article\'s date', () => {
    const m = Matcher.build(bundledDb());
    const dated = `В июле 2021 года ${S1[0].toLowerCase()}${S1.slice(1)}`;
    expect(m.matchText(dated, { date: '2024-02-01' })[0].why.names).toEqual(['Джен Псаки']);
  });

  it('an article\'s date: the dateline\'s day in the published year, else the published day', () => {
    expect(articleDate({ published: { iso: '2021-07-07T10:00:00+03:00' } })).toBe('2021-07-07');
    expect(articleDate({ published: { iso: '2020-03-03' }, dateline: { day: 9, month: 10 } })).toBe('2020-10-09');
    expect(articleDate({ dateline: { day: 9, month: 10, year: 2016 } })).toBe('2016-10-09');
    expect(articleDate({})).toBeUndefined();
  });
});
