// Wiring of Hypothesis group sync (lib/service/sync.ts) to the browser: the
// worker's fetch, storage areas, the origin permission check and an alarm
// that starts a stopped worker again when the queue has to wait (429
// Retry-After, back-off while offline), plus a 30-second watchdog alarm while
// operations wait, for a run cut off before it could set that alarm.
import { browser } from 'wxt/browser';
import { runSync, type SyncDeps } from '../../lib/service/sync';
import type { AnnotationsDb } from '../../lib/db/annotations';

const ALARM = 'sverka-sync';
/** Periodic while operations wait (lib/service/sync.ts SyncDeps.watchdog); 30 s is the shortest period Chrome allows. */
const WATCHDOG = 'sverka-sync-watchdog';

export function syncDeps(db: AnnotationsDb, changed: () => void): SyncDeps {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deps: SyncDeps = {
    db,
    local: browser.storage.local,
    session: browser.storage.session,
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    wakeAt: (time) => {
      // An alarm survives the worker being stopped (Chrome may round it up to 30 s); a timer is exact while the worker lives.
      browser.alarms.create(ALARM, { when: Math.max(time, Date.now() + 1_000) }).catch(() => {});
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void runSync(deps), Math.max(time - Date.now(), 0) + 50);
    },
    watchdog: (on) => {
      if (!on) void browser.alarms.clear(WATCHDOG).catch(() => {});
      // Created once: creating it again would restart its period.
      else void browser.alarms.get(WATCHDOG).then((a) => (a ? undefined : browser.alarms.create(WATCHDOG, { periodInMinutes: 0.5 }))).catch(() => {});
    },
    changed,
  };
  return deps;
}

/** The queue runs at every start of the worker and when its alarm fires. */
export function startSync(deps: SyncDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === WATCHDOG) void runSync(deps);
  });
  void runSync(deps);
}
