// The background's annotation handlers over fake-indexeddb: saving from a
// selection or a statement, editing from two tabs at once, deleting, listing
// with filters, exporting, importing, and a full disk that changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contentPageAnnotations, deleteAnnotation, exportAnnotations, importAnnotations, listAnnotations, pageAnnotations, saveAnnotation, updateAnnotation,
} from '../../lib/service/annotations';
import { syncBundled } from '../../lib/db/sync-bundled';
import { AnnotationMessages } from '../../lib/annotations/protocol';
import { openV2 } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';
import type { AnnotationsDb } from '../../lib/db/annotations';
import type { AnnotationMessage } from '../../lib/annotations/protocol';
import type { Annotation } from '../../lib/annotations/types';

let clock = Date.parse('2026-02-01T10:00:00.000Z');
const now = () => new Date(clock);
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
let dbCount = 0;
let db: AnnotationsDb;

beforeEach(async () => {
  clock = Date.parse('2026-02-01T10:00:00.000Z');
  db = openV2(`annotation-service-${++dbCount}`);
  await syncBundled(db, testBundle());
});

const selection = {
  url: 'https://tass.ru/politika/example-fixture?utm_source=telegram#comments',
  title: 'Чиновник: направлены десятки запросов',
  exact: 'мы направили 10 запросов',
  prefix: 'В прошлом году ',
  suffix: ', получили ноль ответов',
  start: 120,
  end: 141,
};

function payload(over: Partial<AnnotationMessage['saveAnnotation']> = {}): AnnotationMessage['saveAnnotation'] {
  return AnnotationMessages.saveAnnotation.parse({ target: selection, note: 'Проверить', tags: [' Женева ', 'женева', 'экстрадиция'], claimIds: ['bundled-requests'], stance: 'contradicts', ...over });
}

async function saved(over: Partial<AnnotationMessage['saveAnnotation']> = {}): Promise<Annotation> {
  const result = await saveAnnotation(db, payload(over), now, newId);
  if (!result.ok) throw new Error(result.error);
  clock += 60_000;
  return result.value;
}

const body = (a: Annotation) => ({ note: a.note, tags: a.tags, claimIds: a.claimIds, ...(a.stance ? { stance: a.stance } : {}) });

describe('saveAnnotation', () => {
  it('stores the quote with its selectors, the page without tracking parameters, its outlet, and the events of the linked claims', async () => {
    const a = await saved({ events: ['page-event'] });
    expect(a).toMatchObject({
      url: 'https://tass.ru/politika/example-fixture', outletId: 'tass', exact: selection.exact, prefix: selection.prefix, start: 120, end: 141,
      tags: ['Женева', 'экстрадиция'], stance: 'contradicts', claimIds: ['bundled-requests'], events: ['page-event', 'example-talks-2021'],
      created: '2026-02-01T10:00:00.000Z', modified: '2026-02-01T10:00:00.000Z',
    });
    expect(await db.annotations.get(a.id)).toEqual(a);
  });

  it('saves a matched statement without positions', async () => {
    const { start: _s, end: _e, prefix: _p, suffix: _x, ...statement } = selection;
    const a = await saved({ target: statement, note: '', tags: [], stance: undefined });
    expect(a.start).toBeUndefined();
    expect(a.prefix).toBe('');
    expect(a.stance).toBeUndefined();
  });

  it('rejects a payload whose positions do not fit together at the receiver', () => {
    expect(AnnotationMessages.saveAnnotation.safeParse({ target: { ...selection, end: undefined }, note: '', tags: [], claimIds: [] }).success).toBe(false);
    expect(AnnotationMessages.saveAnnotation.safeParse({ target: { ...selection, start: 10, end: 5 }, note: '', tags: [], claimIds: [] }).success).toBe(false);
  });
});

