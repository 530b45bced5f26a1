// "Add as a statement" (issue 12 item 1), at the background: a statement from
// the page goes into the reader's pack "My statements" with a new or existing
// speaker and event, its source and relations, and is matched at once; bad
// input is refused with every problem named and nothing written; the quote is
// stored exactly, a paraphrase as one, a missing translation is not invented,
// an http source URL is left out; edits keep the id; removal is clean.
import { beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { listMyStatements, removeStatement, saveStatement } from '../../lib/service/statements';
import { getMatcher, invalidateMatcher } from '../../lib/service/matcher-cache';
import { exportPack } from '../../lib/service/pack-export';
import { importPack } from '../../lib/db/packs';
import { parseMessage, envelope } from '../../lib/messaging';
import { PanelToBackground } from '../../lib/protocol';
import { testBundle } from '../fixtures/packs/test-bundle';
import type { StatementInput } from '../../lib/packs/statement';

let n = 0;
let db: SverkaDatabase;
const now = () => new Date('2026-03-01T12:00:00Z');
const QUOTE = 'The example ministry will not send any further requests this year, the fictional deputy said.';
const input = (over: Partial<StatementInput> = {}): StatementInput => ({
  speaker: { newActor: { kind: 'person', names: { ru: 'Пример Заместитель', uk: 'Приклад Заступник', en: 'Example Deputy' }, role: { en: 'fictional deputy minister' } } },
  date: '2026-02-20',
  quote: QUOTE,
  kind: 'direct-quote',
  quoteLang: 'en',
  source: { url: 'https://www.reuters.com/world/example-deputy-2026-02-20/', outlet: 'reuters', title: 'Example deputy on requests', date: '2026-02-20' },
  event: { eventId: 'example-talks-2021' },
  relations: [{ to: 'bundled-requests', type: 'contradicts', explanation: 'Says no requests will be sent; the earlier statement counts requests sent.' }],
  ...over,
});

beforeEach(async () => {
  invalidateMatcher();
  db = new SverkaDatabase(`statements-${n++}`);
  await syncBundled(db, testBundle());
});

describe('adding a statement', () => {
  it('stores it in "My statements" with a new speaker, its source and relation, and matches it at once', async () => {
    await getMatcher(db, () => testBundle()); // a warm matcher must see the new statement
    const saved = await saveStatement(db, input(), now);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.value).toMatchObject({
      id: 'my-2026-02-20-example-deputy', speaker: 'example-deputy', kind: 'direct-quote', quote: QUOTE, quoteLang: 'en',
      text: { en: QUOTE, ru: QUOTE, uk: QUOTE }, topics: ['my-statement', 'untranslated'],
      sources: [{ outlet: 'reuters', title: 'Example deputy on requests', date: '2026-02-20', url: 'https://www.reuters.com/world/example-deputy-2026-02-20/' }],
    });
    expect(await db.packs.get('my-statements')).toMatchObject({ name: 'My statements', claimCount: 1 });
    expect((await db.actors.get('example-deputy'))).toMatchObject({ origin: 'pack:my-statements', names: { en: ['Example Deputy'] }, role: { en: 'fictional deputy minister', ru: 'fictional deputy minister' } });
    expect(await db.relations.where('from').equals(saved.value.id).toArray()).toMatchObject([{ to: 'bundled-requests', type: 'contradicts', origin: 'pack:my-statements' }]);
    const { matcher } = await getMatcher(db, () => testBundle());
    await matcher.prepareText('The example ministry will not send any further requests this year'); // claim bodies are loaded for the candidates first
    expect(matcher.matchText('The example ministry will not send any further requests this year', { top: 3 }).map((m) => m.claimId)).toContain(saved.value.id);
  });

  it('keeps a paraphrase marked as one, the reader’s translations, and leaves out a non-https URL', async () => {
    const saved = await saveStatement(db, input({ kind: 'paraphrase', translations: { ru: 'Перевод читателя.', uk: 'Переклад читача.' }, source: { url: 'http://example.org/a', outlet: 'Example Newsroom', title: 'T', date: '2026-02-21' } }), now);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.value.kind).toBe('paraphrase');
    expect(saved.value.text).toEqual({ ru: 'Перевод читателя.', uk: 'Переклад читача.', en: QUOTE });
    expect(saved.value.topics).toEqual(['my-statement']);
    expect(saved.value.sources[0].url).toBeUndefined();
  });

  it('takes an existing speaker and a new event', async () => {
    const saved = await saveStatement(db, input({ speaker: { actorId: 'example-official' }, event: { newEvent: { title: 'Example hearing', date: '2026-02-20' } }, relations: [] }), now);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.value).toMatchObject({ speaker: 'example-official', event: '2026-02-example-hearing' });
    expect(await db.events.get('2026-02-example-hearing')).toMatchObject({ title: { en: 'Example hearing' }, dates: ['2026-02-20'], origin: 'pack:my-statements' });
  });

  it('names every problem and writes nothing', async () => {
    const before = await readDatabase(db);
    const bad = await saveStatement(db, input({
      speaker: { newActor: { kind: 'person', names: { ru: 'Р', uk: 'У', en: 'E' }, role: {} } },
      relations: [{ to: 'no-such-claim', type: 'supports', explanation: 'x' }],
    }), now);
    expect(bad.ok).toBe(false);
    const error = (bad as { error: string }).error;
    expect(error).toMatch(/^The statement was not saved: \d+ problems\./);
    expect(error).toContain('role: Required');
    expect(error).toContain('relations[0].to: no other statement "no-such-claim"');
    expect(await saveStatement(db, { ...input(), quote: '  ' }, now)).toMatchObject({ ok: false, error: expect.stringContaining('quote: Required') });
    expect(await saveStatement(db, { ...input(), date: '2026-2-1' }, now)).toMatchObject({ ok: false, error: expect.stringContaining('date: expected YYYY-MM-DD') });
    expect(await readDatabase(db)).toEqual(before);
  });

  it('the message is validated at the receiver like every other', () => {
    expect(parseMessage(PanelToBackground, envelope('saveStatement', { statement: { ...input(), kind: 'verdict' } }))).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid saveStatement: statement\.kind/) });
    expect(parseMessage(PanelToBackground, envelope('saveStatement', { statement: input() })).ok).toBe(true);
  });
});

