// The options page: import a claim pack, list and remove imported packs, and
// browse the whole database. Talks to the background only through `api`, so
// tests pass fakes and the page's entrypoint passes `request(...)`.
import { useEffect, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { DatabaseBrowser } from './DatabaseBrowser';
import type { BrowsePack } from './PackPager';
import { ImportForm, type ImportOptions } from './ImportForm';
import { PackList } from './PackList';
import { PackExportForm } from '../packs/PackExportForm';
import { Subscriptions, type SubscriptionsApi } from '../packs/Subscriptions';
import { pt } from '../../lib/i18n/pack-strings';
import { sst } from '../../lib/i18n/statement-strings';
import { MyStatements, type MyStatementsApi } from '../statements/MyStatements';
import type { PackExportFile } from '../../lib/service/pack-export';
import type { DatabaseSnapshot, ImportReport } from '../../lib/service/packs-api';
import type { Result } from '../../lib/protocol';

export interface BrowserApi {
  getDatabase(): Promise<Result<DatabaseSnapshot>>;
  /** Streams a file to the background and imports it (progress, cancel: ImportOptions). */
  importFile(file: File, opts: ImportOptions): Promise<Result<ImportReport>>;
  removePack(packId: string): Promise<Result<null>>;
  /** A page of a large pack's statements (keyset paging). Optional so older tests' fakes still fit. */
  browsePack?: BrowsePack;
  /** Issue 12: export, subscriptions (components/packs/). Optional so older tests' fakes still fit. */
  exportPack?(packId: string, format: 'sverka' | 'claimreview'): Promise<Result<PackExportFile>>;
  subscriptions?: SubscriptionsApi;
  statements?: MyStatementsApi;
  onDatabaseChanged?(listener: () => void): () => void;
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
    // A subscription refreshed by the daily alarm, or a statement saved in the panel.
    return api.onDatabaseChanged?.(() => void reload());
  }, []);

  return (
    <main class="db-page">
      <header>
        <h1 class="app-head"><span class="logo" aria-hidden="true">◆</span> {bt('pageTitle')}</h1>
        <p class="muted">{bt('intro')}</p>
        <nav aria-label={bt('navLabel')} class="db-nav">
          <a href="#import">{bt('sectionImport')}</a>
          <a href="#packs">{bt('sectionPacks')}</a>
          {api.statements && <a href="#my-statements">{sst('sectionMine')}</a>}
          {api.subscriptions && <a href="#subscriptions">{pt('sectionSubscriptions')}</a>}
          {api.exportPack && <a href="#export">{pt('sectionExport')}</a>}
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
      {api.statements && (
        <section id="my-statements" aria-labelledby="db-mine-heading">
          <h2 id="db-mine-heading">{sst('sectionMine')}</h2>
          <MyStatements api={api.statements} onChanged={() => void reload()} />
        </section>
      )}
      {api.subscriptions && (
        <section id="subscriptions" aria-labelledby="db-subscriptions-heading">
          <h2 id="db-subscriptions-heading">{pt('sectionSubscriptions')}</h2>
          <Subscriptions api={api.subscriptions} onChanged={() => void reload()} />
        </section>
      )}
      {api.exportPack && load.kind === 'ready' && (
        <section id="export" aria-labelledby="db-export-heading">
          <h2 id="db-export-heading">{pt('sectionExport')}</h2>
          <PackExportForm packs={load.snapshot.packs} onExport={api.exportPack} />
        </section>
      )}
      {load.kind === 'loading' && <p class="working" role="status">{bt('loading')}</p>}
      {load.kind === 'failed' && (
        <div class="error" role="alert">
          <p>{bt('loadFailed')} {load.error}</p>
          <button type="button" onClick={() => { setLoad({ kind: 'loading' }); void reload(); }}>{bt('retry')}</button>
        </div>
      )}
      {load.kind === 'ready' && <DatabaseBrowser snapshot={load.snapshot} browse={api.browsePack} />}
    </main>
  );
}
