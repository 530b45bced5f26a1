// The sync messages (issue 12, item 4), validated at the receiver like every
// other message; lib/protocol.ts spreads these maps into its own. The token
// travels only panel → background, in configureSync/listSyncGroups; no answer
// ever carries it back.
import { z } from 'zod';
import { AnchorReportSchema } from '../annotations/protocol';

const Url = z.string().min(1).max(8_192);
const Token = z.string().max(500);
const Connection = z.object({ base: Url, token: Token });

/** Side panel / options page → background. Each answers with a Result. */
export const SyncMessages = {
  /** Whether sync is set up, the group, what waits in the queue, the last error. Answer: SyncStatus. */
  getSyncStatus: z.object({}),
  /** The groups of the token's user (a blank token: the stored one). Answer: ApiGroup[]. */
  listSyncGroups: Connection,
  /** Save the settings (after the panel obtained the origin's host permission). Answer: SyncStatus. */
  configureSync: Connection.extend({ group: z.string().min(1).max(200), groupName: z.string().max(500), autoPublish: z.boolean() }),
  /** Turn sync off and forget the token. Answer: SyncStatus. */
  disableSync: z.object({}),
  /** Publish these annotations (all: no ids). Answer: SyncStatus. */
  publishAnnotations: z.object({ ids: z.array(z.string().min(1).max(2_000)).max(10_000).optional() }),
  /** Pull the group's annotations for a page now. Answer: GroupPage. */
  pullGroupAnnotations: z.object({ url: Url }),
  /** The group's annotations for a page as last pulled (no request). Answer: GroupPage | null. */
  getGroupAnnotations: z.object({ url: Url }),
} as const;

/** Content script → background. */
export const SyncContentMessages = {
  /** The page asks for its group annotations to highlight (pulled fresh when sync is on). Answer: GroupAnnotation[]. */
  getPageGroupAnnotations: z.object({ url: Url }),
  /** Where each of them was found (orphans included): the panel lists those not found as "Not found on this page". */
  groupAnnotationsAnchored: z.object({ url: Url, results: z.array(AnchorReportSchema.omit({ derived: true })).max(10_000) }),
} as const;

type Payloads<M> = { [K in keyof M]: M[K] extends z.ZodTypeAny ? z.infer<M[K]> : never };
export type SyncMessage = Payloads<typeof SyncMessages>;
