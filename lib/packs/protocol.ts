// Messages of the pack features (issue 12: export, the reader's own
// statements, subscriptions), options page / panel → background. Spread into
// PanelToBackground in lib/protocol.ts; the background routes them through
// lib/service/pack-routes.ts.
import { z } from 'zod';
import { StatementInput } from './statement';

const PackId = z.string().min(1).max(200);

export const PackMessages = {
  /** A pack (or "bundled") as a Sverka pack file or as ClaimReview JSON-LD. Answer: the file. */
  exportPack: z.object({ packId: PackId, format: z.enum(['sverka', 'claimreview']) }),
  /** The pack subscriptions with their state (name, size, last update, last error). */
  listSubscriptions: z.object({}),
  /** Subscribe to a pack's https address (the page asked for the origin's permission first) and fetch it now. */
  subscribePack: z.object({ url: z.string().min(1).max(2_000) }),
  /** Refresh one subscription now, or all when no url is given. */
  refreshSubscriptions: z.object({ url: z.string().min(1).max(2_000).optional() }),
  /** Remove a subscription and the pack it brought. */
  unsubscribePack: z.object({ url: z.string().min(1).max(2_000) }),
  /** Add a statement to "My statements" (no claimId) or replace one of them. Answer: the stored claim. */
  saveStatement: z.object({ claimId: z.string().min(1).max(200).optional(), statement: StatementInput }),
  /** Remove one of the reader's statements. */
  removeStatement: z.object({ claimId: z.string().min(1).max(200) }),
  /** The reader's statements with their speakers, events and relations. */
  listMyStatements: z.object({}),
} as const;
