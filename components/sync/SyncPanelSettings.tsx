// SyncSettings wired to the background (the panel's messaging and the
// browser's permission prompt); SyncSettings itself takes only props.
import { request } from '../api';
import { SyncSettings } from './SyncSettings';
import { requestOrigin, useSyncStatus } from './useSync';

export function SyncPanelSettings() {
  const [status, setStatus] = useSyncStatus();
  if (!status) return null;
  return (
    <SyncSettings
      status={status}
      requestPermission={requestOrigin}
      listGroups={(base, token) => request('listSyncGroups', { base, token })}
      configure={(input) => request('configureSync', input)}
      disable={() => request('disableSync', {})}
      onStatus={setStatus}
    />
  );
}