describe('editing and removing', () => {
  it('an edit keeps the id and rewrites the relations; removal takes the statement, its relations and unused speaker', async () => {
    const saved = await saveStatement(db, input(), now);
    if (!saved.ok) throw new Error(saved.error);
    const edited = await saveStatement(db, input({ speaker: { actorId: 'example-deputy' }, relations: [{ to: 'bundled-answer', type: 'supports', explanation: 'Same position.' }] }), now, saved.value.id);
    expect(edited).toMatchObject({ ok: true, value: { id: saved.value.id } });
    const mine = await listMyStatements(db);
    expect(mine).toMatchObject({ ok: true, value: { claims: [{ id: saved.value.id }], relations: [{ from: saved.value.id, to: 'bundled-answer', type: 'supports' }], actors: [{ id: 'example-deputy' }] } });
    expect(await saveStatement(db, input(), now, 'bundled-answer')).toEqual({ ok: false, error: '"bundled-answer" is not one of your statements.' });
    expect(await removeStatement(db, saved.value.id, now)).toEqual({ ok: true, value: null });
    expect(await listMyStatements(db)).toEqual({ ok: true, value: { claims: [], actors: [], events: [], relations: [] } });
    expect(await db.packs.get('my-statements')).toBeUndefined();
    expect(await removeStatement(db, 'bundled-answer', now)).toMatchObject({ ok: false });
  });

  it('"My statements" exports and re-imports elsewhere with the same statement and relation', async () => {
    const saved = await saveStatement(db, input(), now);
    if (!saved.ok) throw new Error(saved.error);
    const file = await exportPack(db, { packId: 'my-statements', format: 'sverka' }, now);
    if (!file.ok) throw new Error(file.error);
    const other = new SverkaDatabase(`statements-other-${n++}`);
    await syncBundled(other, testBundle());
    expect(await importPack(other, file.value.fileName, file.value.text, now)).toMatchObject({ ok: true, value: { added: { claims: 1, actors: 1, relations: 1 } } });
    expect((await readDatabase(other)).claims.find((c) => c.id === saved.value.id)).toEqual(saved.value);
  });
});
