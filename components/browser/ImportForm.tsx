// Choosing a pack file and importing it. Takes the import as a callback (the
// options page sends `importPack` to the background; the panel can reuse this
// form the same way), so tests drive it with a fake.
import { useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { ImportErrors, ImportReportView } from './ImportReport';
import type { ImportReport } from '../../lib/service/packs-api';
import type { Result } from '../../lib/protocol';

/** lib/protocol.ts caps importPack's text at this many characters. */
export const MAX_PACK_CHARS = 20_000_000;

export interface ImportFormProps {
  onImport(fileName: string, text: string): Promise<Result<ImportReport>>;
  /** After a successful import, e.g. to reload the database. */
  onImported?(report: ImportReport): void;
  readText?(file: File): Promise<string>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: string }
  | { kind: 'invalid'; message: string };

export function ImportForm({ onImport, onImported, readText = (f) => f.text() }: ImportFormProps) {
  const [file, setFile] = useState<File | undefined>();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!file) return setState({ kind: 'invalid', message: bt('chooseFileFirst') });
    // Bytes are at least as many as characters: a file this big cannot fit the message.
    if (file.size > MAX_PACK_CHARS * 4) return setState({ kind: 'invalid', message: bt('fileTooLarge') });
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await readText(file);
    } catch (err) {
      return setState({ kind: 'invalid', message: bt('fileUnreadable', { error: err instanceof Error ? err.message : String(err) }) });
    }
    if (text.length > MAX_PACK_CHARS) return setState({ kind: 'invalid', message: bt('fileTooLarge') });
    const result = await onImport(file.name, text);
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    setState({ kind: 'done', report: result.value });
    onImported?.(result.value);
  }

  return (
    <form class="db-import" onSubmit={submit} aria-busy={state.kind === 'busy'}>
      <label for="db-pack-file">{bt('fileLabel')}</label>
      <p id="db-pack-help" class="hint">{bt('importHelp')}</p>
      <div class="db-import-row">
        <input
          id="db-pack-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" aria-describedby="db-pack-help"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0]);
            setState({ kind: 'idle' });
          }}
        />
        <button type="submit" disabled={state.kind === 'busy'}>{bt('importButton')}</button>
      </div>
      <div role="status" aria-live="polite" class="db-import-status">
        {state.kind === 'busy' && <p class="working">{bt('importing')}</p>}
        {state.kind === 'done' && <ImportReportView report={state.report} />}
        {state.kind === 'invalid' && <p class="warning">{state.message}</p>}
      </div>
      {state.kind === 'failed' && <ImportErrors error={state.error} />}
    </form>
  );
}
