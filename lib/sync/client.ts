// A small client for the Hypothesis API subset Sverka uses. It takes `fetch`
// as a parameter (the worker's fetch in the extension, a fake server's in
// tests). Every request: the bearer token, the v1 media type, no cookies
// (credentials: 'omit') and no Referer — nothing but what the call carries.
// Failures come back as data that the queue (lib/sync/queue.ts) turns into
// a retry, a back-off or a message for the reader; the token never appears in them.
import {
  AnnotationCreateSchema, AnnotationUpdateSchema, ApiAnnotationSchema, DeleteResponseSchema, GroupsResponseSchema, SearchResponseSchema,
  type AnnotationCreate, type AnnotationUpdate, type ApiAnnotation, type ApiGroup,
} from './api-schema';

export type ApiError =
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'offline'; detail: string }
  | { kind: 'unauthorized' }
  | { kind: 'not-found' }
  | { kind: 'rejected'; status: number; reason: string }
  | { kind: 'server'; status: number }
  | { kind: 'invalid-response'; detail: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A request with no answer by then counts as offline: a hung connection must not hold the queue (it runs one at a time) forever. */
export const REQUEST_TIMEOUT_MS = 60_000;

/** Search results are read at most this many pages deep (200 rows each). */
export const MAX_SEARCH_PAGES = 10;
export const SEARCH_PAGE_SIZE = 200;

/** Retry-After in seconds or as an HTTP date; 60 s when absent or unreadable. Capped at an hour. */
export function retryAfterMs(header: string | null, now: number): number {
  const fallback = 60_000;
  if (!header) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 3_600_000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? fallback : Math.min(Math.max(at - now, 0), 3_600_000);
}

/** What a failed call means for the reader, in one sentence. */
export function describeApiError(e: ApiError): string {
  switch (e.kind) {
    case 'rate-limited': return `The Hypothesis server asked Sverka to slow down; it tries again in ${Math.ceil(e.retryAfterMs / 1000)} s.`;
    case 'offline': return 'The Hypothesis server cannot be reached (offline?). Sverka keeps the changes and tries again.';
    case 'unauthorized': return 'The Hypothesis server refused the token. Check the developer token in the sync settings.';
    case 'not-found': return 'The Hypothesis server does not know this annotation or group (deleted, or no access).';
    case 'rejected': return `The Hypothesis server rejected the request (${e.status}: ${e.reason}).`;
    case 'server': return `The Hypothesis server failed (${e.status}); Sverka tries again later.`;
    case 'invalid-response': return `The Hypothesis server sent an answer Sverka does not understand (${e.detail}).`;
  }
}

export class HypothesisClient {
  constructor(
    private base: string,
    private token: string,
    private fetcher: FetchLike,
    private now: () => number = () => Date.now(),
  ) {}

  async groups(): Promise<ApiResult<ApiGroup[]>> {
    const r = await this.call('GET', '/groups');
    if (!r.ok) return r;
    const parsed = GroupsResponseSchema.safeParse(r.value);
    return parsed.success ? { ok: true, value: parsed.data } : invalid('groups');
  }

  async create(body: AnnotationCreate): Promise<ApiResult<ApiAnnotation>> {
    AnnotationCreateSchema.parse(body); // A programming error here must not reach the server.
    return this.annotation(await this.call('POST', '/annotations', body));
  }

  async update(id: string, body: AnnotationUpdate): Promise<ApiResult<ApiAnnotation>> {
    AnnotationUpdateSchema.parse(body);
    return this.annotation(await this.call('PATCH', `/annotations/${encodeURIComponent(id)}`, body));
  }

  async get(id: string): Promise<ApiResult<ApiAnnotation>> {
    return this.annotation(await this.call('GET', `/annotations/${encodeURIComponent(id)}`));
  }

  async remove(id: string): Promise<ApiResult<null>> {
    const r = await this.call('DELETE', `/annotations/${encodeURIComponent(id)}`);
    if (!r.ok) return r;
    return DeleteResponseSchema.safeParse(r.value).success ? { ok: true, value: null } : invalid('delete');
  }

  /**
   * Every row of the group on this page, oldest update first, paged with
   * search_after on `updated`. `complete` is false when the page limit cut it short.
   */
  async search(uri: string, group: string): Promise<ApiResult<{ rows: unknown[]; complete: boolean }>> {
    const rows: unknown[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_SEARCH_PAGES; page++) {
      const q = new URLSearchParams({ uri, group, limit: String(SEARCH_PAGE_SIZE), sort: 'updated', order: 'asc' });
      if (after) q.set('search_after', after);
      const r = await this.call('GET', `/search?${q}`);
      if (!r.ok) return r;
      const parsed = SearchResponseSchema.safeParse(r.value);
      if (!parsed.success) return invalid('search');
      rows.push(...parsed.data.rows);
      const last = parsed.data.rows.at(-1) as { updated?: unknown } | undefined;
      if (parsed.data.rows.length < SEARCH_PAGE_SIZE || typeof last?.updated !== 'string') return { ok: true, value: { rows, complete: true } };
      after = last.updated;
    }
    return { ok: true, value: { rows, complete: false } };
  }

  private annotation(r: ApiResult<unknown>): ApiResult<ApiAnnotation> {
    if (!r.ok) return r;
    const parsed = ApiAnnotationSchema.safeParse(r.value);
    return parsed.success ? { ok: true, value: parsed.data } : invalid('annotation');
  }

  private async call(method: string, path: string, body?: unknown): Promise<ApiResult<unknown>> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          Accept: 'application/vnd.hypothesis.v1+json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (e) {
      return { ok: false, error: { kind: 'offline', detail: e instanceof Error ? e.name : 'network error' } };
    }
    if (response.status === 429) return { ok: false, error: { kind: 'rate-limited', retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), this.now()) } };
    if (response.status === 401 || response.status === 403) return { ok: false, error: { kind: 'unauthorized' } };
    if (response.status === 404) return { ok: false, error: { kind: 'not-found' } };
    if (response.status >= 500) return { ok: false, error: { kind: 'server', status: response.status } };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return response.ok ? invalid('not JSON') : { ok: false, error: { kind: 'rejected', status: response.status, reason: response.statusText } };
    }
    if (!response.ok) {
      const reason = typeof (json as { reason?: unknown })?.reason === 'string' ? ((json as { reason: string }).reason).slice(0, 300) : response.statusText;
      return { ok: false, error: { kind: 'rejected', status: response.status, reason } };
    }
    return { ok: true, value: json };
  }
}

function invalid(detail: string): { ok: false; error: ApiError } {
  return { ok: false, error: { kind: 'invalid-response', detail } };
}
