// Reading a user's claim pack (Sverka's own JSON, or ClaimReview JSON-LD as
// fact-checkers publish it) into records ready to store. Pure: takes the file
// text and the database as it is now, returns the records to add or every
// error found. Nothing is written here; lib/db/packs.ts writes all or nothing.
import { z } from 'zod';
import { Actor, Claim, Event, Relation, type ClaimDatabase } from './schema';
import { readClaimReview, type ReviewReport } from './claimreview';
import type { ColumnMapping } from './csv-columns';
import { jsonError, readFactCheckFile, type FileFormat } from './formats';
import { normalizeText } from '../text/normalize';

export type ParsedPack = {
  id: string;
  name: string;
  format: 'sverka' | 'claimreview';
  events: Event[];
  actors: Actor[];
  claims: Claim[];
  relations: Relation[];
};

export type Duplicate = { id: string; reason: string };
export type ParseResult =
  | { ok: true; pack: ParsedPack; duplicates: Duplicate[]; fileFormat: FileFormat; report?: ReviewReport }
  | { ok: false; errors: string[] };

/** Sverka's pack format: the same records as assets/claims, in one file, with a pack id and name. */
export const SverkaPack = z.object({
  sverkaPack: z.literal(1),
  id: Event.shape.id,
  name: z.string().trim().min(1).max(200),
  events: z.array(Event).default([]),
  actors: z.array(Actor).default([]),
  claims: z.array(Claim).min(1),
  relations: z.array(Relation).default([]),
}).strict();

/** Zod 4 says "Invalid input: expected string, received undefined" for a missing field; people read "Required" faster. */
const requiredMessage: z.core.$ZodErrorMap = (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined);

/**
 * Parses, validates and resolves a pack against the current database. On any
 * error the whole pack is rejected; records already in the database (same id,
 * or same normalised quote and speaker) are reported as duplicates and left out.
 */
export function parsePack(fileName: string, text: string, existing: ClaimDatabase, opts: { columns?: ColumnMapping } = {}): ParseResult {
  const file = readFactCheckFile(text, opts);
  if (!file.ok) return { ok: false, errors: [file.error] };
  if (file.format === 'sverka') {
    const data = file.json;
    const parsed = SverkaPack.safeParse(data, { error: requiredMessage });
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => formatIssue(data, i)) };
    const { sverkaPack: _v, ...pack } = parsed.data;
    const resolved = resolvePack({ ...pack, format: 'sverka' }, existing);
    return resolved.ok ? { ...resolved, fileFormat: 'sverka' } : resolved;
  }
  const read = readClaimReview(fileName, file.items, existing);
  if (!read.ok) return read;
  const resolved = resolvePack(read.pack, existing);
  return resolved.ok ? { ...resolved, fileFormat: file.format, report: read.report } : resolved;
}

/** JSON.parse with the position turned into a line and column a person can find in an editor. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: jsonError(body, e) };
  }
}

/** `claims[3] (id "x"): text.uk: Required` — the list, index and id of the record, then the field. */
function formatIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [list, index, ...rest] = issue.path;
  if (typeof list === 'string' && typeof index === 'number') {
    const item = (data as Record<string, unknown[]>)[list]?.[index];
    const field = rest.map(String).join('.');
    return `${recordLabel(list, index, item)}: ${field ? `${field}: ` : ''}${issue.message}`;
  }
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

function recordLabel(list: string, index: number, item: unknown): string {
  const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  if (typeof r.id === 'string') return `${list}[${index}] (id "${r.id}")`;
  if (typeof r.from === 'string' && typeof r.to === 'string') return `${list}[${index}] (${r.from} -> ${r.to})`;
  return `${list}[${index}]`;
}

