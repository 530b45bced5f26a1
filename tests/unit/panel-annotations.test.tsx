// @vitest-environment happy-dom
// The panel's annotations container against a fake `request` and WXT's fake
// browser (session storage, broadcasts): what it asks the background for, the
// draft and anchoring report it reads from session storage, how it saves with
// the tab's article date and events, exports with the tab for the report, and
// re-reads when the background says annotations changed. Also the panel's
// side of a statement card's "Annotate" and of a highlight clicked while no
// panel was open.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnnotationsSection, claimOptionsOf } from '../../components/AnnotationsSection';
import { App } from '../../components/App';
import { envelope } from '../../lib/messaging';
import { anchorsKey, draftKey, pendingFocusKey } from '../../lib/service/tab-session';
import { doneState } from './panel-fixtures';
import { sample } from '../fixtures/annotations/db';
import type { Annotation, ExportFile } from '../../lib/annotations/types';
import type { request as realRequest } from '../../components/api';

afterEach(() => cleanup());

const PAGE = 'https://tass.ru/politika/4430563';
const onPage = sample({ id: 'a-1', url: PAGE, exact: 'Трамп ясно дал понять, что он заинтересован в обсуждении этого вопроса.' });
const elsewhere = sample({ id: 'a-2', url: 'https://ria.ru/20161009/1478876283.html', exact: 'Цитата с другой страницы' });

/** A background that keeps annotations in memory and records every request. */
function fakeBackground(initial: Annotation[] = [onPage]) {
  let stored = [...initial];
  const calls: { type: string; payload: unknown }[] = [];
  const request = (async (type: string, payload: Record<string, unknown>) => {
    calls.push({ type, payload });
    switch (type) {
      case 'listAnnotations':
        return { ok: true, value: stored.filter((a) => !payload.url || a.url === payload.url) };
      case 'saveAnnotation': {
        const p = payload as { target: { url: string; exact: string }; note: string; tags: string[]; claimIds: string[] };
        const saved = sample({ id: `new-${stored.length}`, url: p.target.url, exact: p.target.exact, note: p.note, tags: p.tags, claimIds: p.claimIds });
        stored = [...stored, saved];
        return { ok: true, value: saved };
      }
      case 'exportAnnotations':
        return { ok: true, value: { fileName: 'x.md', mimeType: 'text/markdown', text: '# x' } };
      default:
        return { ok: false, error: `unexpected ${type}` };
    }
  }) as unknown as typeof realRequest;
  return { request, calls, add: (a: Annotation) => (stored = [...stored, a]) };
}

describe('AnnotationsSection', () => {
  it('lists this page’s annotations, marks what the page reported (orphans first), and switches to all pages', async () => {
    const bg = fakeBackground([onPage, elsewhere, sample({ id: 'a-3', url: PAGE, exact: 'Цитата, которой больше нет' })]);
    await fakeBrowser.storage.session.set({
      [anchorsKey(7)]: { url: `${PAGE}#comments`, results: [{ id: 'a-1', status: 'exact' }, { id: 'a-3', status: 'orphan' }], at: 1 },
    });
    render(<AnnotationsSection tabId={7} state={doneState()} request={bg.request} />);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(bg.calls.find((c) => c.type === 'listAnnotations')).toEqual({ type: 'listAnnotations', payload: { url: PAGE } });
    const [first, second] = screen.getAllByRole('article');
    expect(first.getAttribute('data-anchor')).toBe('orphan');
    expect(within(first).getByRole('note').textContent).toContain('Could not be found on the page');
    expect(second.getAttribute('data-anchor')).toBe('exact');

    fireEvent.click(screen.getByLabelText('All pages'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    expect(bg.calls.at(-1)).toEqual({ type: 'listAnnotations', payload: {} });
  });

  it('moves the focus to the editor and back to Edit in the same task as the DOM change, never leaving it on <body>', async () => {
    render(<AnnotationsSection tabId={7} state={doneState()} request={fakeBackground().request} />);
    const item = await screen.findByRole('article');
    // Where the focus is when the DOM changes, seen by an observer that runs before any later task or frame.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.activeElement?.className || document.activeElement!.tagName));
    observer.observe(item, { childList: true, subtree: true });
    // Native events, not fireEvent: testing-library wraps those in act(), which runs every effect at once and so
    // cannot tell a layout effect from a plain one.
    within(item).getByRole('button', { name: /^Edit the annotation on / }).click();
    const editor = await within(item).findByRole('form');
    expect(seen[0]).toBe('TEXTAREA');
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    seen.length = 0;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(item.querySelector('form')).toBeNull());
    expect(seen[0]).toContain('ann-edit');
    observer.disconnect();
  });

  it('ignores an anchoring report about another page of the tab', async () => {
    await fakeBrowser.storage.session.set({ [anchorsKey(7)]: { url: 'https://tass.ru/other/1', results: [{ id: 'a-1', status: 'orphan' }], at: 1 } });
    render(<AnnotationsSection tabId={7} state={doneState()} request={fakeBackground().request} />);
    const item = await screen.findByRole('article');
    await new Promise((r) => setTimeout(r, 20));
    expect(item.getAttribute('data-anchor')).toBe('unknown');
  });

  it('opens the editor on the tab’s draft, saves it with the article’s date and events, and clears the draft', async () => {
    const bg = fakeBackground([]);
    render(<AnnotationsSection tabId={7} state={doneState()} request={bg.request} />);
    await screen.findByText('No annotations yet', { exact: false });
    // The background stores the draft when the reader clicks "Annotate in Sverka" in the page.
    const target = { url: PAGE, title: 'Лавров', exact: 'Лавров заявил, что Трамп подтвердил заинтересованность.', prefix: '', suffix: '', start: 10, end: 60 };
    await fakeBrowser.storage.session.set({ [draftKey(7)]: { target } });
    const editor = await screen.findByRole('form', { name: 'New annotation' });
    expect(within(editor).getByText(target.exact)).toBeTruthy();
    // The statements of the page are offered for linking, labelled "Speaker, date: “quote”".
    expect(editor.querySelector('input[value="lavrov-trump-interested"]')!.closest('label')!.textContent!.trim()).toBe(
      'Sergey Lavrov, 21 July 2017: “Трамп ясно дал понять, что он заинтересован в обсуждении этого вопроса”',
    );
    fireEvent.input(within(editor).getByLabelText('Note'), { target: { value: 'Проверить' } });
    fireEvent.input(within(editor).getByLabelText('Tags'), { target: { value: 'Лавров, Трамп' } });
    fireEvent.submit(editor);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New annotation' })).toBeNull());
    expect(bg.calls.find((c) => c.type === 'saveAnnotation')?.payload).toEqual({
      note: 'Проверить', tags: ['Лавров', 'Трамп'], claimIds: [], target,
      published: '2017-07-21T16:48:00+03:00', events: ['2017-07-hamburg-cyber-security-unit'],
    });
    expect(await fakeBrowser.storage.session.get(draftKey(7))).toEqual({});
  });

  it('re-reads the list when the background broadcasts annotationsChanged', async () => {
    const bg = fakeBackground([]);
    render(<AnnotationsSection tabId={7} state={doneState()} request={bg.request} />);
    await screen.findByText('No annotations yet', { exact: false });
    bg.add(onPage);
    await fakeBrowser.runtime.onMessage.trigger(envelope('annotationsChanged', {}), {});
    await screen.findByRole('article');
  });

  it('exports this page with its address, and the findings report with the tab', async () => {
    const bg = fakeBackground();
    const saved: ExportFile[] = [];
    render(<AnnotationsSection tabId={7} state={doneState()} request={bg.request} save={(f) => saved.push(f)} />);
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'CSV (spreadsheet)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Findings report (Markdown)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(bg.calls.filter((c) => c.type === 'exportAnnotations').map((c) => c.payload)).toEqual([
      { scope: 'page', format: 'csv', url: PAGE },
      { scope: 'page', format: 'report', url: PAGE, tabId: 7 },
    ]);
  });

  it('shows why the list could not be loaded', async () => {
    const failing = (async () => ({ ok: false, error: 'the database is closed' })) as unknown as typeof realRequest;
    render(<AnnotationsSection tabId={7} state={doneState()} request={failing} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Annotations could not be loaded: the database is closed');
  });

  it('offers each matched statement once, in reading order', () => {
    expect(claimOptionsOf(doneState()).map((o) => o.id)).toEqual(['lavrov-trump-confirmed', 'lavrov-trump-interested', 'lavrov-open-cyberspace']);
  });
});

