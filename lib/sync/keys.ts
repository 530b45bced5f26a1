// Storage keys of group sync, in a module without zod or the client so the
// panel can follow them (it loads no validator: see the store-review test).
import { pageKey } from '../annotations/normalize';

/** storage.local: the configuration (with the token). */
export const CONFIG_KEY = 'sync:config';
/** storage.local: the outgoing queue and the links to published copies. */
export const STATE_KEY = 'sync:state';
/** storage.session key of a page's group annotations (the panel follows it). */
export const pageCacheKey = (url: string) => `sync:page:${pageKey(url)}`;
