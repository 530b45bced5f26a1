// Receiving side of lib/protocol.ts: envelope check, schema validation and
// sender checks in one place, so no handler ever sees an unchecked payload.
import type { z } from 'zod';
import type { Envelope, Result } from './protocol';

/** What the receiver knows about a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type MessageMap = Record<string, z.ZodTypeAny>;

export type Parsed<M extends MessageMap> = { [K in keyof M & string]: { type: K; payload: z.infer<M[K]> } }[keyof M & string];

export function envelope<K extends string, P>(type: K, payload: P): Envelope<K, P> {
  return { sverka: 1, type, payload };
}

/** Validates an untrusted message against one direction's map. */
export function parseMessage<M extends MessageMap>(map: M, raw: unknown): Result<Parsed<M>> {
  if (typeof raw !== 'object' || raw === null || (raw as Envelope).sverka !== 1) return { ok: false, error: 'not a Sverka message' };
  const { type, payload } = raw as Envelope;
  // Never String(type): an object type such as {toString: 1} survives JSON messaging and makes String() throw.
  if (typeof type !== 'string') return { ok: false, error: `message type is ${type === null ? 'null' : `of type ${typeof type}`}, not a string` };
  if (!Object.hasOwn(map, type)) return { ok: false, error: `unknown message type "${type.slice(0, 100)}"` };
  const parsed = map[type].safeParse(payload);
  if (!parsed.success) return { ok: false, error: `invalid ${type}: ${parsed.error.issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}` };
  return { ok: true, value: { type, payload: parsed.data } as Parsed<M> };
}

/** A content script of ours, in the top frame of a web page (an extension page opened in a tab is not one). */
export function isOwnContentScript(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.frameId === 0 &&
    !(sender.url ?? '').startsWith(extensionOrigin)
  );
}

/** One of our own extension pages (panel, options), never a content script. */
export function isOwnExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