describe('App and annotations', () => {
  function fakeApp() {
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = raw as { type: string };
      const answers: Record<string, unknown> = { getTabState: doneState(), getDatabaseInfo: { version: 'abc', claims: 1, events: 1, actors: 1, relations: 1 }, listAnnotations: [] };
      return msg.type in answers ? Promise.resolve({ ok: true, value: answers[msg.type] }) : undefined;
    });
  }

  it('a statement card’s "Annotate" opens the editor on its sentence with the statement ticked', async () => {
    fakeApp();
    const { container } = render(<App pinnedTabId={7} browserLang="en" />);
    await screen.findByText('Statements found', { exact: false });
    const card = container.querySelector('.group[data-sentence-start="100"] .card')!;
    fireEvent.click(within(card as HTMLElement).getByRole('button', { name: 'Annotate the statement of Sergey Lavrov, 21 July 2017' }));
    const editor = await screen.findByRole('form', { name: 'New annotation' });
    expect(editor.querySelector('.ann-quote')!.textContent).toBe('Лавров заявил, что Трамп подтвердил заинтересованность.');
    expect((editor.querySelector('input[value="lavrov-trump-confirmed"]') as HTMLInputElement).checked).toBe(true);
    expect(await fakeBrowser.storage.session.get(draftKey(7))).toEqual({
      [draftKey(7)]: { target: { url: PAGE, title: doneState().article!.title, exact: 'Лавров заявил, что Трамп подтвердил заинтересованность.' }, claimIds: ['lavrov-trump-confirmed'] },
    });
    // The note field takes the focus, so the reader can type at once.
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
  });

  it('focuses the card of a highlight clicked before the panel opened, once, if recent', async () => {
    fakeApp();
    await fakeBrowser.storage.session.set({ [pendingFocusKey(7)]: { start: 900, at: Date.now() - 1_000 } });
    const { container } = render(<App pinnedTabId={7} browserLang="en" />);
    const first = await waitFor(() => {
      const card = container.querySelector('.group[data-sentence-start="900"] .card');
      expect(document.activeElement).toBe(card);
      return card;
    });
    expect(first!.classList.contains('focused')).toBe(true);
    expect(await fakeBrowser.storage.session.get(pendingFocusKey(7))).toEqual({});
  });

  it('ignores a stale pending focus', async () => {
    fakeApp();
    await fakeBrowser.storage.session.set({ [pendingFocusKey(7)]: { start: 900, at: Date.now() - 60_000 } });
    const { container } = render(<App pinnedTabId={7} browserLang="en" />);
    await screen.findByText('Statements found', { exact: false });
    await new Promise((r) => setTimeout(r, 30));
    expect(container.querySelector('.focused')).toBeNull();
    expect(await fakeBrowser.storage.session.get(pendingFocusKey(7))).toEqual({});
  });
});
