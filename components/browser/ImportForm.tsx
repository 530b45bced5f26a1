// Choosing a fact-check file or pack and importing it, with a progress bar
// (items read, stored, skipped) and Cancel. The import itself is a callback:
// the options page hands the file to the background through IndexedDB
// (lib/uploads/hand-over.ts); tests pass a fake. The page stays usable
// throughout: nothing here blocks, the work is in the background.
import { useRef, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { ImportErrors, ImportReportView } from './ImportReport';
import type { ImportReport } from '../../lib/service/packs-api';
import type { ImportProgress, Result } from '../../lib/protocol';
import type { ColumnMapping } from '../../lib/claims/csv-columns';
import type { ImportOptions } from '../../lib/uploads/hand-over';

/** Larger files would not fit the worker's memory while being read. */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

export type { ImportOptions } from '../../lib/uploads/hand-over';

export interface ImportFormProps {
  onImport(file: File, opts: ImportOptions): Promise<Result<ImportReport>>;
  /** After a successful import, e.g. to reload the database. */
  onImported?(report: ImportReport): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; progress?: ImportProgress; cancelling?: boolean }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: string }
  | { kind: 'invalid'; message: string };

const MAPPED = ['claim', 'claimant', 'date', 'reviewDate', 'rating', 'url', 'publisher', 'language'] as const;

export function ImportForm({ onImport, onImported }: ImportFormProps) {
  const [file, setFile] = useState<File | undefined>();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [columns, setColumns] = useState<ColumnMapping>({});
  const abort = useRef<AbortController | undefined>(undefined);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!file) return setState({ kind: 'invalid', message: bt('chooseFileFirst') });
    if (file.size > MAX_FILE_BYTES) return setState({ kind: 'invalid', message: bt('fileTooLarge') });
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'busy' });
    const mapping = Object.fromEntries(Object.entries(columns).filter(([, v]) => v?.trim())) as ColumnMapping;
    const result = await onImport(file, {
      columns: Object.keys(mapping).length ? mapping : undefined,
      onProgress: (progress) => setState((s) => (s.kind === 'busy' ? { ...s, progress } : s)),
      signal: controller.signal,
    });
    abort.current = undefined;
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    setState({ kind: 'done', report: result.value });
    onImported?.(result.value);
  }

  const busy = state.kind === 'busy';
  return (
    <form class="db-import" onSubmit={submit} aria-busy={busy}>
      <label for="db-pack-file">{bt('fileLabel')}</label>
      <p id="db-pack-help" class="hint">{bt('importHelp')}</p>
      <div class="db-import-row">
        <input
          id="db-pack-file" type="file" aria-describedby="db-pack-help" disabled={busy}
          accept=".json,.jsonld,.jsonl,.ndjson,.csv,.tsv,.txt,application/json,application/ld+json,text/csv,text/tab-separated-values"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0]);
            setState({ kind: 'idle' });
          }}
        />
        <button type="submit" disabled={busy}>{bt('importButton')}</button>
        {busy && (
          <button type="button" class="secondary" disabled={state.cancelling} onClick={() => {
            abort.current?.abort();
            setState((s) => (s.kind === 'busy' ? { ...s, cancelling: true } : s));
          }}>{state.cancelling ? bt('cancelling') : bt('cancelImport')}</button>
        )}
      </div>
      <details class="db-columns">
        <summary>{bt('columnsSummary')}</summary>
        <p class="hint" id="db-columns-help">{bt('columnsHelp')}</p>
        <div class="db-columns-grid">
          {MAPPED.map((field) => (
            <label key={field}>
              <span>{bt(`column_${field}`)}</span>
              <input type="text" name={`column-${field}`} value={columns[field] ?? ''} disabled={busy} aria-describedby="db-columns-help"
                onInput={(e) => setColumns({ ...columns, [field]: e.currentTarget.value })} />
            </label>
          ))}
        </div>
      </details>
      <div role="status" aria-live="polite" class="db-import-status">
        {busy && <Progress progress={state.progress} />}
        {state.kind === 'done' && <ImportReportView report={state.report} />}
        {state.kind === 'invalid' && <p class="warning">{state.message}</p>}
      </div>
      {state.kind === 'failed' && <ImportErrors error={state.error} />}
    </form>
  );
}

/** The bar moves through handing over (no count: one write and one read), reading, indexing and storing; the counts say what happened to the items so far. */
function Progress({ progress: p }: { progress?: ImportProgress }) {
  if (!p) return <p class="working">{bt('importing')}</p>;
  const [value, max, label] =
    p.phase === 'handing' ? [undefined, undefined, bt('phase_handing')]
      : p.phase === 'indexing' ? [p.indexed ?? 0, p.total ?? 1, bt('phase_indexing', { done: p.indexed ?? 0, total: p.total ?? 0 })]
        : p.phase === 'storing' ? [p.stored, p.total ?? 1, bt('phase_storing', { done: p.stored, total: p.total ?? 0 })]
          : p.phase === 'saving' ? [1, 1, bt('phase_saving')]
            : [p.parsed, p.parsed === undefined ? undefined : p.size, bt('phase_reading')];
  return (
    <div class="db-progress">
      <label for="db-import-progress">{label}</label>
      <progress id="db-import-progress" aria-label={bt('progressLabel')} data-phase={p.phase} value={value} max={max} />
      <p class="db-progress-counts">{bt('progressCounts', { read: p.read, stored: p.stored, skipped: p.skipped })}</p>
    </div>
  );
}
