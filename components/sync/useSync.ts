// The panel's view of group sync: the status (re-read whenever the sync
// config or queue changes in storage.local — only the key names are looked
// at, never the values, which hold the token) and, for one page, the group's
// annotations as last pulled (followed in storage.session, refreshed on demand).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request as sendRequest } from '../api';
import { CONFIG_KEY, STATE_KEY, pageCacheKey } from '../../lib/sync/keys';
import type { GroupPage, SyncStatus } from '../../lib/service/sync';

export function useSyncStatus(request: typeof sendRequest = sendRequest): [SyncStatus | undefined, (s: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    const load = () => void request('getSyncStatus', {}).then((r) => r.ok && setStatus(r.value));
    load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (CONFIG_KEY in changes || STATE_KEY in changes)) load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [request]);
  return [status, setStatus];
}

export function useGroupPage(url: string, enabled: boolean, request: typeof sendRequest = sendRequest) {
  const [page, setPage] = useState<GroupPage | null>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    setLoading(true);
    const r = await request('pullGroupAnnotations', { url });
    setLoading(false);
    if (r.ok) {
      setPage(r.value);
      setError(undefined);
    } else setError(r.error);
  }, [request, url]);

  useEffect(() => {
    if (!enabled) {
      setPage(undefined);
      return undefined;
    }
    const read = () => void request('getGroupAnnotations', { url }).then((r) => r.ok && setPage(r.value));
    // What the page's own pull left; a pull of our own when there is none yet.
    void request('getGroupAnnotations', { url }).then((r) => (r.ok && r.value ? setPage(r.value) : refresh()));
    const key = pageCacheKey(url);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [enabled, url, request, refresh]);

  return { page, loading, error, refresh };
}

/** permissions.request for one origin pattern (called inside the click). */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
