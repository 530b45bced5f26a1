// What the reader configures for Hypothesis group sync, and the rules the
// API base must follow. Sync is off until the reader saves a configuration;
// the token stays in storage.local (lib/sync/store.ts), goes only to this
// API's origin in an Authorization header, and is never logged, exported or
// sent to the panel (SyncStatus carries whether a token is set, not the token).

export const DEFAULT_API_BASE = 'https://api.hypothes.is/api';

export interface SyncConfig {
  /** The API root, without a trailing slash: https://api.hypothes.is/api or a self-hosted h's /api. */
  base: string;
  /** A Hypothesis developer token (https://hypothes.is/account/developer). */
  token: string;
  /** The group annotations are published to and pulled from. */
  group: string;
  groupName: string;
  /** Publish every new or edited annotation at once; otherwise each is published when the reader asks. */
  autoPublish: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The API base as Sverka will use it, or why it cannot be one. HTTPS is
 * required: the token travels in every request. Plain HTTP is allowed only to
 * the loopback address (a self-hosted h on the same machine, and the test
 * suite's fake API), where nothing crosses a network.
 */
export function checkApiBase(input: string): { ok: true; base: string; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'The API address is not a URL (example: https://api.hypothes.is/api).' };
  }
  if (url.username || url.password) return { ok: false, error: 'The API address must not contain a user name or password; the token goes in its own field.' };
  if (url.search || url.hash) return { ok: false, error: 'The API address must not have a query or fragment.' };
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, error: 'The API address must start with https:// (plain http is accepted only for a server on this computer, 127.0.0.1 or localhost).' };
  }
  return { ok: true, base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}

/** The host-permission pattern for the API's origin (what permissions.request asks for; ports are part of the origin). */
export function originPattern(base: string): string {
  const url = new URL(base);
  // Chrome match patterns carry no port: a pattern for the host covers its ports, which for loopback is what we need.
  return `${url.protocol}//${url.hostname}/*`;
}

/** A token as Hypothesis issues them: printable, no spaces, bounded. */
export function checkToken(token: string): string | undefined {
  const t = token.trim();
  if (!t) return 'Paste your Hypothesis developer token (hypothes.is → Settings → Developer).';
  if (t.length > 500 || !/^[\x21-\x7e]+$/.test(t)) return 'The token has characters a Hypothesis token never has (spaces or non-ASCII). Paste it again.';
  return undefined;
}
