// The outlet registry: the news sites Sverka knows. It decides where the
// content script is registered (wxt.config derives the manifest from it) and
// gives the panel a plain, sourced fact about who owns each outlet. The data is
// lib/outlet-registry.ts; this file answers questions about it.

import { OUTLET_RECORDS, type OutletRecord } from './outlet-registry';

export type { Lang } from './types/lang';
export type { Ownership, Tri } from './outlet-registry';

export type Outlet = OutletRecord;

export const OUTLETS: readonly Outlet[] = OUTLET_RECORDS;

const hostOf = (url: URL | string): URL | undefined => {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
};

const onHost = (host: string, h: string) => host === h || host.endsWith(`.${h}`);
// "/russian" covers "/russian" and "/russian/…", not "/russianx".
const underPath = (path: string, p: string) => path === p || path.startsWith(`${p}/`);

/** The outlet serving `url`: its host or a subdomain, and for path-scoped outlets (BBC Russian) the section. */
export function outletForUrl(url: URL | string): Outlet | undefined {
  const u = hostOf(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  return OUTLETS.find((o) => o.hosts.some((h) => onHost(host, h)) && (!o.paths || o.paths.some((p) => underPath(u.pathname, p))));
}

export function outletById(id: string): Outlet | undefined {
  return OUTLETS.find((o) => o.id === id);
}

/** Content-script match patterns: every registry host and its subdomains, limited to the outlet's sections where it has them. */
export function outletMatchPatterns(): string[] {
  const out = OUTLETS.flatMap((o) => o.hosts.flatMap((h) => (o.paths ?? ['']).flatMap((p) => [`*://${h}${p}/*`, `*://*.${h}${p}/*`])));
  return [...new Set(out)];
}

/** Host permissions: the registry's hosts (a host permission has no path, so bbc.com is asked for once). */
export function outletHostPatterns(): string[] {
  return [...new Set(OUTLETS.flatMap((o) => o.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`])))];
}
