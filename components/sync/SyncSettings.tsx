// The group-sync settings (issue 12, item 4): API address, developer token,
// group, automatic publishing. "Connect" first asks the browser for the one
// origin of the typed API (optional host permission) — inside the click, as
// the browser requires — and only then lists the token's groups. The token
// field is a password field that is never filled back: the background keeps
// the token and answers only whether one is saved.
import { useState } from 'preact/hooks';
import { st } from '../../lib/i18n/sync-strings';
import { checkApiBase, DEFAULT_API_BASE, originPattern } from '../../lib/sync/config';
import type { SyncStatus } from '../../lib/service/sync';
import type { ApiGroup } from '../../lib/sync/api-schema';
import type { Result } from '../../lib/protocol';

export interface SyncSettingsProps {
  status?: SyncStatus;
  /** permissions.request for one origin pattern; must be called synchronously in the click. */
  requestPermission(pattern: string): Promise<boolean>;
  listGroups(base: string, token: string): Promise<Result<ApiGroup[]>>;
  configure(input: { base: string; token: string; group: string; groupName: string; autoPublish: boolean }): Promise<Result<SyncStatus>>;
  disable(): Promise<Result<SyncStatus>>;
  onStatus(status: SyncStatus): void;
}

export function SyncSettings(props: SyncSettingsProps) {
  const { status } = props;
  const [base, setBase] = useState(status?.base ?? DEFAULT_API_BASE);
  const [token, setToken] = useState('');
  const [groups, setGroups] = useState<ApiGroup[]>();
  const [group, setGroup] = useState(status?.group ?? '');
  const [auto, setAuto] = useState(status?.autoPublish ?? false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  function connect() {
    const checked = checkApiBase(base);
    if (!checked.ok) return setMessage({ ok: false, text: checked.error });
    // The permission request must start inside the click's user gesture: no await before it.
    const asked = props.requestPermission(originPattern(checked.base));
    setBusy(true);
    setMessage({ ok: true, text: st('syncListing') });
    void asked.then(async (granted) => {
      if (!granted) {
        setBusy(false);
        return setMessage({ ok: false, text: st('syncPermissionDenied', { origin: checked.origin }) });
      }
      const r = await props.listGroups(checked.base, token);
      setBusy(false);
      if (!r.ok) return setMessage({ ok: false, text: r.error });
      setGroups(r.value);
      setMessage(undefined);
      if (!r.value.some((g) => g.id === group)) setGroup(r.value.find((g) => g.id !== '__world__')?.id ?? r.value[0]?.id ?? '');
    }, () => {
      setBusy(false);
      setMessage({ ok: false, text: st('syncPermissionDenied', { origin: checked.origin }) });
    });
  }

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    const r = await props.configure({ base, token, group, groupName: groups?.find((g) => g.id === group)?.name ?? '', autoPublish: auto });
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    setToken('');
    props.onStatus(r.value);
    setMessage({ ok: true, text: st('syncSaved', { group: r.value.groupName ?? group }) });
  }

  async function disable() {
    setBusy(true);
    const r = await props.disable();
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    props.onStatus(r.value);
    setGroups(undefined);
    setMessage({ ok: true, text: st('syncDisabled') });
  }

  return (
    <details class="settings sync-settings">
      <summary>{st('syncTitle')}</summary>
      <form class="settings-body" onSubmit={save}>
        <p class="hint">{st('syncIntro')}</p>
        <SyncStatusLine status={status} />
        <label for="sverka-sync-base">{st('syncBase')}</label>
        <input id="sverka-sync-base" type="url" value={base} spellcheck={false} aria-describedby="sverka-sync-base-hint" onInput={(e) => setBase((e.target as HTMLInputElement).value)} />
        <p class="hint" id="sverka-sync-base-hint">{st('syncBaseHint')}</p>
        <label for="sverka-sync-token">{st('syncToken')}</label>
        <input id="sverka-sync-token" type="password" autocomplete="off" value={token} aria-describedby="sverka-sync-token-hint" onInput={(e) => setToken((e.target as HTMLInputElement).value)} />
        <p class="hint" id="sverka-sync-token-hint">{st('syncTokenHint')} {status?.hasToken ? st('syncTokenSaved') : ''}</p>
        <button type="button" class="sync-connect" disabled={busy} onClick={connect}>{st('syncListGroups')}</button>
        {groups && (
          <>
            <label for="sverka-sync-group">{st('syncGroup')}</label>
            <select id="sverka-sync-group" value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value)}>
              {!group && <option value="">{st('syncChooseGroup')}</option>}
              {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
            </select>
            <label class="switch">
              <input type="checkbox" checked={auto} onChange={(e) => setAuto((e.target as HTMLInputElement).checked)} /> {st('syncAutoPublish')}
            </label>
            <button type="submit" class="sync-save" disabled={busy || !group}>{st('syncSave')}</button>
          </>
        )}
        {status?.configured && <button type="button" class="ann-secondary sync-disable" disabled={busy} onClick={disable}>{st('syncDisable')}</button>}
        {message && <p class={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      </form>
    </details>
  );
}

/** One line: on/off, group and server, what waits, the last error. */
export function SyncStatusLine({ status }: { status?: SyncStatus }) {
  if (!status) return null;
  if (!status.configured) return <p class="sync-status" role="status">{st('syncStatusOff')}</p>;
  const host = status.base ? new URL(status.base).host : '';
  return (
    <p class="sync-status" role="status">
      {st('syncStatusOn', { group: status.groupName ?? status.group ?? '', host })}
      {status.pending > 0 && <> {st('syncPending', { count: status.pending })}</>}
      {status.pending > 0 && status.nextAttempt && <> {st('syncNextTry', { time: new Date(status.nextAttempt).toLocaleTimeString() })}</>}
      {status.blocked && <> {st('syncBlocked')}</>}
      {status.lastError && <span class="error"> {status.lastError}</span>}
    </p>
  );
}
