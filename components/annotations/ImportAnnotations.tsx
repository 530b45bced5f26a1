// Importing a JSON-LD file of annotations (one's own backup or a colleague's
// export). The background checks the whole file first and imports all or
// nothing; this form reads the file and reports what happened, duplicates listed.
import { useState } from 'preact/hooks';
import { at } from '../../lib/i18n/annotation-strings';
import type { AnnotationCallbacks, AnnotationImportReport } from './types';
import { st } from '../../lib/i18n/sync-strings';

/** lib/annotations/protocol.ts caps importAnnotations' text at this many characters. */
export const MAX_IMPORT_CHARS = 20_000_000;

export interface ImportAnnotationsProps {
  onImport: AnnotationCallbacks['onImport'];
  readText?(file: File): Promise<string>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: AnnotationImportReport }
  | { kind: 'failed'; error: string };

export function ImportAnnotations({ onImport, readText = (f) => f.text() }: ImportAnnotationsProps) {
  const [file, setFile] = useState<File | undefined>();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(e: Event) {
    e.preventDefault();
    if (!file) return setState({ kind: 'failed', error: at('chooseFileFirst') });
    if (file.size > MAX_IMPORT_CHARS * 4) return setState({ kind: 'failed', error: at('fileTooLarge') });
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await readText(file);
    } catch (err) {
      return setState({ kind: 'failed', error: at('fileUnreadable', { error: err instanceof Error ? err.message : String(err) }) });
    }
    if (text.length > MAX_IMPORT_CHARS) return setState({ kind: 'failed', error: at('fileTooLarge') });
    const result = await onImport(file.name, text);
    setState(result.ok ? { kind: 'done', report: result.value } : { kind: 'failed', error: `${at('importFailed')}\n${result.error}` });
  }

  return (
    <form class="ann-import" onSubmit={submit} aria-busy={state.kind === 'busy'}>
      <h3>{at('importHeading')}</h3>
      <p id="ann-import-help" class="hint">{at('importHelp')}</p>
      <label for="ann-import-file">{at('importFile')}</label>
      <div class="ann-import-row">
        <input id="ann-import-file" type="file" accept=".jsonld,.json,application/ld+json,application/json" aria-describedby="ann-import-help"
          onChange={(e) => { setFile(e.currentTarget.files?.[0]); setState({ kind: 'idle' }); }} />
        <button type="submit" disabled={state.kind === 'busy'}>{at('importButton')}</button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <p class="working">{at('importing')}</p>}
        {state.kind === 'done' && (
          <div class="ann-report">
            <p>{at('importDone', { added: state.report.added, duplicates: state.report.duplicates.length })}</p>
            {(state.report.notImported?.length ?? 0) > 0 && (
              <>
                <p>{st('notImportedCount', { count: state.report.notImported!.length })}</p>
                <ul class="ann-not-imported">
                  {state.report.notImported!.map((n) => <li key={n.index}>{st('notImportedItem', { index: n.index })}{n.id && <> <code>{n.id}</code></>}: {n.reason}</li>)}
                </ul>
              </>
            )}
            {state.report.duplicates.length > 0 && (
              <ul class="ann-duplicates">
                {state.report.duplicates.map((d) => <li key={d.id}><code>{d.id}</code>: {d.reason}</li>)}
              </ul>
            )}
          </div>
        )}
        {state.kind === 'failed' && <p class="error ann-import-error">{state.error}</p>}
      </div>
    </form>
  );
}
