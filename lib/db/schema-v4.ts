// Schema version 4 (issue 11): the claims of an imported ClaimReview pack are
// stored in rows of a hundred (lib/db/claim-rows.ts), keyed by
// [pack+no], instead of one record per claim. Chromium's IndexedDB costs
// about 240 µs per record whatever its size, so 200,000 records took 68 s to
// write and ~11 s to delete; 800 rows take a few seconds and one key-range
// delete. `refs` (multi-entry) lists the speakers and events a row's claims
// take from other packs, so removing a pack can still find who uses it.
// No data changes: packs stored one claim per record before keep that layout
// (every reader reads both), so the upgrade only adds the store.
import type Dexie from 'dexie';
import { ANNOTATIONS_STORE, V1_STORES } from './schema-v2';
import { V3_CLAIMS_STORE } from './schema-v3';

/** The row store of version 4. */
export const V4_CLAIM_ROWS_STORE = '[pack+no], *refs';

/** Declares version 4 on `db` (after versions 1–3), every store repeated as Dexie recommends. */
export function addClaimRowsSchema(db: Dexie): void {
  db.version(4)
    .stores({ ...V1_STORES, annotations: ANNOTATIONS_STORE, claims: V3_CLAIMS_STORE, claimRows: V4_CLAIM_ROWS_STORE })
    .upgrade(() => {
      // A new empty store: every existing row stays as it is (tests/unit/migration-v3-v4.test.ts).
    });
}