/** Lower-cased, quotes and apostrophes dropped, whitespace collapsed, outer punctuation trimmed. */
export function normaliseQuote(quote: string): string {
  return normalizeText(quote)
    .toLowerCase()
    .replace(/["'`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?…-]+|[\s.,;:!?…-]+$/g, '');
}

/** Checks ids and references against the pack and the database, and leaves out what is already stored. */
export function resolvePack(pack: ParsedPack, existing: ClaimDatabase): { ok: true; pack: ParsedPack; duplicates: Duplicate[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const duplicates: Duplicate[] = [];
  for (const list of ['events', 'actors', 'claims'] as const) {
    const seen = new Set<string>();
    pack[list].forEach((r, i) => {
      if (seen.has(r.id)) errors.push(`${list}[${i}] (id "${r.id}"): id: used twice in this pack`);
      seen.add(r.id);
    });
  }

  const known = (ids: { id: string }[]) => new Set(ids.map((r) => r.id));
  const [oldEvents, oldActors, oldClaims] = [known(existing.events), known(existing.actors), known(existing.claims)];
  const events = pack.events.filter((e) => keepUnlessStored(e.id, oldEvents, 'event', duplicates));
  const actors = pack.actors.filter((a) => keepUnlessStored(a.id, oldActors, 'actor', duplicates));
  const actorIds = new Set([...oldActors, ...pack.actors.map((a) => a.id)]);
  const eventIds = new Set([...oldEvents, ...pack.events.map((e) => e.id)]);

  // A claim left out as a duplicate still resolves: relations to it point at the stored claim.
  const sameAs = new Map<string, string>();
  const byQuote = new Map(existing.claims.map((c) => [`${c.speaker}|${normaliseQuote(c.quote)}`, c.id]));
  const claims: Claim[] = [];
  pack.claims.forEach((c, i) => {
    const label = `claims[${i}] (id "${c.id}")`;
    if (!actorIds.has(c.speaker)) errors.push(`${label}: speaker: unknown actor "${c.speaker}" (not in this pack or the database)`);
    if (!eventIds.has(c.event)) errors.push(`${label}: event: unknown event "${c.event}" (not in this pack or the database)`);
    if (!keepUnlessStored(c.id, oldClaims, 'claim', duplicates)) {
      sameAs.set(c.id, c.id);
      return;
    }
    const key = `${c.speaker}|${normaliseQuote(c.quote)}`;
    const twin = byQuote.get(key);
    if (twin) {
      duplicates.push({ id: c.id, reason: `same quote and speaker as claim "${twin}"` });
      sameAs.set(c.id, twin);
      return;
    }
    byQuote.set(key, c.id);
    claims.push(c);
  });

  const claimIds = new Set([...oldClaims, ...pack.claims.map((c) => c.id)]);
  const relationKeys = new Set(existing.relations.map((r) => `${r.from}|${r.to}|${r.type}`));
  const relations: Relation[] = [];
  pack.relations.forEach((r, i) => {
    const label = `relations[${i}] (${r.from} -> ${r.to})`;
    const unknown = (['from', 'to'] as const).filter((end) => !claimIds.has(r[end]));
    for (const end of unknown) errors.push(`${label}: ${end}: unknown claim "${r[end]}" (not in this pack or the database)`);
    if (r.from === r.to) errors.push(`${label}: to: a claim cannot relate to itself`);
    if (unknown.length || r.from === r.to) return;
    const relation = { ...r, from: sameAs.get(r.from) ?? r.from, to: sameAs.get(r.to) ?? r.to };
    const key = `${relation.from}|${relation.to}|${relation.type}`;
    if (relation.from === relation.to) duplicates.push({ id: `${r.from}->${r.to}`, reason: 'both ends are the same stored claim' });
    else if (relationKeys.has(key)) duplicates.push({ id: `${r.from}->${r.to}`, reason: 'same relation already exists' });
    else {
      relationKeys.add(key);
      relations.push(relation);
    }
  });

  if (errors.length) return { ok: false, errors };
  return { ok: true, pack: { ...pack, events, actors, claims, relations }, duplicates };
}

function keepUnlessStored(id: string, stored: Set<string>, kind: string, duplicates: Duplicate[]): boolean {
  if (!stored.has(id)) return true;
  duplicates.push({ id, reason: `same id as an existing ${kind}` });
  return false;
}
