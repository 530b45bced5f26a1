// A selection in the page, described by W3C Web Annotation selectors (never
// by DOM references): what the content script sends when the reader
// annotates a selection. It lives in this leaf module, not in lib/protocol.ts,
// because lib/protocol.ts spreads the annotation message maps into its own:
// were lib/annotations/protocol.ts to import lib/protocol.ts back, whichever of
// the two loaded first would read the other's exports before they exist.
// lib/protocol.ts re-exports this schema as its SelectionSchema.
import { z } from 'zod';

export const SelectionSchema = z.object({
  url: z.string().max(8_192),
  title: z.string().max(2_000),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PageSelection = z.infer<typeof SelectionSchema>;
