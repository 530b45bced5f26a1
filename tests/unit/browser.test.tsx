// @vitest-environment happy-dom
// The database browser as a reader uses it: filters narrow the statements,
// the timeline names every event, the import form reports what happened, and
// packs can be removed. The whole page also runs against the real pack code
// over fake-indexeddb, with only the message transport left out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DatabaseBrowser } from '../../components/browser/DatabaseBrowser';
import { ImportForm } from '../../components/browser/ImportForm';
import { PackList } from '../../components/browser/PackList';
import { OptionsApp, type BrowserApi } from '../../components/browser/OptionsApp';
import { timelineLayout } from '../../components/browser/timeline-layout';
import { setUiLang } from '../../lib/i18n';
import { BROWSER_STRINGS } from '../../lib/i18n/browser-strings';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { databaseSnapshot, removePack } from '../../lib/db/packs';
import { runImport } from '../../lib/service/import-job';
import type { ImportOptions } from '../../components/browser/ImportForm';
import type { ImportProgress, Result } from '../../lib/protocol';
import type { DatabaseSnapshot, ImportReport } from '../../lib/service/packs-api';
import { bundledClaim, packFixture, testBundle } from '../fixtures/packs/test-bundle';
import type { Event } from '../../lib/claims/schema';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

function snapshot(): DatabaseSnapshot {
  const data = testBundle();
  data.events.push({ id: 'example-forum-2016', title: { ru: 'Пример: форум', uk: 'Приклад: форум', en: 'Example forum' }, summary: { ru: 'ф', uk: 'ф', en: 'A forum.' }, dates: ['2016-10-03'] });
  data.claims.push({
    ...bundledClaim('forum-claim', 'Мы готовы к сотрудничеству по киберпреступности.', 'example-minister'),
    event: 'example-forum-2016', date: '2016-10-03', quoteLang: 'ru',
    text: { ru: 'Мы готовы к сотрудничеству по киберпреступности.', uk: 'Ми готові до співпраці щодо кіберзлочинності.', en: 'We are ready to cooperate on cybercrime.' },
    sources: [{ outlet: 'Example Weekly', title: 'Forum notes', date: '2016-10-04' }],
  });
  return { data, packs: [{ id: 'p1', name: 'Pack one', format: 'sverka', importedAt: '2026-01-05T10:00:00.000Z', claimCount: 1 }], origins: { 'forum-claim': 'pack:p1' } };
}

const shownClaims = () => screen.queryAllByRole('article').map((a) => a.getAttribute('data-claim-id'));

