// Validates a set of claim files into one ClaimDatabase. Pure: takes the
// parsed JSON by file name, returns the database or every error found, each
// naming file, record and field, so a reviewer can fix a diff in one pass.
import { ActorsFile, EventFile, type ClaimDatabase } from './schema';
import type { z } from 'zod';

export interface DataError {
  file: string;
  /** Record id (or index) inside the file. */
  record: string;
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; db: ClaimDatabase } | { ok: false; errors: DataError[] };

function zodErrors(file: string, data: unknown, error: z.ZodError): DataError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    // Resolve "claims.3" to the claim's own id when it has one.
    let record = path.slice(0, 2).join('.');
    const [list, index] = issue.path;
    const item = (data as Record<string, unknown[]> | null)?.[list as string]?.[index as number] as { id?: unknown } | undefined;
    if (item && typeof item.id === 'string') record = `${String(list)}:${item.id}`;
    return { file, record: record || '(root)', field: path.slice(2).join('.') || path.join('.'), message: issue.message };
  });
}

/** `files` maps a file name to its parsed JSON; `actors.json` holds the actors. */
export function validateClaimFiles(files: Record<string, unknown>, version: string): ValidationResult {
  const errors: DataError[] = [];
  const db: ClaimDatabase = { version, events: [], actors: [], claims: [], relations: [] };
  const claimFile = new Map<string, string>();

  for (const [file, data] of Object.entries(files)) {
    if (file === 'actors.json') {
      const parsed = ActorsFile.safeParse(data);
      if (parsed.success) db.actors.push(...parsed.data.actors);
      else errors.push(...zodErrors(file, data, parsed.error));
      continue;
    }
    const parsed = EventFile.safeParse(data);
    if (!parsed.success) {
      errors.push(...zodErrors(file, data, parsed.error));
      continue;
    }
    db.events.push(parsed.data.event);
    for (const claim of parsed.data.claims) {
      if (claimFile.has(claim.id)) {
        errors.push({ file, record: `claims:${claim.id}`, field: 'id', message: `duplicate id, also in ${claimFile.get(claim.id)}` });
      }
      claimFile.set(claim.id, file);
      db.claims.push(claim);
    }
    db.relations.push(...parsed.data.relations.map((r) => ({ ...r, file })));
  }

  const actorIds = new Set<string>();
  for (const a of db.actors) {
    if (actorIds.has(a.id)) errors.push({ file: 'actors.json', record: `actors:${a.id}`, field: 'id', message: 'duplicate id' });
    actorIds.add(a.id);
  }
  const eventIds = new Set<string>();
  for (const e of db.events) {
    if (eventIds.has(e.id)) errors.push({ file: '?', record: `event:${e.id}`, field: 'id', message: 'duplicate event id' });
    eventIds.add(e.id);
  }
  for (const c of db.claims) {
    const file = claimFile.get(c.id) ?? '?';
    if (!actorIds.has(c.speaker)) errors.push({ file, record: `claims:${c.id}`, field: 'speaker', message: `unknown actor "${c.speaker}"` });
    if (!eventIds.has(c.event)) errors.push({ file, record: `claims:${c.id}`, field: 'event', message: `unknown event "${c.event}"` });
  }
  const claimIds = new Set(db.claims.map((c) => c.id));
  const seen = new Set<string>();
  db.relations = db.relations.map((r) => {
    const { file, ...relation } = r as typeof r & { file: string };
    const record = `relations:${relation.from}->${relation.to}`;
    if (!claimIds.has(relation.from)) errors.push({ file, record, field: 'from', message: `unknown claim "${relation.from}"` });
    if (!claimIds.has(relation.to)) errors.push({ file, record, field: 'to', message: `unknown claim "${relation.to}"` });
    if (relation.from === relation.to) errors.push({ file, record, field: 'to', message: 'a claim cannot relate to itself' });
    const key = `${relation.from}|${relation.to}|${relation.type}`;
    if (seen.has(key)) errors.push({ file, record, field: 'type', message: 'duplicate relation' });
    seen.add(key);
    return relation;
  });

  return errors.length ? { ok: false, errors } : { ok: true, db };
}

export function formatDataError(e: DataError): string {
  return `${e.file}: ${e.record}${e.field ? ` (${e.field})` : ''}: ${e.message}`;
}
