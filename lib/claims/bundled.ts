// The claim data bundled into the extension: Vite inlines assets/claims/*.json
// at build time. Validation failures stop the build (wxt.config) and fail the
// tests, so a broken file never ships.
import { dataVersion } from './version';
import type { Actor, Claim, ClaimDatabase, Event, Relation } from './schema';

const modules = import.meta.glob('../../assets/claims/*.json', { eager: true, import: 'default' });

/** Parsed files keyed by base name, as lib/claims/validate expects. */
export function bundledFiles(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(modules).map(([path, data]) => [path.split('/').pop()!, data]));
}

let cached: ClaimDatabase | undefined;

/**
 * The bundled database. The files are merged as validateClaimFiles merges
 * them, without checking them again: the build checked them (wxt.config's
 * `build:before`) and the tests do (tests/unit/bundled-data.test.ts holds the
 * two results equal). Checking them was most of the 18–24 ms that the
 * bundled data cost every worker wake-up in Chromium, more than reading the
 * bundled index.
 */
export function bundledDatabase(): ClaimDatabase {
  if (cached) return cached;
  const files = bundledFiles();
  return (cached = mergeClaimFiles(files, dataVersion(files)));
}

/** validateClaimFiles' merge of files already known to be valid: actors.json's actors, each event file's event, claims and relations. */
export function mergeClaimFiles(files: Record<string, unknown>, version: string): ClaimDatabase {
  const db: ClaimDatabase = { version, events: [], actors: [], claims: [], relations: [] };
  for (const [file, data] of Object.entries(files)) {
    if (file === 'actors.json') {
      db.actors.push(...(data as { actors: Actor[] }).actors);
      continue;
    }
    const f = data as { event: Event; claims: Claim[]; relations?: Relation[] };
    db.events.push(f.event);
    db.claims.push(...f.claims);
    db.relations.push(...(f.relations ?? []));
  }
  return db;
}
