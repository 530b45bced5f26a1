// Messages of the pack features (issue 12: export, the reader's own
// statements, subscriptions), options page / panel → background. Spread into
// PanelToBackground in lib/protocol.ts; the background routes them through
// lib/service/pack-routes.ts.
import { z } from 'zod';

const PackId = z.string().min(1).max(200);

export const PackMessages = {
  /** A pack (or "bundled") as a Sverka pack file or as ClaimReview JSON-LD. Answer: the file. */
  exportPack: z.object({ packId: PackId, format: z.enum(['sverka', 'claimreview']) }),
} as const;
