// Each ClaimReview pack's key set (lib/claims/review-keys.ts): the 53-bit
// hashes of its items' review URL + claim text, one Float64Array per pack in
// the meta table under `keys:pack:<id>`. Written with the pack's last import
// transaction; a pack stored before (or by another path: a subscription, the
// command line's store file) gets its set built from its claims once, the
// first time an import needs it.
import { claimKey, hashKey } from '../claims/review-keys';
import { UNTRANSLATED_TOPIC } from '../claims/claimreview';
import type { SverkaDatabase } from './database';
import { readyPacks } from './index-store';
import { claimsOf } from './claim-rows';

const KEYS_FORMAT = 1;

interface KeysRow {
  format: number;
  keys: Float64Array;
}

export const packKeysKey = (packId: string) => `keys:pack:${packId}`;

/** The row the import's last transaction writes. */
export function keysRow(packId: string, keys: Float64Array): { key: string; value: KeysRow } {
  return { key: packKeysKey(packId), value: { format: KEYS_FORMAT, keys } };
}

/** One pack's key set: stored, or built from its ClaimReview claims and stored. */
async function packKeys(db: SverkaDatabase, packId: string): Promise<Float64Array> {
  const row = (await db.meta.get(packKeysKey(packId)))?.value as KeysRow | undefined;
  if (row?.format === KEYS_FORMAT && row.keys instanceof Float64Array) return row.keys;
  const claims = await claimsOf(db, packId);
  // Only claims made from fact-checks have a review key; a curated Sverka pack's are matched by speaker and quote instead.
  const keys = Float64Array.from(claims.filter((c) => c.topics.includes('claimreview') && c.topics.includes(UNTRANSLATED_TOPIC)), (c) => hashKey(claimKey(c)));
  await db.meta.put(keysRow(packId, keys)).catch(() => {
    // No room: the set is rebuilt next time.
  });
  return keys;
}

/** Every installed ClaimReview key, mapped to the name of the pack holding it (the first imported, if several). */
export async function installedKeys(db: SverkaDatabase): Promise<Map<number, string>> {
  const installed = new Map<number, string>();
  for (const pack of await readyPacks(db)) {
    if (pack.format !== 'claimreview') continue;
    for (const k of await packKeys(db, pack.id)) if (!installed.has(k)) installed.set(k, pack.name);
  }
  return installed;
}
