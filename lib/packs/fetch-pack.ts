// One conditional GET of a subscribed pack. Sends nothing but the request for
// the file: no cookies or credentials, no page data, only the validators the
// server gave last time (If-None-Match / If-Modified-Since) so an unchanged
// pack costs a 304. The fetch is injected (the worker's fetch in the
// extension, fakes and a local server in tests).

/** The slice of fetch() this needs. */
export type FetchLike = (url: string, init: {
  method: 'GET';
  headers: Record<string, string>;
  credentials: 'omit';
  cache: 'no-store';
  redirect: 'error';
  referrerPolicy: 'no-referrer';
  signal: AbortSignal;
}) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

/** The validators kept from the last successful fetch. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'body'; text: string; bytes: number; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: string };

/** lib/protocol.ts caps an imported pack at this many characters; a subscription gets the same. */
export const MAX_PACK_BYTES = 20_000_000;

export async function fetchPack(fetch: FetchLike, url: string, validators: Validators, timeoutMs: number): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'GET', headers, credentials: 'omit', cache: 'no-store', redirect: 'error', referrerPolicy: 'no-referrer', signal: abort.signal,
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status < 200 || response.status > 299) return { kind: 'failed', error: `The server answered ${response.status}${statusText(response.status)}.` };
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_PACK_BYTES) return { kind: 'failed', error: `The file is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_PACK_BYTES) return { kind: 'failed', error: `The file is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
    return { kind: 'body', text, bytes, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
  } catch (e) {
    if (abort.signal.aborted) return { kind: 'failed', error: `The server did not answer within ${Math.round(timeoutMs / 1000)} s.` };
    return { kind: 'failed', error: `The pack could not be fetched (${e instanceof Error ? e.message : String(e)}). Check the address and your connection.` };
  } finally {
    clearTimeout(timer);
  }
}

function statusText(status: number): string {
  if (status === 404) return ' (not found)';
  if (status === 401 || status === 403) return ' (not allowed: is the file public?)';
  if (status === 429) return ' (too many requests; Sverka will try again later)';
  if (status >= 500) return ' (a server error)';
  return '';
}
