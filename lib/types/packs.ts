// Shapes shared by the pack store (lib/db/packs.ts), the background's pack
// handlers (lib/service/) and the options page. Declared here so lib/db never
// imports lib/service (they used to form a cycle through packs-api.ts).
import type { ClaimDatabase } from '../claims/schema';

/** A user-imported (or subscribed, or written) claim pack as stored in IndexedDB. */
export interface Pack {
  id: string;
  name: string;
  format: 'sverka' | 'claimreview';
  importedAt: string;
  claimCount: number;
}

export interface ImportReport {
  packId: string;
  name: string;
  format: 'sverka' | 'claimreview';
  added: { claims: number; actors: number; events: number; relations: number };
  /** Records skipped because the same id, or the same normalised quote and speaker, already exists. */
  duplicates: { id: string; reason: string }[];
}

export interface DatabaseSnapshot {
  data: ClaimDatabase;
  packs: Pack[];
  /** Claim id → origin ('bundled' or 'pack:<id>'). */
  origins: Record<string, string>;
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
