// Firefox grants an MV3 extension's host permissions only when the reader
// allows them (at install, or later in about:addons, where they can also be
// taken back); Chrome lets the reader withhold them too ("on click" site
// access). Without them the content script never runs on outlet pages, so the
// panel says so plainly and offers the button that asks the browser. The
// request must run inside the click (a user gesture), so it is not awaited
// behind anything else.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** The browser's host-permission calls for the outlet registry, injected so tests use a fake. */
export interface HostAccess {
  /** True when every outlet host is granted. */
  granted(): Promise<boolean>;
  /** Shows the browser's permission prompt; resolves to the reader's answer. */
  request(): Promise<boolean>;
  /** Calls back when permissions change (granted or revoked anywhere, e.g. about:addons). */
  onChange(listener: () => void): () => void;
}

export interface HostAccessNoticeProps {
  access: HostAccess;
  /** Called once access is granted, so the panel can read the tab that was skipped. */
  onGranted: () => void;
  /** Told whether access is granted each time it is known (the panel words other notices by it). */
  onStatus?: (granted: boolean) => void;
}

export function HostAccessNotice({ access, onGranted, onStatus }: HostAccessNoticeProps) {
  // undefined while asking the browser: nothing is shown rather than a flash of the notice.
  const [granted, setGranted] = useState<boolean>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (granted !== undefined) onStatus?.(granted);
  }, [granted, onStatus]);

  useEffect(() => {
    let live = true;
    const check = () => access.granted().then((g) => live && setGranted(g), () => live && setGranted(true));
    check();
    const stop = access.onChange(check);
    return () => {
      live = false;
      stop();
    };
  }, [access]);

  if (granted !== false) return null;
  const ask = () => {
    access.request().then(
      (ok) => {
        setDenied(!ok);
        if (ok) {
          setGranted(true);
          onGranted();
        }
      },
      () => setDenied(true),
    );
  };
  return (
    <div class="notice host-access" role="alert">
      <p>{t('hostAccessMissing')}</p>
      <button type="button" class="host-access-allow" onClick={ask}>
        {t('hostAccessAllow')}
      </button>
      {denied && <p class="hint">{t('hostAccessDenied')}</p>}
    </div>
  );
}
