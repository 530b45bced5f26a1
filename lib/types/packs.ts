// Shapes shared by the pack store (lib/db/packs.ts), the background's pack
// handlers (lib/service/) and the options page. Declared here so lib/db never
// imports lib/service (they used to form a cycle through packs-api.ts).
import type { ClaimDatabase } from '../claims/schema';
import type { ReviewReport } from '../claims/claimreview';

/** A user-imported (or subscribed, or written) claim pack as stored in IndexedDB. */
export interface Pack {
  id: string;
  name: string;
  format: 'sverka' | 'claimreview';
  /** The file's format as detected (claimreview-json, jsonl, csv, tsv, sverka), for the pack list. */
  fileFormat?: string;
  importedAt: string;
  claimCount: number;
  /**
   * 'importing' while a streamed import is writing its records (they are
   * invisible to matching and the database browser until the pack turns
   * 'ready' in one final transaction), 'removing' while a removal deletes
   * them in chunks. A worker stopped in either state is cleaned up on its
   * next start (lib/db/pack-stage.ts). Absent on packs stored before: ready.
   */
  status?: 'importing' | 'ready' | 'removing';
  /**
   * Set on packs whose claims are stored in rows of this many (the staged
   * ClaimReview import, lib/db/claim-rows.ts): claim k of the pack's index
   * segment is entry k % rowSize of row floor(k / rowSize). Absent: one
   * record per claim in the claims table (Sverka packs, subscriptions,
   * "My statements", and every pack stored before schema version 4).
   */
  rowSize?: number;
}

export interface ImportReport {
  packId: string;
  name: string;
  format: 'sverka' | 'claimreview';
  added: { claims: number; actors: number; events: number; relations: number };
  /** Records skipped because the same id, or the same normalised quote and speaker, already exists. */
  duplicates: { id: string; reason: string }[];
  /** The file's format as detected from its content. */
  fileFormat?: string;
  /** For fact-check files: items read, accepted, merged and skipped (by reason, the first 20 listed). */
  items?: ReviewReport;
}

export interface DatabaseSnapshot {
  data: ClaimDatabase;
  packs: Pack[];
  /** Claim id → origin ('bundled' or 'pack:<id>'). */
  origins: Record<string, string>;
  /**
   * Packs too large to list with the rest (over lib/db/packs.ts BROWSE_WHOLE
   * statements): their statements are not in `data.claims`; the browser
   * pages through them with the browsePack message (lib/db/browse.ts).
   */
  paged?: { packId: string; name: string; total: number }[];
}

/** A pack subscription (lib/service/subscriptions.ts), kept in storage.local. */
export interface Subscription {
  url: string;
  /** Set once the first fetch stored the pack. */
  packId?: string;
  name?: string;
  /** Size of the stored version's file, in bytes. */
  bytes?: number;
  claims?: number;
  addedAt: string;
  /** Last time Sverka asked the server (successfully or not). */
  checkedAt?: string;
  /** When the stored version arrived (the server's Last-Modified when it sends one). */
  updatedAt?: string;
  etag?: string;
  lastModified?: string;
  /** Why the last refresh failed; the stored version (if any) is the previous one, whole. */
  error?: string;
}
