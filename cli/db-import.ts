// `sverka db import FILE… [--dry-run] [--json] [--columns claim=…,url=…] [--store PATH]`:
// the extension's own import (lib/service/import-job.ts: format from the
// content, per-item validation, duplicates merged, staged writes, the index
// segment) into a local store — an IndexedDB (fake-indexeddb, in memory)
// loaded from and saved back to a JSON file (default ./sverka-store.json).
// `--dry-run` prints only the report and writes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { skipLines } from '../lib/claims/claimreview';
import { SverkaDatabase } from '../lib/db/database';
import { syncBundled } from '../lib/db/sync-bundled';
import { runImport } from '../lib/service/import-job';
import type { ImportReport } from '../lib/service/packs-api';
import type { ClaimRow } from '../lib/db/claim-rows';
import { fail, takeColumns, takeFlag, takeOption } from './match';
import { loadDatabaseOrExit } from './db';

// claimRows: an imported ClaimReview pack's claims, a few hundred per row (lib/db/claim-rows.ts).
const TABLES = ['packs', 'events', 'actors', 'claims', 'claimRows', 'relations'] as const;

export async function dbImportCommand(argv: string[]): Promise<void> {
  const args = [...argv];
  const dryRun = takeFlag(args, '--dry-run');
  const json = takeFlag(args, '--json');
  const storePath = takeOption(args, '--store') ?? 'sverka-store.json';
  const columns = takeColumns(args);
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\nusage: sverka db import FILE… [--dry-run] [--json] [--columns claim=…,url=…] [--store PATH]`, 2);
  if (!args.length) fail('no file given\nusage: sverka db import FILE… [--dry-run] [--json] [--columns claim=…,url=…] [--store PATH]', 2);

  const bundled = loadDatabaseOrExit();
  const db = new SverkaDatabase('sverka-cli', { indexedDB: new IDBFactory(), IDBKeyRange });
  await syncBundled(db, bundled);
  if (existsSync(storePath)) {
    const stored = JSON.parse(readFileSync(storePath, 'utf8')) as Record<(typeof TABLES)[number], unknown[]>;
    await db.transaction('rw', TABLES.map((t) => db[t]), async () => {
      for (const t of TABLES) await (db[t] as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(stored[t] ?? []);
    });
  }

  const results: { file: string; result: { ok: true; value: ImportReport } | { ok: false; error: string } }[] = [];
  for (const file of args) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      results.push({ file, result: { ok: false, error: `cannot read ${file}: ${(e as Error).message}` } });
      continue;
    }
    const result = await runImport(db, { fileName: basename(file), text, columns }, {
      now: () => new Date(), bundled: () => bundled, progress: () => {}, cancelled: () => false,
    });
    results.push({ file, result });
    // A dry run reports what the import would do, then takes the pack out again.
    if (dryRun && result.ok) {
      const { removePack } = await import('../lib/db/packs');
      await removePack(db, result.value.packId);
    }
  }

  if (!dryRun && results.some((r) => r.result.ok)) {
    const out: Record<string, unknown[]> = {};
    for (const t of TABLES) out[t] = t === 'packs' ? await db.packs.toArray() : await db[t].filter((r: { origin?: string }) => r.origin !== 'bundled').toArray();
    // A row's forward lists belong to its pack's index segment, which the store file does not keep (it is rebuilt
    // on load); as JSON a Uint32Array would become an object of numbered keys.
    out.claimRows = (out.claimRows as ClaimRow[]).map(({ forward: _f, ...row }) => row);
    writeFileSync(storePath, JSON.stringify(out));
  }
  if (json) process.stdout.write(`${JSON.stringify(results.map((r) => ({ file: r.file, dryRun, ...r.result })), null, 2)}\n`);
  else {
    for (const { file, result } of results) {
      if (!result.ok) {
        process.stdout.write(`${file}: not imported\n  ${result.error.split('\n').join('\n  ')}\n`);
        continue;
      }
      const r = result.value;
      const items = r.items;
      const lines = [
        `${file}: ${dryRun ? 'would import' : 'imported'} "${r.name}" (${r.fileFormat ?? r.format}) — statements: ${r.added.claims}, speakers: ${r.added.actors}, events: ${r.added.events}, relations: ${r.added.relations}`,
        ...(items ? [`  items read: ${items.read}, accepted: ${items.accepted}, duplicates merged: ${items.merged}`, ...skipLines(items).map((l) => `  ${l}`)] : []),
        ...(r.duplicates.length ? [`  already in the database: ${r.duplicates.length}`] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (!dryRun && results.some((r) => r.result.ok)) process.stdout.write(`store: ${storePath}\n`);
  }
  if (results.some((r) => !r.result.ok)) process.exitCode = 1;
}
