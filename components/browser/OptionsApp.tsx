// The options page: import a claim pack, list and remove imported packs, and
// browse the whole database. Talks to the background only through `api`, so
// tests pass fakes and the page's entrypoint passes `request(...)`.
import { useEffect, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { DatabaseBrowser } from './DatabaseBrowser';
import { ImportForm, type ImportOptions } from './ImportForm';
import { PackList } from './PackList';
import type { DatabaseSnapshot, ImportReport } from '../../lib/service/packs-api';
import type { Result } from '../../lib/protocol';

export interface BrowserApi {
  getDatabase(): Promise<Result<DatabaseSnapshot>>;
  /** Streams a file to the background and imports it (progress, cancel: ImportOptions). */
  importFile(file: File, opts: ImportOptions): Promise<Result<ImportReport>>;
  removePack(packId: string): Promise<Result<null>>;
}

type Load = { kind: 'loading' } | { kind: 'ready'; snapshot: DatabaseSnapshot } | { kind: 'failed'; error: string };

export function OptionsApp({ api }: { api: BrowserApi }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  // A reload keeps the old snapshot on screen until the new one arrives, so filters and scroll survive an import.
  async function reload() {
    const result = await api.getDatabase();
    setLoad((prev) => (result.ok ? { kind: 'ready', snapshot: result.value } : prev.kind === 'ready' ? prev : { kind: 'failed', error: result.error }));
  }
  useEffect(() => {
    void reload();
  }, []);

  return (
    <main class="db-page">
      <header>
        <h1 class="app-head"><span class="logo" aria-hidden="true">◆</span> {bt('pageTitle')}</h1>
        <p class="muted">{bt('intro')}</p>
        <nav aria-label={bt('navLabel')} class="db-nav">
          <a href="#import">{bt('sectionImport')}</a>
          <a href="#packs">{bt('sectionPacks')}</a>
          <a href="#timeline">{bt('sectionTimeline')}</a>
          <a href="#statements">{bt('sectionClaims')}</a>
          <a href="#speakers">{bt('sectionActors')}</a>
        </nav>
      </header>
      <section id="import" aria-labelledby="db-import-heading">
        <h2 id="db-import-heading">{bt('sectionImport')}</h2>
        <ImportForm onImport={api.importFile} onImported={() => void reload()} />
      </section>
      <section id="packs" aria-labelledby="db-packs-heading">
        <h2 id="db-packs-heading">{bt('sectionPacks')}</h2>
        {load.kind === 'ready' && <PackList packs={load.snapshot.packs} onRemove={api.removePack} onRemoved={() => void reload()} />}
      </section>
      {load.kind === 'loading' && <p class="working" role="status">{bt('loading')}</p>}
      {load.kind === 'failed' && (
        <div class="error" role="alert">
          <p>{bt('loadFailed')} {load.error}</p>
          <button type="button" onClick={() => { setLoad({ kind: 'loading' }); void reload(); }}>{bt('retry')}</button>
        </div>
      )}
      {load.kind === 'ready' && <DatabaseBrowser snapshot={load.snapshot} />}
    </main>
  );
}
