// The imported packs, each with a Remove button that asks once before it
// deletes (removal cannot be undone; the file can be imported again).
import { useRef, useState } from 'preact/hooks';
import { useFocusTarget } from '../focus-target';
import { bt } from '../../lib/i18n/browser-strings';
import { formatDate } from '../format';
import type { Pack } from '../../lib/db/database';
import type { Result } from '../../lib/protocol';

export interface PackListProps {
  packs: Pack[];
  onRemove(packId: string): Promise<Result<null>>;
  /** After a successful removal, e.g. to reload the database. */
  onRemoved?(packId: string): void;
}

export function PackList({ packs, onRemove, onRemoved }: PackListProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  // Keyboard focus follows the buttons that appear and disappear: Cancel when asked, Remove when cancelled.
  const root = useRef<HTMLDivElement>(null);
  const setFocusTarget = useFocusTarget(root);

  async function remove(pack: Pack) {
    setBusy(true);
    const result = await onRemove(pack.id);
    setBusy(false);
    setConfirming(undefined);
    setMessage(result.ok ? { ok: true, text: bt('removed', { name: pack.name }) } : { ok: false, text: `${bt('removeFailed')} ${result.error}` });
    setFocusTarget('.db-pack-message');
    if (result.ok) onRemoved?.(pack.id);
  }

  return (
    <div class="db-packs" ref={root}>
      {packs.length === 0 ? (
        <p class="muted">{bt('noPacks')}</p>
      ) : (
        <table class="db-pack-table">
          <caption class="visually-hidden">{bt('packsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{bt('colName')}</th>
              <th scope="col">{bt('colFormat')}</th>
              <th scope="col">{bt('colImported')}</th>
              <th scope="col">{bt('colClaims')}</th>
              <th scope="col">{bt('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-pack-id={p.id}>
                <th scope="row">{p.name}</th>
                <td>{bt(`format_${p.format}`)}</td>
                <td><time dateTime={p.importedAt}>{formatDate(p.importedAt.slice(0, 10))}</time></td>
                <td>{p.claimCount}</td>
                <td>
                  {confirming === p.id ? (
                    <div class="db-confirm" role="group" aria-label={bt('removeNamed', { name: p.name })}>
                      <p>{bt('confirmRemove', { name: p.name, count: p.claimCount })}</p>
                      <button type="button" class="db-danger" disabled={busy} onClick={() => remove(p)}>{bt('confirmYes')}</button>{' '}
                      <button type="button" class="db-secondary db-cancel" disabled={busy} onClick={() => { setConfirming(undefined); setFocusTarget(`[data-pack-id="${p.id}"] .db-remove`); }}>{bt('cancel')}</button>
                    </div>
                  ) : (
                    <button type="button" class="db-secondary db-remove" aria-label={bt('removeNamed', { name: p.name })} onClick={() => { setMessage(undefined); setConfirming(p.id); setFocusTarget(`[data-pack-id="${p.id}"] .db-cancel`); }}>
                      {bt('remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="status" aria-live="polite">
        {message && <p class={`db-pack-message ${message.ok ? 'notice' : 'error'}`} tabIndex={-1}>{message.text}</p>}
      </div>
    </div>
  );
}
