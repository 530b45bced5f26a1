// `sverka db export --pack ID --format sverka|claimreview [--from PACK.json …]`:
// the same lib/packs/export.ts the options page uses. The command line has no
// browser database, so its packs are the bundled data ("bundled") and the
// pack files given with --from (read as the extension imports them).
import { readFileSync } from 'node:fs';
import { parsePack } from '../lib/claims/import';
import { toClaimReview, toSverkaPack, unratedCount, type OriginRecords } from '../lib/packs/export';
import { BUNDLED_PACK_NAME } from '../lib/service/pack-export';
import { uiLangFromLocale } from '../lib/i18n';
import type { ClaimDatabase } from '../lib/claims/schema';

export const PACK_EXPORT_USAGE = 'usage: sverka db export --pack ID --format sverka|claimreview [--from PACK.json …] [--lang en|ru|uk]\n';

function takeAll(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = args.indexOf(name); i !== -1; i = args.indexOf(name)) {
    if (i + 1 >= args.length) throw new Error(`${name} needs a value`);
    out.push(args[i + 1]);
    args.splice(i, 2);
  }
  return out;
}

/** Writes the chosen pack to stdout; returns the exit code. Messages go to stderr. */
export function packExportCommand(argv: string[], bundled: ClaimDatabase, out: (s: string) => void, err: (s: string) => void, today = new Date()): number {
  const args = [...argv];
  let packId: string | undefined, format: string | undefined, lang: string | undefined, from: string[];
  try {
    [packId] = takeAll(args, '--pack');
    [format] = takeAll(args, '--format');
    [lang] = takeAll(args, '--lang');
    from = takeAll(args, '--from');
  } catch (e) {
    err(`${(e as Error).message}\n${PACK_EXPORT_USAGE}`);
    return 2;
  }
  if (!packId || (format !== 'sverka' && format !== 'claimreview') || args.length) {
    err(PACK_EXPORT_USAGE);
    return 2;
  }
  const origin = (o: string) => <T>(r: T) => ({ ...r, origin: o });
  const all: OriginRecords = {
    events: bundled.events.map(origin('bundled')), actors: bundled.actors.map(origin('bundled')),
    claims: bundled.claims.map(origin('bundled')), relations: bundled.relations.map(origin('bundled')),
  };
  const names = new Map([['bundled', BUNDLED_PACK_NAME]]);
  for (const file of from) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      err(`error: cannot read ${file}: ${(e as Error).message}\n`);
      return 1;
    }
    const current = { version: '', events: all.events, actors: all.actors, claims: all.claims, relations: all.relations };
    const parsed = parsePack(file, text, current);
    if (!parsed.ok) {
      err(`error: ${file} is not a pack Sverka can read:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return 1;
    }
    const o = origin(`pack:${parsed.pack.id}`);
    all.events.push(...parsed.pack.events.map(o));
    all.actors.push(...parsed.pack.actors.map(o));
    all.claims.push(...parsed.pack.claims.map(o));
    all.relations.push(...parsed.pack.relations.map(o));
    names.set(parsed.pack.id, parsed.pack.name);
  }
  const name = names.get(packId);
  if (!name) {
    err(`error: no pack "${packId}". Packs: ${[...names.keys()].join(', ')}\n`);
    return 1;
  }
  if (format === 'sverka') {
    out(`${JSON.stringify(toSverkaPack(all, packId, name), null, 2)}\n`);
    return 0;
  }
  const doc = toClaimReview(all, packId, { publisher: name, today: today.toISOString().slice(0, 10), lang: uiLangFromLocale(lang) });
  out(`${JSON.stringify(doc, null, 2)}\n`);
  const unrated = unratedCount(doc);
  if (unrated) err(`note: ${unrated} of ${doc['@graph'].length} statements have no rating; none was made up (reviewBody says so).\n`);
  return 0;
}
