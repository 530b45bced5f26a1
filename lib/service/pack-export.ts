// The background's handler for "export this pack": reads the records with
// their origins and writes the file lib/packs/export.ts describes. The file is
// worded in the reader's UI language (the no-rating note) and named after the pack.
import { readOriginRecords } from '../db/pack-records';
import { originOf, toClaimReview, toSverkaPack, unratedCount } from '../packs/export';
import { getUiLang, type UiLang } from '../i18n';
import type { SverkaDatabase } from '../db/database';
import type { Result } from '../types/result';

export interface PackExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  claims: number;
  /** ClaimReview only: statements exported without a rating (none is made up). */
  unrated?: number;
}

export const BUNDLED_PACK_NAME = 'Sverka bundled statements';

export async function exportPack(
  db: SverkaDatabase, request: { packId: string; format: 'sverka' | 'claimreview' }, now: () => Date, lang: UiLang = getUiLang(),
): Promise<Result<PackExportFile>> {
  try {
    const pack = request.packId === 'bundled' ? { id: 'bundled', name: BUNDLED_PACK_NAME } : await db.packs.get(request.packId);
    if (!pack) return { ok: false, error: `No pack has the id "${request.packId}".` };
    const all = await readOriginRecords(db);
    const claims = all.claims.filter((c) => c.origin === originOf(pack.id)).length;
    if (!claims) return { ok: false, error: `"${pack.name}" has no statements to export.` };
    const day = now().toISOString().slice(0, 10);
    if (request.format === 'sverka') {
      const file = toSverkaPack(all, pack.id, pack.name);
      return { ok: true, value: { fileName: `${pack.id}.sverka.json`, mimeType: 'application/json', text: `${JSON.stringify(file, null, 2)}\n`, claims } };
    }
    const doc = toClaimReview(all, pack.id, { publisher: pack.name, today: day, lang });
    return {
      ok: true,
      value: { fileName: `${pack.id}.claimreview.jsonld`, mimeType: 'application/ld+json', text: `${JSON.stringify(doc, null, 2)}\n`, claims, unrated: unratedCount(doc) },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