describe('updateAnnotation from two tabs', () => {
  it('applies an edit based on the current version', async () => {
    const a = await saved();
    const result = await updateAnnotation(db, { id: a.id, modified: a.modified, before: body(a), after: { ...body(a), note: 'Проверено: ответов не было', stance: undefined } }, now);
    expect(result.ok && result.value).toMatchObject({ note: 'Проверено: ответов не было', created: a.created, modified: '2026-02-01T10:01:00.000Z' });
    expect(result.ok && 'stance' in result.value).toBe(false);
  });

  it('merges edits of different fields made at once in two tabs, losing neither', async () => {
    const a = await saved();
    const base = { id: a.id, modified: a.modified, before: body(a) };
    const [one, two] = await Promise.all([
      updateAnnotation(db, { ...base, after: { ...body(a), note: 'Заметка из первой вкладки' } }, now),
      updateAnnotation(db, { ...base, after: { ...body(a), tags: [...a.tags, 'минюст'], claimIds: [...a.claimIds, 'bundled-answer'] } }, now),
    ]);
    expect(one.ok && two.ok).toBe(true);
    const stored = (await db.annotations.get(a.id))!;
    expect(stored).toMatchObject({ note: 'Заметка из первой вкладки', tags: ['Женева', 'экстрадиция', 'минюст'], claimIds: ['bundled-requests', 'bundled-answer'] });
    // The two writes have different versions even within one millisecond.
    expect(stored.modified > a.modified).toBe(true);
  });

  it('merges tag removals and additions from both tabs as sets', async () => {
    const a = await saved();
    const base = { id: a.id, modified: a.modified, before: body(a) };
    await updateAnnotation(db, { ...base, after: { ...body(a), tags: ['экстрадиция'] } }, now);
    const second = await updateAnnotation(db, { ...base, after: { ...body(a), tags: [...a.tags, 'Минюст США'] } }, now);
    expect(second.ok && second.value.tags).toEqual(['экстрадиция', 'Минюст США']);
  });

  it('refuses a second, different note based on the old version, with a clear message, keeping the first', async () => {
    const a = await saved();
    const base = { id: a.id, modified: a.modified, before: body(a) };
    expect((await updateAnnotation(db, { ...base, after: { ...body(a), note: 'Версия А' } }, now)).ok).toBe(true);
    const refused = await updateAnnotation(db, { ...base, after: { ...body(a), note: 'Версия Б' } }, now);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('changed in another tab or window') });
    expect(!refused.ok && refused.error).toContain('the note');
    expect((await db.annotations.get(a.id))!.note).toBe('Версия А');
  });

  it('says so when the annotation was deleted meanwhile', async () => {
    const a = await saved();
    await deleteAnnotation(db, { id: a.id });
    const result = await updateAnnotation(db, { id: a.id, modified: a.modified, before: body(a), after: { ...body(a), note: 'x' } }, now);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no longer exists') });
  });
});

