// `sverka db validate|export|stats`: the same lib/claims code the extension runs.
import { resolve } from 'node:path';
import { claimFilePaths, readClaimFiles } from '../lib/claims/node-files';
import { formatDataError, validateClaimFiles } from '../lib/claims/validate';
import { dataVersion } from '../lib/claims/version';
import { packExportCommand } from './pack-export';
import type { ClaimDatabase } from '../lib/claims/schema';

export const BUNDLED_DIR = resolve(import.meta.dirname, '../assets/claims');

/** Loads and validates the bundled data (or `paths`); exits non-zero on any error. */
export function loadDatabaseOrExit(paths?: string[]): ClaimDatabase {
  const { files, errors } = readClaimFiles(paths?.length ? paths : claimFilePaths(BUNDLED_DIR));
  if (paths?.length && !Object.keys(files).includes('actors.json')) {
    // Validating single event files still needs the bundled actors to resolve speakers.
    Object.assign(files, readClaimFiles([resolve(BUNDLED_DIR, 'actors.json')]).files);
  }
  const result = validateClaimFiles(files, dataVersion(files));
  const messages = [...errors, ...(result.ok ? [] : result.errors.map(formatDataError))];
  if (messages.length || !result.ok) {
    for (const m of messages) process.stderr.write(`error: ${m}\n`);
    process.stderr.write(`${messages.length} error(s); nothing was loaded.\n`);
    process.exit(1);
  }
  return result.db;
}

export async function dbCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'import') {
    await (await import('./db-import')).dbImportCommand(rest);
  } else if (sub === 'validate') {
    const db = loadDatabaseOrExit(rest);
    process.stdout.write(`ok: ${db.claims.length} claims, ${db.events.length} events, ${db.actors.length} actors, ${db.relations.length} relations\n`);
  } else if (sub === 'export' && rest.length) {
    const code = packExportCommand(rest, loadDatabaseOrExit(), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    if (code) process.exit(code);
  } else if (sub === 'export') {
    const db = loadDatabaseOrExit();
    process.stdout.write(`${JSON.stringify(db, null, 2)}\n`);
  } else if (sub === 'stats') {
    const db = loadDatabaseOrExit();
    const byType = (t: string) => db.relations.filter((r) => r.type === t).length;
    const lines = [
      `data version: ${db.version}`,
      `claims: ${db.claims.length}`,
      `events: ${db.events.length}`,
      `actors: ${db.actors.length}`,
      `relations: ${db.relations.length} (contradicts ${byType('contradicts')}, supports ${byType('supports')}, responds-to ${byType('responds-to')}, same-as ${byType('same-as')}, updates ${byType('updates')})`,
      `claims per event:`,
      ...[...db.events].sort((a, b) => a.dates[0].localeCompare(b.dates[0])).map(
        (e) => `  ${e.dates[0]}  ${e.id}: ${db.claims.filter((c) => c.event === e.id).length}`,
      ),
      `claims from seeds: ${db.claims.filter((c) => c.sources.some((s) => s.seed)).length}`,
      `kinds: ${['direct-quote', 'paraphrase', 'reported-statement', 'outlet-assertion'].map((k) => `${k} ${db.claims.filter((c) => c.kind === k).length}`).join(', ')}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } else {
    process.stderr.write('usage: sverka db validate [FILE…] | export [--pack ID --format sverka|claimreview [--from PACK.json …]] | stats | import FILE… [--dry-run] [--json] [--columns claim=…,url=…] [--store PATH]\n');
    process.exit(2);
  }
}
