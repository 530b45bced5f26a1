// Issue 7, item 7: claim-pack import on arbitrary input — random strings,
// random JSON, and valid packs with one field replaced by something random.
// parsePack never throws and either accepts or rejects; importPack (on
// fake-indexeddb) never writes part of a pack: after any attempt the
// database holds either the whole pack or exactly what it held before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePack } from '../../lib/claims/import';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { importPack } from '../../lib/db/packs';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';
import { hostileText } from '../fixtures/hostile/arbitraries';

const validPack = () => JSON.parse(packFixture('sverka-pack.json')) as Record<string, unknown>;
const claimReview = () => JSON.parse(packFixture('claimreview-sample.jsonld')) as unknown;

/** A path into a JSON value: every key and index, to pick one field to corrupt. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
function setAt(root: unknown, path: (string | number)[], v: unknown): unknown {
  if (!path.length) return v;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]] = v;
  return copy;
}

const randomValue = fc.oneof(fc.anything({ maxDepth: 2, withNullPrototype: true }), hostileText(30), fc.constantFrom('', '__proto__', 'constructor', -1, 1e308, NaN, null, [], {}, 'javascript:alert(1)', 'http://x', '2021-02-30'));
/** A valid pack (Sverka or ClaimReview) with one field, or a whole subtree, replaced or removed. */
const mutatedPack = fc.constantFrom(validPack, claimReview).chain((make) => {
  const base = make();
  return fc.tuple(fc.constantFrom(...paths(base)), randomValue, fc.boolean()).map(([path, v, remove]) => {
    const mutated = setAt(base, path, remove && path.length ? undefined : v);
    return JSON.stringify(mutated) ?? 'undefined';
  });
});
const anyText = fc.oneof(
  { weight: 3, arbitrary: mutatedPack },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: hostileText(100) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

describe('parsePack on arbitrary input', () => {
  it('never throws: the result is { ok: true, pack } or { ok: false, errors: [string, …] }', () => {
    fc.assert(fc.property(anyText, hostileText(20), (text, fileName) => {
      const r = parsePack(fileName || 'f.json', text, testBundle());
      if (r.ok) {
        expect(r.pack.claims.length + r.pack.events.length + r.pack.actors.length + r.pack.relations.length).toBeGreaterThanOrEqual(0);
      } else {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(typeof e).toBe('string');
      }
    }), { numRuns: 500 });
  });
  it('an accepted pack only has https source URLs (no javascript:, data: or http: link reaches the UI)', () => {
    fc.assert(fc.property(mutatedPack, (text) => {
      const r = parsePack('f.json', text, testBundle());
      if (!r.ok) return;
      for (const c of r.pack.claims) for (const s of c.sources) if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
    }), { numRuns: 300 });
  });
});

describe('importPack on arbitrary input never writes part of a pack (fake-indexeddb)', () => {
  it('after any import the database is unchanged, or holds the whole pack with origin pack:<id>', async () => {
    let n = 0;
    let accepted = 0;
    await fc.assert(fc.asyncProperty(anyText, async (text) => {
      const db = new SverkaDatabase(`fuzz-import-${n++}`);
      await syncBundled(db, testBundle());
      const before = await readDatabase(db);
      const r = await importPack(db, 'f.json', text, () => new Date('2026-01-01T00:00:00Z'));
      const after = await readDatabase(db);
      if (!r.ok) {
        expect(typeof r.error).toBe('string');
        expect(after).toEqual(before);
        expect(await db.packs.count()).toBe(0);
      } else {
        accepted++;
        const origin = `pack:${r.value.packId}`;
        expect(await db.packs.get(r.value.packId)).toBeDefined();
        expect(await db.claims.where('origin').equals(origin).count()).toBe(r.value.added.claims);
        expect(await db.events.where('origin').equals(origin).count()).toBe(r.value.added.events);
        expect(await db.actors.where('origin').equals(origin).count()).toBe(r.value.added.actors);
        expect(await db.relations.where('origin').equals(origin).count()).toBe(r.value.added.relations);
        // Nothing that was there before was touched.
        expect(after.claims.filter((c) => before.claims.some((b) => b.id === c.id))).toEqual(before.claims);
      }
      db.close();
      await db.delete();
    }), { numRuns: 120 });
    expect(accepted).toBeGreaterThan(5);
  });
});
