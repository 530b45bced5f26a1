// Pack subscriptions in the options page: add an https:// address (the page
// asks the browser for that one origin's permission inside the click, then the
// background fetches the pack), see each pack's name, size, last update and
// last check, refresh now, unsubscribe. A failed refresh is shown with its
// reason; the previous version stays in use.
import { useEffect, useState } from 'preact/hooks';
import { pt } from '../../lib/i18n/pack-strings';
import { checkSubscriptionUrl, originPattern } from '../../lib/packs/subscription-url';
import { formatDate } from '../format';
import type { Subscription } from '../../lib/types/packs';
import type { Result } from '../../lib/types/result';

export interface SubscriptionsApi {
  list(): Promise<Result<Subscription[]>>;
  /** permissions.request for one origin pattern; must run inside the click (a user gesture). */
  requestPermission(originPattern: string): Promise<boolean>;
  subscribe(url: string): Promise<Result<Subscription>>;
  refresh(url?: string): Promise<Result<Subscription[]>>;
  unsubscribe(url: string): Promise<Result<null>>;
}

export function Subscriptions({ api, onChanged }: { api: SubscriptionsApi; onChanged?(): void }) {
  const [list, setList] = useState<Subscription[]>();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const load = async () => {
    const r = await api.list();
    if (r.ok) setList(r.value);
    else setMessage({ ok: false, text: r.error });
  };
  useEffect(() => void load(), []);

  async function subscribe(e: SubmitEvent) {
    e.preventDefault();
    // Checked here too, so a wrong address never reaches the permission prompt.
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setMessage({ ok: false, text: checked.error });
    setBusy(true);
    setMessage({ ok: true, text: pt('subscribing') });
    let allowed = false;
    try {
      allowed = await api.requestPermission(originPattern(checked.value));
    } catch {
      allowed = false;
    }
    if (!allowed) {
      setBusy(false);
      return setMessage({ ok: false, text: pt('permissionRefused', { origin: checked.value.origin }) });
    }
    const r = await api.subscribe(checked.value.href);
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, text: `${pt('subscribeFailed')} ${r.error}` });
    setUrl('');
    setMessage({ ok: true, text: pt('subscribed', { name: r.value.name ?? r.value.url, count: r.value.claims ?? 0 }) });
    await load();
    onChanged?.();
  }

  async function act(work: () => Promise<Result<unknown>>, done: string) {
    setBusy(true);
    setMessage({ ok: true, text: pt('refreshing') });
    const r = await work();
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: r.error });
    await load();
    onChanged?.();
  }

  return (
    <div class="db-subscriptions">
      <p class="muted">{pt('subscriptionsHelp')}</p>
      <form onSubmit={subscribe} noValidate>
        <label for="sverka-subscription-url">{pt('subscriptionUrlLabel')}</label>{' '}
        <input id="sverka-subscription-url" type="url" inputMode="url" size={60} value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} placeholder="https://" />{' '}
        <button type="submit" disabled={busy}>{pt('subscribeButton')}</button>
      </form>
      <div role="status" aria-live="polite">
        {message && <p class={`db-subscription-message ${message.ok ? 'notice' : 'error'}`}>{message.text}</p>}
      </div>
      {list && list.length === 0 && <p class="muted">{pt('noSubscriptions')}</p>}
      {list && list.length > 0 && (
        <>
          <table class="db-pack-table db-subscription-table">
            <caption class="visually-hidden">{pt('subscriptionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{pt('colPack')}</th>
                <th scope="col">{pt('colAddress')}</th>
                <th scope="col">{pt('colSize')}</th>
                <th scope="col">{pt('colUpdated')}</th>
                <th scope="col">{pt('colChecked')}</th>
                <th scope="col">{pt('colStatus')}</th>
                <th scope="col">{pt('colSubActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => {
                const name = s.name ?? s.url;
                return (
                  <tr key={s.url} data-subscription={s.url}>
                    <th scope="row">{name}</th>
                    <td><code class="db-url">{s.url}</code></td>
                    <td>{s.bytes === undefined ? '—' : pt('size', { kb: Math.max(1, Math.round(s.bytes / 1024)) })}</td>
                    <td>{s.updatedAt ? <time dateTime={s.updatedAt}>{formatDate(s.updatedAt.slice(0, 10))}</time> : '—'}</td>
                    <td>{s.checkedAt ? <time dateTime={s.checkedAt}>{formatDate(s.checkedAt.slice(0, 10))} {s.checkedAt.slice(11, 16)} UTC</time> : '—'}</td>
                    <td class={s.error ? 'db-subscription-error' : 'db-subscription-ok'}>
                      {s.error ? <span style={{ whiteSpace: 'pre-line' }}>{pt('statusFailed', { error: s.error })}</span> : pt('statusOk')}
                    </td>
                    <td>
                      <button type="button" class="db-secondary" disabled={busy} aria-label={pt('refreshNamed', { name })} onClick={() => act(() => api.refresh(s.url), pt('refreshed'))}>{pt('refreshButton')}</button>{' '}
                      <button type="button" class="db-secondary" disabled={busy} aria-label={pt('unsubscribeNamed', { name })} onClick={() => act(() => api.unsubscribe(s.url), pt('unsubscribed'))}>{pt('unsubscribe')}</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" class="db-secondary" disabled={busy} onClick={() => act(() => api.refresh(), pt('refreshed'))}>{pt('refreshAll')}</button>
        </>
      )}
    </div>
  );
}
