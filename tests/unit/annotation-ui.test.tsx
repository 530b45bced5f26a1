// @vitest-environment happy-dom
// The annotation components as a reader uses them: the list of this page with
// orphans shown by their quote, search and filters, the editor for a new quote
// and for an existing annotation (including a conflict with another tab),
// delete with confirmation, export and import — and the whole section wired
// to the real service over fake-indexeddb, with only the messaging left out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { AnnotationsPanel } from '../../components/annotations/AnnotationsPanel';
import { AnnotationList } from '../../components/annotations/AnnotationList';
import { ExportButtons } from '../../components/annotations/ExportButtons';
import { ImportAnnotations } from '../../components/annotations/ImportAnnotations';
import { setUiLang } from '../../lib/i18n';
import { deleteAnnotation, exportAnnotations, importAnnotations, listAnnotations, saveAnnotation, updateAnnotation } from '../../lib/service/annotations';
import { syncBundled } from '../../lib/db/sync-bundled';
import { SAMPLES } from '../fixtures/annotations/samples';
import { openV2, sample } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';
import type { Annotation } from '../../lib/annotations/types';
import type { AnnotationDraft, ExportFile } from '../../components/annotations/types';
import type { Result } from '../../lib/protocol';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
const noop = { onUpdate: () => ok(SAMPLES[0]), onDelete: () => ok(null) };
const shownQuotes = () => screen.queryAllByRole('article').map((a) => a.querySelector('.ann-quote')?.textContent);
const claimOptions = [
  { id: 'bundled-requests', label: 'Example Official, 16 June 2021: “We sent eighty requests…”' },
  { id: 'bundled-answer', label: 'Example Minister, 16 June 2021: “Every request was answered in full.”' },
];

describe('AnnotationList', () => {
  it('shows an orphan first, distinctly, with its quote and an explanation', () => {
    const [found, orphan] = [SAMPLES[0], { ...SAMPLES[0], id: 'orphan-1', exact: 'Цитата, которой больше нет на странице', created: '2026-02-05T00:00:00.000Z' }];
    render(<AnnotationList scope="page" annotations={[found, orphan]} anchors={{ [found.id]: { id: found.id, status: 'exact' }, 'orphan-1': { id: 'orphan-1', status: 'orphan' } }} claimOptions={claimOptions} {...noop} />);
    expect(shownQuotes()).toEqual(['Цитата, которой больше нет на странице', found.exact]);
    const orphanCard = screen.getAllByRole('article')[0];
    expect(orphanCard.getAttribute('data-anchor')).toBe('orphan');
    expect(within(orphanCard).getByRole('note').textContent).toContain('Could not be found on the page');
    expect(within(screen.getAllByRole('article')[1]).queryByRole('note')).toBeNull();
  });

  it('narrows by search text, tag, outlet, event, stance and date range', () => {
    render(<AnnotationList scope="all" annotations={SAMPLES} claimOptions={[]} eventTitles={{ 'example-talks-2021': 'Example talks' }} {...noop} />);
    expect(screen.getByText('Showing 3 of 3 annotations.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'минюста' } });
    expect(shownQuotes()).toEqual([SAMPLES[0].exact]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'Лавров' } });
    expect(shownQuotes()).toEqual([SAMPLES[1].exact]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: 'tass' } });
    expect(shownQuotes()).toEqual([SAMPLES[0].exact]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'example-talks-2021' } });
    expect(shownQuotes()).toEqual([SAMPLES[0].exact, SAMPLES[2].exact]);
    fireEvent.change(screen.getByLabelText('Stance'), { target: { value: 'context' } });
    expect(shownQuotes()).toEqual([SAMPLES[2].exact]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2016-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2016-12-31' } });
    expect(shownQuotes()).toEqual([SAMPLES[1].exact]);
    fireEvent.change(screen.getByLabelText('Dates refer to'), { target: { value: 'annotated' } });
    expect(screen.getByText('No annotation matches these filters.')).toBeTruthy();
    // The all-pages list names and links each page.
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('link', { name: SAMPLES[1].title }).getAttribute('href')).toBe(SAMPLES[1].url);
  });

  it('edits an annotation and sends the version it was based on', async () => {
    const onUpdate = vi.fn(() => ok(SAMPLES[0]));
    render(<AnnotationList scope="page" annotations={[SAMPLES[0]]} claimOptions={claimOptions} onUpdate={onUpdate} onDelete={() => ok(null)} />);
    fireEvent.click(screen.getByRole('button', { name: `Edit the annotation on “${SAMPLES[0].exact.slice(0, 57)}…”` }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Ответов действительно не было' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'экстрадиция, , Минюст' } });
    fireEvent.click(screen.getByLabelText('Context'));
    fireEvent.click(screen.getByLabelText(claimOptions[1].label));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
    expect(onUpdate).toHaveBeenCalledWith({
      id: SAMPLES[0].id, modified: SAMPLES[0].modified,
      before: { note: SAMPLES[0].note, tags: SAMPLES[0].tags, claimIds: SAMPLES[0].claimIds, stance: 'contradicts' },
      after: { note: 'Ответов действительно не было', tags: ['экстрадиция', 'Минюст'], claimIds: ['bundled-requests'], stance: 'context' },
    });
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.classList.contains('ann-edit')).toBe(true));
  });

  it('keeps the editor open with the reason when the save is refused (another tab changed the note)', async () => {
    const onUpdate = vi.fn(() => Promise.resolve({ ok: false as const, error: 'This annotation was changed in another tab or window…' }));
    render(<AnnotationList scope="page" annotations={[SAMPLES[0]]} claimOptions={claimOptions} onUpdate={onUpdate} onDelete={() => ok(null)} />);
    fireEvent.click(screen.getByText('Edit'));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'x' } });
    fireEvent.submit(screen.getByLabelText('Note').closest('form')!);
    await waitFor(() => expect(screen.getByText(/Not saved: This annotation was changed in another tab/)).toBeTruthy());
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('x');
  });

  it('deletes only after confirmation, and Cancel gives focus back to Delete', async () => {
    const onDelete = vi.fn(() => ok(null));
    render(<AnnotationList scope="page" annotations={[SAMPLES[1]]} claimOptions={[]} onUpdate={() => ok(SAMPLES[1])} onDelete={onDelete} />);
    fireEvent.click(screen.getByText('Delete'));
    expect(screen.getByText('Delete this annotation? This cannot be undone.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByText('Cancel'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete'));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Delete'));
    fireEvent.click(screen.getByText('Yes, delete'));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith(SAMPLES[1].id));
    expect(await screen.findByText('Deleted.')).toBeTruthy();
  });
});

