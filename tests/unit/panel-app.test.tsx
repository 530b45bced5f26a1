// @vitest-environment happy-dom
// The whole panel against WXT's fake browser and a fake background: it shows
// the pinned tab's findings, sends focusSentence for a card, focuses the card
// of a clicked highlight, follows lookups made from the page, switches its
// language and the highlights setting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { envelope } from '../../lib/messaging';
import { highlightsEnabled, uiLanguage } from '../../lib/settings';
import { doneState, match } from './panel-fixtures';

let requests: { type: string; payload: unknown }[];

beforeEach(() => {
  requests = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as { type: string; payload: unknown };
    const answers: Record<string, unknown> = {
      getTabState: doneState(),
      getDatabaseInfo: { version: 'abcdef0123', claims: 212, events: 12, actors: 47, relations: 114 },
      focusSentence: null,
      setHighlights: null,
      lookUpQuote: { text: 'x', matches: [], at: 0 },
    };
    if (!(msg.type in answers)) return undefined; // broadcasts meant for panels
    requests.push(msg);
    return Promise.resolve({ ok: true, value: answers[msg.type] });
  });
});
afterEach(() => cleanup());

async function renderApp(initialLang: 'auto' | 'ru' = 'auto') {
  const view = render(<App pinnedTabId={7} browserLang="en" initialLang={initialLang} />);
  await screen.findByText('Statements found', { exact: false });
  return view;
}

describe('App', () => {
  it('asks the background to show a card’s sentence in the tab', async () => {
    const { container } = await renderApp();
    fireEvent.click(container.querySelector('.group[data-sentence-start="100"] .card')!);
    await waitFor(() => expect(requests.find((r) => r.type === 'focusSentence')?.payload).toEqual({ tabId: 7, start: 100, end: 160 }));
  });

  it('focuses the first card of a sentence when its highlight is clicked in this tab (not in another)', async () => {
    const { container } = await renderApp();
    await fakeBrowser.runtime.onMessage.trigger(envelope('focusCard', { tabId: 8, start: 900 }), {});
    expect(container.querySelector('.focused')).toBeNull();
    await fakeBrowser.runtime.onMessage.trigger(envelope('focusCard', { tabId: 7, start: 900 }), {});
    const first = container.querySelector('.group[data-sentence-start="900"] .card');
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(first!.classList.contains('focused')).toBe(true);
  });

  it('shows a lookup made from the page while the panel is open', async () => {
    await renderApp();
    await fakeBrowser.storage.session.set({ lastLookup: { text: 'Trump made clear he was interested in discussing it', matches: [match('lavrov-trump-interested')], at: Date.now() } });
    const heading = await screen.findByRole('heading', { name: /Matches for/ });
    expect(heading.textContent).toContain('Trump made clear he was interested in discussing it');
  });

  it('switches the language at once and remembers it', async () => {
    await renderApp();
    fireEvent.click(screen.getByText('Settings'));
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'ru' } });
    await screen.findByRole('heading', { name: /^Найденные высказывания/ });
    expect(screen.queryByRole('heading', { name: /^Statements found/ })).toBeNull();
    expect(document.documentElement.lang).toBe('ru');
    expect(await uiLanguage.getValue()).toBe('ru');
  });

  it('starts in the stored language', async () => {
    render(<App pinnedTabId={7} browserLang="en" initialLang="ru" />);
    await screen.findByRole('heading', { name: /^Найденные высказывания/ });
  });

  it('turns highlights off through the background and follows the stored setting', async () => {
    await renderApp();
    fireEvent.click(screen.getByText('Settings'));
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(requests.find((r) => r.type === 'setHighlights')?.payload).toEqual({ enabled: false }));
    await highlightsEnabled.setValue(true); // e.g. the keyboard shortcut
    await waitFor(() => expect(toggle.checked).toBe(true));
  });
});
