// Contract between the background wiring and the pack import code
// (lib/claims/import.ts, lib/db/packs.ts). The background calls exactly these.
import type { ClaimDatabase } from '../claims/schema';
import type { Pack } from '../db/database';
import type { ReviewReport } from '../claims/claimreview';

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
}
