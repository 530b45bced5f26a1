// The background's commands to the page (lib/protocol.ts BackgroundToContent),
// checked by hand. The content script runs in every page of the registry, and
// zod's schema objects cost about 11 ms of the page's main thread to build at
// script start (measured in profiles of the page-cost runs, now npm run bench:page) plus ~130 KB
// of script; three small payloads do not need them. tests/unit/page-commands
// checks that this accepts exactly what the protocol's schemas accept.
import type { Envelope } from '../protocol';

export type PageCommand =
  | { type: 'focusSentence'; payload: { start: number; end: number } }
  | { type: 'setHighlights'; payload: { enabled: boolean } }
  | { type: 'annotationsChanged'; payload: Record<string, never> };

// -1 is the headline (HEADLINE_START), highlighted and focused like a sentence.
const offset = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= -1;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The command in a message from the background, or undefined for anything else. Unknown keys are dropped. */
export function parseCommand(raw: unknown): PageCommand | undefined {
  if (!isObject(raw) || (raw as Partial<Envelope>).sverka !== 1 || !isObject(raw.payload)) return undefined;
  const { type, payload } = raw as { type: unknown; payload: Record<string, unknown> };
  if (type === 'focusSentence' && offset(payload.start) && offset(payload.end)) return { type, payload: { start: payload.start, end: payload.end } };
  if (type === 'setHighlights' && typeof payload.enabled === 'boolean') return { type, payload: { enabled: payload.enabled } };
  if (type === 'annotationsChanged') return { type, payload: {} };
  return undefined;
}
