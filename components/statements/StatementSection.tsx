// The panel's "Add as a statement" section: loads the speakers, events and
// statements to choose from, shows the form for the draft, and says where the
// statement went once saved. Talks to the background only through `api`.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sst } from '../../lib/i18n/statement-strings';
import { StatementForm } from './StatementForm';
import { formFromDraft, type FormState, type StatementDraft } from './draft';
import type { Claim, ClaimDatabase } from '../../lib/claims/schema';
import type { StatementInput } from '../../lib/packs/statement';
import type { Result } from '../../lib/types/result';

export interface StatementApi {
  choices(): Promise<Result<ClaimDatabase>>;
  save(input: StatementInput, claimId?: string): Promise<Result<Claim>>;
}

export function StatementSection({ draft, api, onClose, initial, claimId }: { draft?: StatementDraft; initial?: FormState; claimId?: string; api: StatementApi; onClose(): void }) {
  const [data, setData] = useState<ClaimDatabase>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<Claim>();
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    api.choices().then((r) => (r.ok ? setData(r.value) : setError(r.error)));
  }, []);
  // The saved notice replaces the form that had the focus: it moves in the same task (components/focus-target.ts).
  useLayoutEffect(() => notice.current?.focus(), [saved]);

  return (
    <section class="statement-section" aria-label={claimId ? sst('editTitle') : sst('formTitle')}>
      {error && <p class="error" role="alert">{error}</p>}
      {!data && !error && <p class="notice" role="status">{sst('loadingChoices')}</p>}
      {saved && (
        <div class="notice" role="status">
          <p ref={notice} tabIndex={-1}>{sst('saved')}</p>
          <button type="button" onClick={onClose}>{sst('close')}</button>
        </div>
      )}
      {data && !saved && (
        <StatementForm
          initial={initial ?? formFromDraft(draft!)} data={data} claimId={claimId} onSave={api.save}
          onDone={(claim) => (claim ? setSaved(claim) : onClose())}
        />
      )}
    </section>
  );
}
