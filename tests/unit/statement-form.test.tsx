// @vitest-environment happy-dom
// The "Add as a statement" form and the subscriptions list as a reader meets
// them: the page gives date and source; a missing field is named next to the
// field and the keyboard lands on it; what is sent is the page's words as they
// were; the subscription form refuses a non-https address before any prompt;
// a failed refresh is shown with its reason; no axe violations; every string
// exists in three languages.
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { StatementForm } from '../../components/statements/StatementForm';
import { Subscriptions, type SubscriptionsApi } from '../../components/packs/Subscriptions';
import { checkForm, formFromDraft, inputFromForm } from '../../components/statements/draft';
import { setUiLang } from '../../lib/i18n';
import { STATEMENT_STRINGS } from '../../lib/i18n/statement-strings';
import { PACK_STRINGS } from '../../lib/i18n/pack-strings';
import { StatementInput } from '../../lib/packs/statement';
import { testBundle } from '../fixtures/packs/test-bundle';
import type { Subscription } from '../../lib/types/packs';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

const QUOTE = 'We have sent ten requests, the example official said.';
const draft = {
  quote: QUOTE, url: 'https://tass.ru/politika/example#frag', outletId: 'tass',
  article: { title: 'Example report', lang: 'en' as const, published: { iso: '2021-06-16T10:00:00+03:00', source: 'meta' } },
  relatedTo: 'bundled-requests',
};

describe('the statement form', () => {
  it('opens with the page’s date and source, the words read-only, and the card’s statement related', () => {
    const f = formFromDraft(draft);
    expect(f).toMatchObject({ quote: QUOTE, date: '2021-06-16', quoteLang: 'en', source: { url: 'https://tass.ru/politika/example', outlet: 'tass', title: 'Example report', date: '2021-06-16' }, relations: [{ to: 'bundled-requests', type: 'contradicts', explanation: '' }] });
    expect(formFromDraft({ ...draft, url: 'http://example.org/x', article: undefined }).source).toEqual({ url: '', outlet: 'tass', title: '', date: '' });
  });

  it('names missing fields and focuses the first; then sends exactly the page’s words', async () => {
    const sent: unknown[] = [];
    render(<StatementForm initial={formFromDraft(draft)} data={testBundle()} onSave={async (input) => (sent.push(input), { ok: true, value: {} as never })} onDone={() => {}} />);
    expect(screen.getByText(QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(screen.queryByDisplayValue(QUOTE)).toBeNull(); // not in any editable field
    fireEvent.click(screen.getByRole('button', { name: 'Save statement' }));
    await screen.findByText('Please correct the marked fields.');
    expect(screen.getByLabelText('Speaker found').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Why, in one line').getAttribute('aria-describedby')).toBe('st-relation-0-why-error');
    await waitFor(() => expect(document.activeElement?.id).toBe('st-speaker'));
    expect(sent).toEqual([]);

    fireEvent.input(screen.getByLabelText('Search speakers'), { target: { value: 'official' } });
    fireEvent.change(screen.getByLabelText('Speaker found'), { target: { value: 'example-official' } });
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'example-talks-2021' } });
    fireEvent.input(screen.getByLabelText('Why, in one line'), { target: { value: 'Another count of the same requests.' } });
    fireEvent.click(screen.getByLabelText('a paraphrase by the source'));
    fireEvent.click(screen.getByRole('button', { name: 'Save statement' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ quote: QUOTE, kind: 'paraphrase', speaker: { actorId: 'example-official' }, event: { eventId: 'example-talks-2021' }, date: '2021-06-16' });
    expect(StatementInput.safeParse(sent[0]).success).toBe(true);
  });

  it('shows the background’s refusal as it is', async () => {
    const f = { ...formFromDraft(draft), actorId: 'example-official', eventId: 'example-talks-2021', relations: [] };
    render(<StatementForm initial={f} data={testBundle()} onSave={async () => ({ ok: false, error: 'The statement was not saved: 1 problem.\nspeaker: gone' })} onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save statement' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The statement was not saved: 1 problem.\nspeaker: gone');
  });

  it('a new speaker needs three names and a role in one language', () => {
    const f = { ...formFromDraft(draft), newActor: true, eventId: 'x', relations: [] };
    const msg = { required: 'R', badDate: 'D', badUrl: 'U' };
    expect(Object.keys(checkForm(f, msg)).sort()).toEqual(['name-en', 'name-ru', 'name-uk', 'role-en']);
    const ok = { ...f, names: { ru: 'А', uk: 'Б', en: 'C' }, role: { ru: '', uk: 'роль', en: '' } };
    expect(checkForm(ok, msg)).toEqual({});
    expect(inputFromForm(ok).speaker).toEqual({ newActor: { kind: 'person', names: { ru: 'А', uk: 'Б', en: 'C' }, role: { ru: undefined, uk: 'роль', en: undefined } } });
  });

  it('has no axe violations', async () => {
    const { container } = render(<StatementForm initial={{ ...formFromDraft(draft), newActor: true }} data={testBundle()} onSave={async () => ({ ok: true, value: {} as never })} onDone={() => {}} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the subscriptions list', () => {
  const sub: Subscription = {
    url: 'https://packs.example.org/team.json', packId: 'team', name: 'Team desk', bytes: 20_480, claims: 3, addedAt: '2026-03-01T10:00:00Z',
    checkedAt: '2026-03-02T09:15:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', error: 'The server answered 500 (a server error). The previous version is kept.',
  };
  const api = (log: string[]): SubscriptionsApi => ({
    list: async () => ({ ok: true, value: [sub] }),
    requestPermission: async (o) => (log.push(`permission ${o}`), false),
    subscribe: async (u) => (log.push(`subscribe ${u}`), { ok: false, error: 'x' }),
    refresh: async () => ({ ok: true, value: [sub] }),
    unsubscribe: async () => ({ ok: true, value: null }),
  });

  it('shows name, size, last update and why the last refresh failed', async () => {
    render(<Subscriptions api={api([])} />);
    const row = (await screen.findByText('Team desk')).closest('tr')!;
    expect(row.textContent).toContain('20 KB');
    expect(row.textContent).toContain('Last refresh failed: The server answered 500 (a server error). The previous version is kept.');
    expect(screen.getByRole('button', { name: 'Refresh “Team desk” now' })).toBeTruthy();
  });

  it('refuses a non-https address before asking the browser, and says when permission is refused', async () => {
    const log: string[] = [];
    render(<Subscriptions api={api(log)} />);
    fireEvent.input(screen.getByLabelText('Pack address (https://…)'), { target: { value: 'http://packs.example.org/team.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await screen.findByText(/^Only https:/);
    expect(log).toEqual([]);
    fireEvent.input(screen.getByLabelText('Pack address (https://…)'), { target: { value: 'https://packs.example.org/other.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await screen.findByText('Sverka was not given permission to read https://packs.example.org. Nothing was added.');
    expect(log).toEqual(['permission https://packs.example.org/*']);
  });
});

it('every new string exists in Russian, Ukrainian and English', () => {
  for (const table of [STATEMENT_STRINGS, PACK_STRINGS]) {
    const keys = Object.keys(table.en).sort();
    expect(Object.keys(table.ru).sort()).toEqual(keys);
    expect(Object.keys(table.uk).sort()).toEqual(keys);
    for (const lang of ['ru', 'uk'] as const) for (const k of keys) expect((table[lang] as Record<string, string>)[k]).toBeTruthy();
  }
});
