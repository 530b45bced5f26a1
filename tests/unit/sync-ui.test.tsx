// @vitest-environment happy-dom
// The sync settings, the colleagues' list, publish buttons, page notes and
// the import report in the panel (components/sync, components/annotations),
// driven through props with fakes.
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SyncSettings } from '../../components/sync/SyncSettings';
import { GroupAnnotations } from '../../components/sync/GroupAnnotations';
import { AnnotationItem } from '../../components/annotations/AnnotationItem';
import { AnnotationsPanel } from '../../components/annotations/AnnotationsPanel';
import { setUiLang } from '../../lib/i18n';
import { sample } from '../fixtures/annotations/db';
import type { SyncStatus } from '../../lib/service/sync';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

const OFF: SyncStatus = { configured: false, autoPublish: false, hasToken: false, pending: 0, blocked: false, published: [], queued: [] };
const ON: SyncStatus = { ...OFF, configured: true, base: 'https://api.hypothes.is/api', group: 'desk1234', groupName: 'Fact desk', hasToken: true, pending: 2, nextAttempt: Date.UTC(2026, 2, 1, 12, 0, 7), lastError: 'The Hypothesis server asked Sverka to slow down; it tries again in 7 s.' };
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

describe('SyncSettings', () => {
  it('asks for the origin first, inside the click; a refusal saves nothing and says so', async () => {
    const calls: string[] = [];
    render(<SyncSettings status={OFF}
      requestPermission={(p) => { calls.push(`permission ${p}`); return Promise.resolve(false); }}
      listGroups={() => { calls.push('groups'); return ok([]); }}
      configure={() => { calls.push('configure'); return ok(ON); }} disable={() => ok(OFF)} onStatus={() => {}} />);
    fireEvent.input(screen.getByLabelText('Developer token'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect and list my groups' }));
    expect(calls).toEqual(['permission https://api.hypothes.is/*']); // synchronously, before any await
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Sverka was not allowed to reach https://api.hypothes.is. Nothing was saved.');
    expect(calls).toEqual(['permission https://api.hypothes.is/*']);
  });

  it('refuses a plain-http server that is not this computer, without asking the browser', () => {
    const asked: string[] = [];
    render(<SyncSettings status={OFF} requestPermission={(p) => { asked.push(p); return Promise.resolve(true); }} listGroups={() => ok([])} configure={() => ok(ON)} disable={() => ok(OFF)} onStatus={() => {}} />);
    fireEvent.input(screen.getByLabelText('Hypothesis API address'), { target: { value: 'http://h.example.org/api' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect and list my groups' }));
    expect(screen.getByRole('alert').textContent).toMatch(/must start with https:\/\//);
    expect(asked).toEqual([]);
  });

  it('lists the groups, saves the chosen one with automatic publishing, clears the token field', async () => {
    let saved: unknown;
    let status: SyncStatus | undefined;
    render(<SyncSettings status={OFF} requestPermission={() => Promise.resolve(true)}
      listGroups={() => ok([{ id: '__world__', name: 'Public' }, { id: 'desk1234', name: 'Fact desk' }])}
      configure={(input) => { saved = input; return ok(ON); }} disable={() => ok(OFF)} onStatus={(s) => (status = s)} />);
    fireEvent.input(screen.getByLabelText('Developer token'), { target: { value: 'tok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect and list my groups' }));
    const group = await screen.findByLabelText('Group');
    expect((group as HTMLSelectElement).value).toBe('desk1234');
    fireEvent.click(screen.getByLabelText('Publish every new or edited annotation automatically'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and turn on' }));
    await screen.findByText('Saved: annotations are shared with “Fact desk”.');
    expect(saved).toEqual({ base: 'https://api.hypothes.is/api', token: 'tok', group: 'desk1234', groupName: 'Fact desk', autoPublish: true });
    expect(status).toBe(ON);
    expect((screen.getByLabelText('Developer token') as HTMLInputElement).value).toBe('');
  });

  it('shows the state: group, server, what waits, the last error; never the token; no axe violations', async () => {
    const { container } = render(<SyncSettings status={ON} requestPermission={() => Promise.resolve(true)} listGroups={() => ok([])} configure={() => ok(ON)} disable={() => ok(OFF)} onStatus={() => {}} />);
    (container.querySelector('details') as HTMLDetailsElement).open = true;
    const line = container.querySelector('.sync-status')!.textContent!;
    expect(line).toContain('Sharing with “Fact desk” at api.hypothes.is.');
    expect(line).toContain('Waiting to be sent: 2.');
    expect(line).toContain('slow down');
    expect(screen.getByText(/A token is saved/)).toBeTruthy();
    const { violations } = await axe.run(container);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('speaks Russian and Ukrainian', () => {
    setUiLang('uk');
    render(<SyncSettings status={OFF} requestPermission={() => Promise.resolve(true)} listGroups={() => ok([])} configure={() => ok(ON)} disable={() => ok(OFF)} onStatus={() => {}} />);
    expect(screen.getByText('Спільний доступ через групу Hypothesis')).toBeTruthy();
  });
});

describe('GroupAnnotations', () => {
  const page = { url: 'https://tass.ru/a', at: 0, skipped: 1, annotations: [
    { id: 'h1', user: 'acct:bob@localhost', displayName: 'Bob Example', url: 'https://tass.ru/a', exact: 'цитата', prefix: '', suffix: '', note: '<img src=x onerror=alert(1)>', tags: ['t'], stance: 'supports' as const, claimIds: [], created: '2026-03-01T10:00:00.000000+00:00', updated: '2026-03-01T10:00:00.000000+00:00' },
    { id: 'h2', user: 'acct:carol@localhost', url: 'https://tass.ru/a', exact: '', prefix: '', suffix: '', note: 'о странице', tags: [], claimIds: [], created: '2026-03-01T10:00:00+00:00', updated: '2026-03-01T10:00:00+00:00' },
  ] };

  it('lists who wrote what (page notes as such), as text, with the count of what cannot be shown', () => {
    const { container } = render(<GroupAnnotations groupName="Fact desk" page={page} loading={false} onRefresh={() => {}} />);
    const items = container.querySelectorAll('.group-item');
    expect(items[0].querySelector('.group-by')!.textContent).toContain('by Bob Example');
    expect(items[0].querySelector('.ann-note')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(items[1].textContent).toContain('by carol');
    expect(items[1].textContent).toContain('Page note');
    expect(container.textContent).toContain('Not shown: 1');
  });

  it.each([
    ['en', 'Not found on this page', 'Not found on this page: 1.'],
    ['ru', 'Не найдено на этой странице', 'Не найдено на этой странице: 1.'],
    ['uk', 'Не знайдено на цій сторінці', 'Не знайдено на цій сторінці: 1.'],
  ] as const)('a colleague\'s quote the page could not find is listed first, marked "Not found on this page" (%s), never dropped', async (lang, mark, count) => {
    setUiLang(lang);
    const anchors = { h1: { id: 'h1', status: 'orphan' as const }, h3: { id: 'h3', status: 'exact' as const } };
    const three = { ...page, annotations: [{ ...page.annotations[0], id: 'h3', exact: 'найдена' }, ...page.annotations] };
    const { container } = render(<GroupAnnotations groupName="Fact desk" page={three} loading={false} onRefresh={() => {}} anchors={anchors} />);
    const items = [...container.querySelectorAll('.group-item')];
    expect(items.map((i) => i.getAttribute('data-group-annotation-id'))).toEqual(['h1', 'h3', 'h2']);
    expect(items[0].querySelector('.group-not-found strong')!.textContent).toBe(mark);
    expect(items[0].querySelector('.group-quote')!.textContent).toBe('цитата');
    expect(items.slice(1).every((i) => !i.querySelector('.group-not-found'))).toBe(true);
    expect(container.querySelector('.group-not-found-count')!.textContent).toBe(count);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('loading, empty and error states; Refresh', () => {
    let refreshed = 0;
    const { rerender } = render(<GroupAnnotations groupName="Fact desk" page={{ ...page, annotations: [], skipped: 0 }} loading={false} onRefresh={() => refreshed++} />);
    expect(screen.getByText('Nobody in the group has annotated this page yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(refreshed).toBe(1);
    rerender(<GroupAnnotations groupName="Fact desk" page={{ ...page, annotations: [], skipped: 0, error: 'The Hypothesis server cannot be reached (offline?).' }} loading={false} onRefresh={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('cannot be reached');
    rerender(<GroupAnnotations groupName="Fact desk" page={undefined} loading onRefresh={() => {}} />);
    expect(screen.getByText('Reading the group’s annotations…')).toBeTruthy();
  });
});

describe('annotation items with sync, page notes and unsafe addresses', () => {
  const base = { showPage: true, claimOptions: [], claimLabels: {}, onUpdate: () => ok(sample()), onDelete: () => ok(null), onMessage: () => {} };

  it('a javascript: address is shown as text, never as a link', () => {
    const { container } = render(<AnnotationItem {...base} annotation={sample({ url: 'javascript:alert(1)', title: 'x' })} />);
    expect(container.querySelector('a')).toBeNull();
    render(<AnnotationItem {...base} annotation={sample({ id: 'b', url: 'https://tass.ru/a' })} />);
    expect(container.ownerDocument.querySelector('a[href="https://tass.ru/a"]')).not.toBeNull();
  });

  it('Publish when sync is on and publishing is by hand; marks for shared and waiting', async () => {
    const published: string[] = [];
    const sharing = { groupName: 'Fact desk', published: new Set(['p']), queued: new Set(['q']), onPublish: (id: string) => { published.push(id); return ok(null); } };
    render(<>
      <AnnotationItem {...base} sharing={sharing} annotation={sample({ id: 'n', exact: 'новая' })} />
      <AnnotationItem {...base} sharing={sharing} annotation={sample({ id: 'p', exact: 'опубликованная' })} />
      <AnnotationItem {...base} sharing={sharing} annotation={sample({ id: 'q', exact: 'в очереди' })} />
    </>);
    expect(screen.getAllByRole('button', { name: /^Publish the annotation/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Publish the annotation on “новая” to the group' }));
    await waitFor(() => expect(published).toEqual(['n']));
    expect(screen.getByText('Shared with the group: Fact desk')).toBeTruthy();
    expect(screen.getByText('Waiting to be sent to the group')).toBeTruthy();
  });

  it('a page note is written without a quote and listed as a page note', async () => {
    const notes: unknown[] = [];
    render(<AnnotationsPanel scope="page" onScopeChange={() => {}} annotations={[sample({ id: 'pn', exact: '', start: undefined, end: undefined })]} claimOptions={[]} onDraftClosed={() => {}}
      onSave={() => ok(sample())} onUpdate={() => ok(sample())} onDelete={() => ok(null)} onExport={() => ok({ fileName: 'f', mimeType: 'x', text: '' })} onImport={() => ok({ added: 0, duplicates: [] })}
      onSavePageNote={(body) => { notes.push(body); return ok(sample()); }} />);
    expect(screen.getByText('Page note', { selector: '.ann-item .ann-page-note' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a note about the whole page' }));
    fireEvent.input(await screen.findByLabelText('Note'), { target: { value: 'Вся статья — перепечатка' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(notes).toEqual([{ note: 'Вся статья — перепечатка', tags: [], claimIds: [] }]));
  });
});