describe('ExportButtons and ImportAnnotations', () => {
  it('exports each format for the scope and hands the file to save; the report only when the page has findings', async () => {
    const file: ExportFile = { fileName: 'sverka-annotations-all-2026-02-01.csv', mimeType: 'text/csv;charset=utf-8', text: '\uFEFFid\r\n' };
    const onExport = vi.fn(() => ok(file));
    const save = vi.fn();
    const { unmount } = render(<ExportButtons scope="all" onExport={onExport} save={save} canReport />);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('data-format'))).toEqual(['jsonld', 'csv', 'md']);
    fireEvent.click(screen.getByRole('button', { name: 'CSV (spreadsheet)' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(file));
    expect(onExport).toHaveBeenCalledWith('csv', 'all');
    expect(screen.getByText('Exported sverka-annotations-all-2026-02-01.csv.')).toBeTruthy();
    unmount();
    render(<ExportButtons scope="page" onExport={() => Promise.resolve({ ok: false as const, error: 'There are no findings for this page yet.' })} save={save} canReport />);
    fireEvent.click(screen.getByRole('button', { name: 'Findings report (Markdown)' }));
    expect(await screen.findByText('Not exported: There are no findings for this page yet.')).toBeTruthy();
  });

  it('imports the chosen file and lists the duplicates it skipped', async () => {
    const onImport = vi.fn(() => ok({ added: 1, duplicates: [{ id: 'abc', reason: 'the same id is already in the database' }] }));
    render(<ImportAnnotations onImport={onImport} readText={() => Promise.resolve('{"file": true}')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose a file first.')).toBeTruthy();
    const input = screen.getByLabelText('Annotation file (.jsonld, .json)');
    fireEvent.change(input, { target: { files: [new File(['x'], 'colleague.jsonld')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 1. Skipped as duplicates: 1.')).toBeTruthy();
    expect(onImport).toHaveBeenCalledWith('colleague.jsonld', '{"file": true}');
    expect(screen.getByText(/the same id is already in the database/)).toBeTruthy();
  });
});

describe('AnnotationsPanel', () => {
  const draft: AnnotationDraft = {
    target: { url: 'https://tass.ru/politika/example-fixture', title: 'Чиновник', exact: 'получили ноль ответов', prefix: '10 запросов, ', suffix: '», — сказал', start: 10, end: 30 },
    claimIds: ['bundled-requests'],
    published: '2021-06-16T23:10:00+03:00',
    events: ['example-talks-2021'],
  };

  it('saves a new annotation from a selection with the statement already ticked', async () => {
    const onSave = vi.fn(() => ok(SAMPLES[0]));
    const onDraftClosed = vi.fn();
    render(<AnnotationsPanel scope="page" onScopeChange={() => {}} annotations={[]} claimOptions={claimOptions} draft={draft} onDraftClosed={onDraftClosed}
      onSave={onSave} onUpdate={() => ok(SAMPLES[0])} onDelete={() => ok(null)} onExport={() => ok({ fileName: '', mimeType: '', text: '' })} onImport={() => ok({ added: 0, duplicates: [] })} />);
    expect(screen.getByRole('heading', { name: 'New annotation' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    expect((screen.getByLabelText(claimOptions[0].label) as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Сравнить с Минюстом' } });
    fireEvent.click(screen.getByLabelText('Supports'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDraftClosed).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({ target: draft.target, note: 'Сравнить с Минюстом', tags: [], claimIds: ['bundled-requests'], stance: 'supports', published: draft.published, events: draft.events });
  });

  it('Escape in the editor cancels the draft', () => {
    const onDraftClosed = vi.fn();
    render(<AnnotationsPanel scope="page" onScopeChange={() => {}} annotations={[]} claimOptions={[]} draft={draft} onDraftClosed={onDraftClosed}
      onSave={() => ok(SAMPLES[0])} onUpdate={() => ok(SAMPLES[0])} onDelete={() => ok(null)} onExport={() => ok({ fileName: '', mimeType: '', text: '' })} onImport={() => ok({ added: 0, duplicates: [] })} />);
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    expect(onDraftClosed).toHaveBeenCalled();
  });

  it('works end to end against the real service: save, edit, switch to all pages, export, delete', async () => {
    const db = openV2('annotation-ui-e2e');
    await syncBundled(db, testBundle());
    // Each call a minute later, so "oldest first" is a fixed order.
    let minute = 0;
    const now = () => new Date(Date.UTC(2026, 1, 1, 10, minute++));
    await saveAnnotation(db, { target: { ...draft.target, url: 'https://ria.ru/x.html', title: 'RIA', exact: 'Другая страница' }, note: '', tags: ['ria'], claimIds: [] }, now);
    const saved: ExportFile[] = [];
    function Wired() {
      const [scope, setScope] = useState<'page' | 'all'>('page');
      const [list, setList] = useState<Annotation[]>([]);
      const [pending, setPending] = useState<AnnotationDraft | undefined>(draft);
      const reload = async (s = scope) => {
        const r = await listAnnotations(db, s === 'page' ? { url: draft.target.url } : {});
        if (r.ok) setList(r.value);
      };
      const after = async <T,>(r: Result<T>) => { await reload(); return r; };
      return (
        <AnnotationsPanel scope={scope} onScopeChange={(s) => { setScope(s); reload(s); }} annotations={list} claimOptions={claimOptions} draft={pending} onDraftClosed={() => setPending(undefined)}
          onSave={async (p) => after(await saveAnnotation(db, p, now))} onUpdate={async (p) => after(await updateAnnotation(db, p, now))}
          onDelete={async (id) => after(await deleteAnnotation(db, { id }))}
          onExport={(format, s) => exportAnnotations(db, { scope: s, url: draft.target.url, format }, now, 'en')}
          onImport={async (fileName, text) => after(await importAnnotations(db, { fileName, text }, now))}
          save={(f) => saved.push(f)} />
      );
    }
    render(<Wired />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Первая заметка' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(shownQuotes()).toEqual(['получили ноль ответов']));
    fireEvent.click(screen.getByText('Edit'));
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'Женева' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('Женева'));
    fireEvent.click(screen.getByLabelText('All pages'));
    await waitFor(() => expect(shownQuotes()).toEqual(['Другая страница', 'получили ноль ответов']));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].text).toContain('**Note:** Первая заметка');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the annotation on “Другая страница”' }));
    fireEvent.click(screen.getByText('Yes, delete'));
    await waitFor(() => expect(shownQuotes()).toEqual(['получили ноль ответов']));
    db.close();
  });

  it('speaks Russian and Ukrainian, and has no axe violations', async () => {
    setUiLang('ru');
    const { unmount } = render(<AnnotationsPanel scope="all" onScopeChange={() => {}} annotations={SAMPLES} anchors={{}} claimOptions={claimOptions} draft={draft} onDraftClosed={() => {}}
      onSave={() => ok(SAMPLES[0])} onUpdate={() => ok(SAMPLES[0])} onDelete={() => ok(null)} onExport={() => ok({ fileName: '', mimeType: '', text: '' })} onImport={() => ok({ added: 0, duplicates: [] })} />);
    expect(screen.getByRole('heading', { name: /^Заметки/ })).toBeTruthy();
    expect(screen.getByLabelText('Противоречит')).toBeTruthy();
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    unmount();
    setUiLang('uk');
    render(<AnnotationList scope="page" annotations={[sample()]} anchors={{ [sample().id]: { id: sample().id, status: 'orphan' } }} claimOptions={[]} {...noop} />);
    expect(screen.getByRole('note').textContent).toContain('Не вдалося знайти на сторінці');
  });
});
