// Export buttons: JSON-LD, CSV and Markdown of this page's or all
// annotations, and the Markdown report of this page's automatic findings. The
// background builds the file (onExport); `save` hands it to the browser.
import { useState } from 'preact/hooks';
import { at } from '../../lib/i18n/annotation-strings';
import { downloadFile } from './download';
import type { AnnotationCallbacks, ExportFile, ExportFormat } from './types';

export interface ExportButtonsProps {
  scope: 'page' | 'all';
  onExport: AnnotationCallbacks['onExport'];
  /** Offer the findings report (page scope, once the page has findings). */
  canReport?: boolean;
  save?(file: ExportFile): void;
}

export function ExportButtons({ scope, onExport, canReport = false, save = downloadFile }: ExportButtonsProps) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed'; error: string }>({ kind: 'idle' });
  const formats: ExportFormat[] = scope === 'page' && canReport ? ['jsonld', 'csv', 'md', 'report'] : ['jsonld', 'csv', 'md'];

  async function run(format: ExportFormat) {
    setState({ kind: 'busy' });
    const result = await onExport(format, scope);
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    save(result.value);
    setState({ kind: 'done', fileName: result.value.fileName });
  }

  const heading = at(scope === 'page' ? 'exportPage' : 'exportAll');
  return (
    <section class="ann-export" aria-label={heading} aria-busy={state.kind === 'busy'}>
      <h3>{heading}</h3>
      <p class="hint">{at('exportHelp')}</p>
      <div class="ann-export-buttons">
        {formats.map((f) => (
          <button key={f} type="button" class="ann-secondary" data-format={f} disabled={state.kind === 'busy'} onClick={() => run(f)}>{at(`format_${f}`)}</button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <p class="working">{at('exporting')}</p>}
        {state.kind === 'done' && <p class="notice">{at('exported', { fileName: state.fileName })}</p>}
        {state.kind === 'failed' && <p class="error">{at('exportFailed')} {state.error}</p>}
      </div>
    </section>
  );
}
