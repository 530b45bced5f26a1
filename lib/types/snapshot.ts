// The snapshot port's shared names (issue 14): the page (lib/page/analyse.ts,
// lib/page/snapshot.ts) sends over it and the background
// (lib/service/snapshot-port.ts) serves it, and the message protocol bounds
// the HTML by the same limit. Declared here, below all three, so neither side
// imports the other (issue 12, "imports point one way").

/** Past this many characters the page is too large to hand over (a message this big costs more than it is worth). */
export const MAX_SNAPSHOT_CHARS = 10_000_000;

/** The port the snapshot travels over (lib/service/snapshot-port.ts); only our own content script may open it. */
export const SNAPSHOT_PORT = 'sverka-snapshot';

/** The slice of runtime.Port both ends use (fakes in unit tests). */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number; url?: string }; frameId?: number };
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}