describe('DatabaseBrowser', () => {
  it('filters narrow the list of statements', () => {
    render(<DatabaseBrowser snapshot={snapshot()} />);
    // Oldest first.
    expect(shownClaims()).toEqual(['forum-claim', 'bundled-answer', 'bundled-requests']);
    expect(screen.getByText('Showing 3 of 3 statements.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: 'example-minister' } });
    expect(shownClaims()).toEqual(['forum-claim', 'bundled-answer']);

    fireEvent.change(screen.getByLabelText('Language of the quote'), { target: { value: 'ru' } });
    expect(shownClaims()).toEqual(['forum-claim']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: 'Example Weekly' } });
    expect(shownClaims()).toEqual(['forum-claim']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The text filter searches translations too: the English text of a Russian quote.
    fireEvent.input(screen.getByLabelText(/Text contains/), { target: { value: 'COOPERATE cybercrime' } });
    expect(shownClaims()).toEqual(['forum-claim']);
    fireEvent.input(screen.getByLabelText(/Text contains/), { target: { value: 'nothing like this' } });
    expect(shownClaims()).toEqual([]);
    expect(screen.getByText('No statement matches these filters.')).toBeTruthy();
  });

  it('shows a statement with its origin, sources, relation and explanation', () => {
    render(<DatabaseBrowser snapshot={snapshot()} />);
    const card = screen.getAllByRole('article').find((a) => a.getAttribute('data-claim-id') === 'bundled-answer')!;
    expect(within(card).getByText('Contradicts')).toBeTruthy();
    expect(within(card).getByText('Answered vs unanswered.')).toBeTruthy();
    expect(card.textContent).toContain('bundled with Sverka');
    const forum = screen.getAllByRole('article').find((a) => a.getAttribute('data-claim-id') === 'forum-claim')!;
    expect(forum.textContent).toContain('from pack “Pack one”');
    expect(forum.textContent).toContain('We are ready to cooperate on cybercrime.');
    expect(within(forum).getByRole('list', { name: 'Sources' }).textContent).toContain('Example Weekly');
  });

  it('the timeline lists every event, and picking one filters the statements', () => {
    render(<DatabaseBrowser snapshot={snapshot()} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Timeline of 2 events, 2015–2021/);
    const items = document.querySelectorAll('.db-timeline-list li');
    expect([...items].map((li) => li.getAttribute('data-event-id'))).toEqual(['example-forum-2016', 'example-talks-2021']);
    expect(items[0].textContent).toContain('Example forum');
    expect(items[1].textContent).toContain('Example talks');
    expect(document.querySelectorAll('.db-mark')).toHaveLength(2);

    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Show its statements (2)' }));
    expect(shownClaims()).toEqual(['bundled-answer', 'bundled-requests']);
    expect((screen.getByLabelText('Event') as HTMLSelectElement).value).toBe('example-talks-2021');
    expect(document.activeElement?.id).toBe('db-claims-heading');
  });

  it('follows the UI language', () => {
    setUiLang('uk');
    render(<DatabaseBrowser snapshot={snapshot()} />);
    expect(screen.getByRole('heading', { name: 'Твердження' })).toBeTruthy();
    expect(screen.getByLabelText('Мовець')).toBeTruthy();
    expect(screen.getByText('Показано тверджень: 3 з 3.')).toBeTruthy();
  });
});

describe('timelineLayout', () => {
  it('widens past 2021 for a later event and never overlaps labels in one lane', () => {
    const events: Event[] = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`, title: { ru: 'x', uk: 'x', en: `Event number ${i} with a long title` }, summary: { ru: 's', uk: 's', en: 's' },
      dates: [`2021-0${(i % 9) + 1}-10`],
    }));
    events.push({ ...events[0], id: 'late', dates: ['2023-02-01'] });
    const layout = timelineLayout(events, (e) => e.title.en);
    expect([layout.from, layout.to]).toEqual([2015, 2023]);
    expect(layout.marks).toHaveLength(13);
    const labelled = layout.marks.filter((m) => m.label);
    for (const a of labelled) {
      for (const b of labelled) {
        if (a === b || a.lane !== b.lane) continue;
        const span = (m: typeof a) => (m.anchor === 'start' ? [m.x1, m.x1 + m.label!.length * 6.2 + 8] : [m.x1 - m.label!.length * 6.2 - 8, m.x1]);
        const [a1, a2] = span(a);
        const [b1, b2] = span(b);
        expect(a2 <= b1 || b2 <= a1).toBe(true);
      }
    }
  });
});

const report: ImportReport = {
  packId: 'claimreview-sample', name: 'claimreview-sample', format: 'claimreview',
  added: { claims: 1, actors: 1, events: 0, relations: 0 },
  duplicates: [{ id: 'claimreview-sample-2', reason: 'same quote and speaker as claim "bundled-requests"' }],
};

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText('Pack or fact-check file (.json, .jsonld, .jsonl, .csv, .tsv)') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ImportForm', () => {
  it('sends the chosen file and shows the report with duplicates', async () => {
    const onImport = vi.fn(async () => ({ ok: true as const, value: report }));
    const onImported = vi.fn();
    render(<ImportForm onImport={onImport} onImported={onImported} />);
    chooseFile('claimreview-sample.jsonld', '{"@type": "ClaimReview"}');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported “claimreview-sample” \(ClaimReview\)/);
    expect(onImport).toHaveBeenCalledTimes(1);
    const [sent] = onImport.mock.calls[0] as unknown as [File];
    expect(sent.name).toBe('claimreview-sample.jsonld');
    expect(await sent.text()).toBe('{"@type": "ClaimReview"}');
    expect(onImported).toHaveBeenCalledWith(report);
    expect(screen.getByText(/statements: 1, speakers: 1, events: 0, relations: 0/)).toBeTruthy();
    expect(screen.getByText('Already in the database, so not imported again: 1')).toBeTruthy();
    expect(screen.getByText(/the same words and speaker as stored statement “bundled-requests”/)).toBeTruthy();
  });

  it('shows every error of a rejected pack', async () => {
    const error = 'The pack was not imported: 2 errors. Nothing was changed.\nclaims[3] (id "x"): text.uk: Required\nrelations[0] (x -> y): to: unknown claim "y"';
    render(<ImportForm onImport={async () => ({ ok: false, error })} />);
    chooseFile('bad.json', '{}');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not imported. Nothing in the database was changed.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'claims[3] (id "x"): text.uk: Required',
      'relations[0] (x -> y): to: unknown claim "y"',
    ]);
  });

  it('shows the progress bar moving with read/stored/skipped counts, and Cancel aborts the import', async () => {
    let progress!: (p: ImportProgress) => void;
    let signal!: AbortSignal;
    const onImport = vi.fn((_file: File, opts: ImportOptions) => {
      progress = opts.onProgress;
      signal = opts.signal;
      return new Promise<Result<ImportReport>>((resolve) => opts.signal.addEventListener('abort', () => resolve({ ok: false, error: 'Import cancelled. Nothing was changed.' })));
    });
    render(<ImportForm onImport={onImport} />);
    chooseFile('feed.jsonl', '{}');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImport).toHaveBeenCalled());
    // Handing the file over has nothing to count: the bar is indeterminate and says what happens.
    progress({ phase: 'handing', received: 0, size: 2, read: 0, stored: 0, skipped: 0 });
    expect(await screen.findByText('Handing the file to Sverka…')).toBeTruthy();
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
    progress({ phase: 'storing', received: 10, size: 10, read: 20000, stored: 5000, skipped: 3, total: 19997 });
    const bar = (await screen.findByRole('progressbar')) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([5000, 19997]);
    expect(screen.getByText('Items read: 20000 · stored: 5000 · skipped: 3')).toBeTruthy();
    progress({ phase: 'storing', received: 10, size: 10, read: 20000, stored: 10000, skipped: 3, total: 19997 });
    await waitFor(() => expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(10000));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(signal.aborted).toBe(true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Import cancelled. Nothing was changed.');
  });

  it('passes a column mapping for CSV files', async () => {
    const onImport = vi.fn(async (_f: File, _o: ImportOptions) => ({ ok: false as const, error: 'x' }));
    render(<ImportForm onImport={onImport} />);
    chooseFile('table.csv', 'a,b');
    fireEvent.click(screen.getByText('Column names for CSV/TSV (optional)'));
    fireEvent.input(screen.getByLabelText('Claim text'), { target: { value: 'Statement' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImport).toHaveBeenCalled());
    expect(onImport.mock.calls[0][1].columns).toEqual({ claim: 'Statement' });
  });

  it('asks for a file before sending anything', async () => {
    const onImport = vi.fn();
    render(<ImportForm onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Choose a file first.');
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('PackList', () => {
  it('removes a pack only after confirmation', async () => {
    const onRemove = vi.fn(async () => ({ ok: true as const, value: null }));
    render(<PackList packs={snapshot().packs} onRemove={onRemove} />);
    const row = screen.getByRole('row', { name: /Pack one/ });
    expect(row.textContent).toContain('Sverka pack');
    fireEvent.click(within(row).getByRole('button', { name: 'Remove pack “Pack one”' }));
    expect(onRemove).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await screen.findByText('Removed “Pack one”.');
    expect(onRemove).toHaveBeenCalledWith('p1');
  });
});

describe('OptionsApp over the real pack store', () => {
  it('imports a pack file, lists it, shows its statements, and removes it', async () => {
    const db = new SverkaDatabase('browser-options-app');
    await syncBundled(db, testBundle());
    const api: BrowserApi = {
      getDatabase: async () => ({ ok: true, value: await databaseSnapshot(db) }),
      importFile: async (file, opts) => runImport(db, { fileName: file.name, text: await file.text(), columns: opts.columns }, {
        now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: opts.onProgress, cancelled: () => opts.signal.aborted,
      }),
      removePack: (packId) => removePack(db, packId),
    };
    render(<OptionsApp api={api} />);
    await screen.findByText('Showing 2 of 2 statements.');
    expect(screen.getByText('No packs imported yet: Sverka uses only its bundled statements.')).toBeTruthy();

    chooseFile('sverka-pack.json', packFixture('sverka-pack.json'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    // A generous wait: the import runs through fake-indexeddb, slow on a busy machine (this waits, it does not time).
    await screen.findByText('Showing 4 of 4 statements.', {}, { timeout: 10_000 });
    expect(screen.getByRole('row', { name: /Example newsroom notes/ }).textContent).toContain('2');
    expect(document.querySelectorAll('.db-timeline-list li')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Remove pack “Example newsroom notes”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await screen.findByText('Showing 2 of 2 statements.', {}, { timeout: 10_000 });
    expect(screen.queryByRole('row', { name: /Example newsroom notes/ })).toBeNull();
    expect(await db.packs.count()).toBe(0);
  });
});

describe('browser strings', () => {
  it('every string exists in all three languages with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(BROWSER_STRINGS.en)) {
      for (const lang of ['ru', 'uk'] as const) {
        const text = BROWSER_STRINGS[lang][key as keyof typeof BROWSER_STRINGS.en];
        expect(text, `${lang}.${key}`).toBeTruthy();
        expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(en));
      }
    }
  });
});

describe('accessibility', () => {
  it('the options page with data has no axe violations (labels, names, structure)', async () => {
    const data = snapshot();
    const api: BrowserApi = {
      getDatabase: async () => ({ ok: true, value: data }),
      importFile: async () => ({ ok: false, error: 'x' }),
      removePack: async () => ({ ok: true, value: null }),
    };
    render(<OptionsApp api={api} />);
    await screen.findByText('Showing 3 of 3 statements.');
    // happy-dom does no layout, so contrast is checked by eye in both colour schemes instead.
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
