// Export any pack (or the bundled statements) as a Sverka pack or as
// ClaimReview JSON-LD. The file comes from the background (`onExport`) and is
// handed to the browser as a download; the status line says how many
// statements went out and, for ClaimReview, how many carry no rating.
import { useState } from 'preact/hooks';
import { pt } from '../../lib/i18n/pack-strings';
import { downloadFile } from '../annotations/download';
import type { Pack } from '../../lib/types/packs';
import type { PackExportFile } from '../../lib/service/pack-export';
import type { Result } from '../../lib/types/result';

export interface PackExportFormProps {
  packs: Pack[];
  onExport(packId: string, format: 'sverka' | 'claimreview'): Promise<Result<PackExportFile>>;
  save?(file: PackExportFile): void;
}

export function PackExportForm({ packs, onExport, save = downloadFile }: PackExportFormProps) {
  const [packId, setPackId] = useState(packs[0]?.id ?? 'bundled');
  const [format, setFormat] = useState<'sverka' | 'claimreview'>('sverka');
  const [state, setState] = useState<{ busy?: boolean; ok?: boolean; text?: string }>({});

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setState({ busy: true, text: pt('exporting') });
    const result = await onExport(packId, format);
    if (!result.ok) return setState({ ok: false, text: `${pt('exportFailed')} ${result.error}` });
    save(result.value);
    const vars = { count: result.value.claims, file: result.value.fileName, unrated: result.value.unrated ?? 0 };
    setState({ ok: true, text: pt(result.value.unrated ? 'exportedUnrated' : 'exported', vars) });
  }

  return (
    <form class="db-export" onSubmit={submit}>
      <p class="muted">{pt('exportHelp')}</p>
      <label for="sverka-export-pack">{pt('exportPackLabel')}</label>{' '}
      <select id="sverka-export-pack" value={packId} onChange={(e) => setPackId((e.target as HTMLSelectElement).value)}>
        {packs.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        <option value="bundled">{pt('bundledPack')}</option>
      </select>
      <fieldset>
        <legend>{pt('exportFormatLegend')}</legend>
        <label><input type="radio" name="sverka-export-format" value="sverka" checked={format === 'sverka'} onChange={() => setFormat('sverka')} /> {pt('formatSverka')}</label>{' '}
        <label><input type="radio" name="sverka-export-format" value="claimreview" checked={format === 'claimreview'} onChange={() => setFormat('claimreview')} /> {pt('formatClaimReview')}</label>
      </fieldset>
      <button type="submit" disabled={state.busy}>{pt('exportButton')}</button>
      <div role="status" aria-live="polite">
        {state.text && <p class={state.ok === false ? 'error' : 'notice'}>{state.text}</p>}
      </div>
    </form>
  );
}
