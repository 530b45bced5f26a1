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
