// @vitest-environment happy-dom
// Issue 13: Firefox grants host permissions only when the reader allows them.
// The panel says so when they are missing, offers the button that asks the
// browser, hides the notice once granted (or when granted elsewhere), keeps it
// with a hint when refused, and reads the skipped outlet tab after a grant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { HostAccessNotice, type HostAccess } from '../../components/HostAccessNotice';

/** A fake of browser.permissions for the outlet origins: `answer` is what the prompt returns. */
function fakeAccess(initially: boolean, answer: boolean) {
  let granted = initially;
  const listeners = new Set<() => void>();
  const calls = { request: 0 };
  const access: HostAccess = {
    granted: async () => granted,
    request: async () => {
      calls.request++;
      if (answer) granted = true;
      return answer;
    },
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const setGranted = (g: boolean) => {
    granted = g;
    for (const l of listeners) l();
  };
  return { access, calls, setGranted };
}

afterEach(() => cleanup());

describe('HostAccessNotice', () => {
  it('shows nothing when access is granted', async () => {
    const { access } = fakeAccess(true, true);
    const { container } = render(<HostAccessNotice access={access} onGranted={() => {}} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('.host-access')).toBeNull();
  });

  it('explains missing access and asks the browser on click; the notice goes once granted', async () => {
    const { access, calls } = fakeAccess(false, true);
    let grantedCalls = 0;
    render(<HostAccessNotice access={access} onGranted={() => grantedCalls++} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Firefox grants site access only when you allow it');
    fireEvent.click(screen.getByRole('button', { name: 'Allow Sverka to read the news sites it knows' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls.request).toBe(1);
    expect(grantedCalls).toBe(1);
  });

  it('keeps the notice with a hint when the reader refuses', async () => {
    const { access } = fakeAccess(false, false);
    render(<HostAccessNotice access={access} onGranted={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: /Allow Sverka/ }));
    await screen.findByText(/Access was not granted/);
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('follows grants and revocations made elsewhere (about:addons)', async () => {
    const { access, setGranted } = fakeAccess(true, true);
    render(<HostAccessNotice access={access} onGranted={() => {}} />);
    setGranted(false);
    await screen.findByRole('alert');
    setGranted(true);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('App with missing host access', () => {
  let requests: { type: string; payload: unknown }[];
  let tabState: Record<string, unknown>;
  beforeEach(() => {
    requests = [];
    // An outlet page nobody read: the content script never ran without access.
    tabState = { tabId: 7, url: 'https://tass.ru/politika/4430563', status: 'working', outletId: 'tass', updatedAt: 0 };
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = raw as { type: string; payload: unknown };
      const answers: Record<string, unknown> = {
        getTabState: tabState,
        getDatabaseInfo: { version: 'abcdef0123', claims: 212, events: 12, actors: 47, relations: 114 },
        analyseTab: null,
      };
      if (!(msg.type in answers)) return undefined;
      requests.push(msg);
      return Promise.resolve({ ok: true, value: answers[msg.type] });
    });
  });

  it('reads the skipped outlet tab once the reader allows access', async () => {
    const { access } = fakeAccess(false, true);
    render(<App pinnedTabId={7} browserLang="en" hostAccess={access} />);
    fireEvent.click(await screen.findByRole('button', { name: /Allow Sverka/ }));
    await waitFor(() => expect(requests.find((r) => r.type === 'analyseTab')?.payload).toEqual({ tabId: 7 }));
  });

  it('does not call a tab whose URL access hides "a site Sverka does not know"', async () => {
    // Without host access (and without the tabs permission) the browser hides the tab's URL from Sverka.
    tabState = { tabId: 7, url: '', status: 'unknown-site', updatedAt: 0 };
    const { access } = fakeAccess(false, false);
    render(<App pinnedTabId={7} browserLang="en" hostAccess={access} />);
    await screen.findByText(/Without site access Sverka cannot see which site this is/);
    expect(screen.queryByText('Sverka does not know this site. Analyse this page anyway?')).toBeNull();
  });

  it('says "does not know this site" when access is granted', async () => {
    tabState = { tabId: 7, url: '', status: 'unknown-site', updatedAt: 0 };
    const { access } = fakeAccess(true, true);
    render(<App pinnedTabId={7} browserLang="en" hostAccess={access} />);
    await screen.findByText('Sverka does not know this site. Analyse this page anyway?');
  });

  it('speaks the reader’s language', async () => {
    const { access } = fakeAccess(false, true);
    render(<App pinnedTabId={7} browserLang="ru" hostAccess={access} />);
    await screen.findByRole('button', { name: 'Разрешить Сверке читать известные ей новостные сайты' });
  });
});