describe('deleteAnnotation, listAnnotations, pageAnnotations', () => {
  it('deletes one annotation and reports a second delete', async () => {
    const a = await saved();
    expect(await deleteAnnotation(db, { id: a.id })).toEqual({ ok: true, value: null });
    expect(await deleteAnnotation(db, { id: a.id })).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  it('lists this page and all pages, filtered by tag, outlet, event, stance, text and date', async () => {
    const tass = await saved({ published: '2021-06-16T23:10:00+03:00' });
    const ria = await saved({ target: { ...selection, url: 'https://ria.ru/20161009/1478791563.html', title: 'Лавров о киберпреступности' }, tags: ['Лавров'], claimIds: [], stance: 'context', published: '2016-10-09T12:00:00+03:00', note: 'Ёмкая цитата' });
    const other = await saved({ target: { ...selection, url: 'https://example.org/blog', title: 'Blog' }, tags: [], claimIds: [], stance: undefined, note: '' });
    const ids = async (filter: Parameters<typeof listAnnotations>[1]) => {
      const r = await listAnnotations(db, filter);
      return r.ok ? r.value.map((a) => a.id) : r.error;
    };
    expect(await ids({})).toEqual([tass.id, ria.id, other.id]);
    expect(await ids({ url: 'https://ria.ru/20161009/1478791563.html#top' })).toEqual([ria.id]);
    expect(await ids({ tag: 'женева' })).toEqual([tass.id]);
    expect(await ids({ outletId: 'ria' })).toEqual([ria.id]);
    expect(await ids({ event: 'example-talks-2021' })).toEqual([tass.id]);
    expect(await ids({ stance: 'context' })).toEqual([ria.id]);
    expect(await ids({ text: 'емкая' })).toEqual([ria.id]);
    expect(await ids({ from: '2021-01-01', to: '2021-12-31' })).toEqual([tass.id]);
    expect(await ids({ from: '2026-02-01', dateOf: 'annotated' })).toEqual([tass.id, ria.id, other.id]);
    const page = await pageAnnotations(db, 'https://tass.ru/politika/example-fixture');
    expect(page.ok && page.value.map((a) => a.id)).toEqual([tass.id]);
  });

  it('gives a content script only the annotations of the page it runs in', async () => {
    const a = await saved();
    expect(await contentPageAnnotations(db, { url: a.url }, `${a.url}#section`)).toMatchObject({ ok: true, value: [a] });
    expect(await contentPageAnnotations(db, { url: a.url }, 'https://evil.example/')).toEqual({ ok: false, error: 'A page can only read its own annotations.' });
  });
});

describe('storage', () => {
  it('survives a re-seed of the bundled claims', async () => {
    const a = await saved();
    expect(await syncBundled(db, testBundle('v2'))).toBe(true);
    expect(await db.annotations.get(a.id)).toEqual(a);
  });

  it('answers a full disk with a clear message and stores nothing', async () => {
    db.annotations.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveAnnotation(db, payload(), now, newId);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("the browser's storage for Sverka is full") });
    expect(await db.annotations.count()).toBe(0);
  });

  it('rolls back a whole import when one write fails', async () => {
    await saved();
    await saved({ target: { ...selection, exact: 'получили ноль ответов' } });
    const file = await exportAnnotations(db, { scope: 'all', format: 'jsonld' }, now);
    await db.annotations.clear();
    let writes = 0;
    db.annotations.hook('creating', () => {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await importAnnotations(db, { fileName: 'two.jsonld', text: file.ok ? file.value.text : '' }, now);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('The annotations were not imported: the browser\'s storage for Sverka is full') });
    expect(writes).toBe(2);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('exportAnnotations and importAnnotations', () => {
  it('exports each format with a file name and type, and the report from findings', async () => {
    await saved();
    const expectations = { jsonld: 'application/ld+json', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8' } as const;
    for (const [format, mimeType] of Object.entries(expectations) as [keyof typeof expectations, string][]) {
      const file = await exportAnnotations(db, { scope: 'page', url: selection.url, format }, now, 'en');
      expect(file).toMatchObject({ ok: true, value: { mimeType, fileName: `sverka-annotations-tass-ru-politika-example-fixture-2026-02-01.${format}` } });
    }
    const noFindings = await exportAnnotations(db, { scope: 'page', url: selection.url, format: 'report' }, now, 'en');
    expect(noFindings).toEqual({ ok: false, error: expect.stringContaining('no findings') });
    const report = await exportAnnotations(db, { scope: 'page', url: selection.url, format: 'report', findings: { onTopic: false, events: [], matches: [], contradictions: [] }, meta: { url: selection.url, title: 'T' } }, now, 'en');
    expect(report.ok && report.value.text).toContain('No tracked event was found on this page.');
  });

  it('imports its own export into another database, then skips every duplicate on a second import', async () => {
    const a = await saved();
    const b = await saved({ target: { ...selection, exact: 'получили ноль ответов' } });
    const file = await exportAnnotations(db, { scope: 'all', format: 'jsonld' }, now);
    const text = file.ok ? file.value.text : '';
    const other = openV2(`annotation-service-other-${dbCount}`);
    expect(await importAnnotations(other, { fileName: 'colleague.jsonld', text }, now)).toEqual({ ok: true, value: { added: 2, duplicates: [], notImported: [] } });
    expect(await other.annotations.toArray()).toEqual([a, b].sort((x, y) => (x.id < y.id ? -1 : 1)));
    const again = await importAnnotations(other, { fileName: 'colleague.jsonld', text }, now);
    expect(again).toEqual({ ok: true, value: { added: 0, notImported: [], duplicates: [{ id: a.id, reason: 'the same id is already in the database' }, { id: b.id, reason: 'the same id is already in the database' }] } });
  });

  it('rejects a malformed file with a clear message and changes nothing', async () => {
    await saved();
    const before = await db.annotations.toArray();
    expect(await importAnnotations(db, { fileName: 'broken.jsonld', text: '{"type": "AnnotationCollection", "first": ' }, now)).toEqual({ ok: false, error: expect.stringMatching(/^broken\.jsonld is not valid JSON/) });
    expect(await db.annotations.toArray()).toEqual(before);
  });
});
