// Sverka's IndexedDB, owned by the background service worker only (a content
// script's IndexedDB would belong to the web page's origin). Versions are
// never deleted: each schema change adds this.version(n + 1) with an upgrade
// and a migration test against a saved database of the previous version.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Actor, Claim, Event, Relation } from '../claims/schema';
import type { Annotation } from '../annotations/types';
import type { Pack } from '../types/packs';
import { addAnnotationsSchema, V1_STORES } from './schema-v2';
import { addKeysetPagingSchema } from './schema-v3';
import { addClaimRowsSchema } from './schema-v4';
import type { ClaimRow } from './claim-rows';

/** Where a record came from: the bundled data or a user-imported pack. */
export type Origin = 'bundled' | `pack:${string}`;

export type StoredEvent = Event & { origin: Origin };
export type StoredActor = Actor & { origin: Origin };
export type StoredClaim = Claim & { origin: Origin };
export type StoredRelation = Relation & { id?: number; origin: Origin };

/** A stored record as the matcher and the pages see it: without its origin. */
export const withoutOrigin = <T extends { origin?: unknown }>({ origin: _o, ...rest }: T): Omit<T, 'origin'> => rest;

/** A user pack's record (declared in lib/types/packs.ts, shared with the options page). */
export type { Pack } from '../types/packs';

export interface MetaRow {
  /** 'bundledVersion', 'packsRevision' (lib/db/pack-records.ts), `index:bundled` / `index:pack:<id>`: a search index segment (lib/db/index-store.ts), or `keys:pack:<id>`: a pack's review keys (lib/db/pack-keys.ts). */
  key: string;
  value: unknown;
}

export class SverkaDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  events!: Table<StoredEvent, string>;
  actors!: Table<StoredActor, string>;
  claims!: Table<StoredClaim, string>;
  relations!: Table<StoredRelation, number>;
  packs!: Table<Pack, string>;
  /** Version 2: the reader's annotations, in their own table so a re-seed never touches them. */
  annotations!: Table<Annotation, string>;
  /** Version 4: an imported ClaimReview pack's claims, a hundred per row (lib/db/claim-rows.ts). */
  claimRows!: Table<ClaimRow, [string, number]>;

  /** `options` lets tests and the CLI pass their own indexedDB implementation. */
  constructor(name = 'sverka', options?: DexieOptions) {
    super(name, options);
    // Versions are never deleted or edited: a browser may still hold a database of any of them.
    this.version(1).stores(V1_STORES);
    addAnnotationsSchema(this);
    addKeysetPagingSchema(this);
    addClaimRowsSchema(this);
  }
}
