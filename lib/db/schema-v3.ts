// Schema version 3 (issue 11): the database browser pages a 200,000-claim
// pack by keyset — "the next 50 claims of pack X after id Y" — through a
// compound [origin+id] index on claims (lib/db/browse.ts), so it never loads
// a whole pack. The `date` index on claims goes: nothing ever queried it, and
// every index costs a write per claim on a 200,000-claim import.
// No row changes: Dexie builds the new index and drops the old one itself.
import type Dexie from 'dexie';
import { ANNOTATIONS_STORE, V1_STORES } from './schema-v2';

/** The claims store of version 3. */
export const V3_CLAIMS_STORE = 'id, origin, event, speaker, [origin+id]';

/** Declares version 3 on `db` (after versions 1 and 2), every store repeated as Dexie recommends. */
export function addKeysetPagingSchema(db: Dexie): void {
  db.version(3)
    .stores({ ...V1_STORES, annotations: ANNOTATIONS_STORE, claims: V3_CLAIMS_STORE })
    .upgrade(() => {
      // Indexes only: every row stays as it is (tests/unit/migration-v2-v3.test.ts).
    });
}
