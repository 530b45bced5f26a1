// Which addresses a pack subscription may use, and the one origin Sverka asks
// permission for. HTTPS only: a pack changes what Sverka tells the reader, so
// it must come from the server the reader named, unaltered on the way.
import type { Result } from '../types/result';

/** Longest subscription URL accepted (a raw file in a Git host is far shorter). */
export const MAX_SUBSCRIPTION_URL = 2_000;

/**
 * The URL as Sverka will fetch it, or why not. No user:password (it would be
 * stored and sent), no #fragment (never sent anyway), https only.
 */
export function checkSubscriptionUrl(raw: string): Result<URL> {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'Enter the address of a pack file (https://…).' };
  if (text.length > MAX_SUBSCRIPTION_URL) return { ok: false, error: `This address is longer than ${MAX_SUBSCRIPTION_URL} characters.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `"${text.slice(0, 200)}" is not a web address. Paste the full address, starting with https://.` };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'Only https:// addresses can be subscribed to: a pack must reach Sverka unaltered.' };
  if (url.username || url.password) return { ok: false, error: 'The address must not contain a user name or password.' };
  url.hash = '';
  return { ok: true, value: url };
}

/** The match pattern of the one origin a subscription needs (for permissions.request / contains). */
export function originPattern(url: URL | string): string {
  return `${new URL(url).origin}/*`;
}
