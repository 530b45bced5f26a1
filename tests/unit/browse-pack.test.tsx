// @vitest-environment happy-dom
// Issue 11: the database browser pages a large pack (lib/db/browse.ts; an imported
// ClaimReview pack by position in its rows, schema v4)
// through the validated browsePack message; the snapshot never reads the
// pack's claims; the options page walks the pages with Next and Previous.
// Fictional statements, example.org addresses only.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { databaseSnapshot, BROWSE_WHOLE } from '../../lib/db/packs';
import { browsePack } from '../../lib/db/browse';
import { beginPack } from '../../lib/db/pack-stage';
import { browsePackMessage } from '../../lib/service/packs';
import { parseMessage, envelope } from '../../lib/messaging';
import { PanelToBackground } from '../../lib/protocol';
import { runImport } from '../../lib/service/import-job';
import { invalidateMatcher } from '../../lib/service/matcher-cache';
import { OptionsApp, type BrowserApi } from '../../components/browser/OptionsApp';
import { testBundle } from '../fixtures/packs/test-bundle';

afterEach(cleanup);

const N = 5_000;
const line = (n: number) => JSON.stringify({
  '@type': 'ClaimReview', url: `https://factcheck.example.org/${n}`, datePublished: '2020-05-01',
  author: { name: 'Example Check' }, claimReviewed: `Example person ${n} said the ferry to district ${n} costs ${n * 13} example units.`,
  itemReviewed: { author: { name: `Example Person ${n % 50}` }, datePublished: '2020-04-01' },
});
const env = { now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: () => {}, cancelled: () => false };

async function withPack(name: string) {
  invalidateMatcher();
  const db = new SverkaDatabase(name);
  await syncBundled(db, testBundle());
  const text = Array.from({ length: N }, (_, i) => line(i + 1)).join('\n');
  expect(await runImport(db, { fileName: 'big.jsonl', text }, env)).toMatchObject({ ok: true, value: { added: { claims: N } } });
  return db;
}

describe('keyset paging of a large pack', () => {
  it('walks every claim once, in the file order, a page at a time; the snapshot reads none of them', async () => {
    const db = await withPack('browse-1');
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await browsePack(db, 'big', after, 200);
      expect(page?.total).toBe(N);
      expect(page!.claims.length).toBeLessThanOrEqual(200);
      seen.push(...page!.claims.map((c) => c.id));
      after = page!.next;
      pages++;
    } while (after);
    expect(pages).toBe(N / 200);
    expect(seen).toHaveLength(N);
    expect(new Set(seen).size).toBe(N);
    // Row-stored: the order of the imported file (big-1 … big-5000), not ids sorted as text.
    expect(seen).toEqual(Array.from({ length: N }, (_, i) => `big-${i + 1}`));

    expect(N).toBeGreaterThan(BROWSE_WHOLE);
    const snapshot = await databaseSnapshot(db);
    expect(snapshot.data.claims.map((c) => c.id).sort()).toEqual(testBundle().claims.map((c) => c.id).sort());
    expect(snapshot.paged).toEqual([{ packId: 'big', name: 'big', total: N }]);
  });

  it('the message is validated, and a pack being imported or unknown is not browsed', async () => {
    const db = await withPack('browse-2');
    for (const payload of [{ packId: 'big', limit: 0 }, { packId: 'big', limit: 1000 }, { packId: 'big', limit: 10, extra: 1 }, { packId: '', limit: 10 }, { packId: 'big', after: 'x'.repeat(400), limit: 10 }]) {
      expect(parseMessage(PanelToBackground, envelope('browsePack', payload as never)).ok, JSON.stringify(payload).slice(0, 60)).toBe(false);
    }
    expect(await browsePackMessage(db, { packId: 'nope', limit: 10 })).toEqual({ ok: false, error: 'No imported pack has the id "nope".' });
    await beginPack(db, { id: 'half', name: 'half', format: 'claimreview', importedAt: '2026-03-01T00:00:00Z' });
    expect((await browsePackMessage(db, { packId: 'half', limit: 10 })).ok).toBe(false);
    // The cursor is the position of the last claim shown: after 4995 (big-4996) come big-4997 … big-4999, then one more page.
    expect(await browsePackMessage(db, { packId: 'big', after: '4995', limit: 3 })).toMatchObject({ ok: true, value: { claims: [{ id: 'big-4997' }, { id: 'big-4998' }, { id: 'big-4999' }], next: '4998' } });
    expect(await browsePackMessage(db, { packId: 'big', after: '4996', limit: 3 })).toEqual({ ok: true, value: { claims: [expect.objectContaining({ id: 'big-4998' }), expect.objectContaining({ id: 'big-4999' }), expect.objectContaining({ id: 'big-5000' })], total: N } });
    // The last claim: the page after it is empty and says there is no next.
    expect(await browsePackMessage(db, { packId: 'big', after: '4999', limit: 3 })).toEqual({ ok: true, value: { claims: [], total: N } });
    // A cursor of the other layout (an id) is refused, not read from the start.
    expect((await browsePackMessage(db, { packId: 'big', after: 'big-4999', limit: 3 })).ok).toBe(false);
  });

  it('the options page shows a page of the pack and moves with Next and Previous', async () => {
    const db = await withPack('browse-3');
    const asked: (string | undefined)[] = [];
    const api: BrowserApi = {
      getDatabase: async () => ({ ok: true, value: await databaseSnapshot(db) }),
      importFile: async () => ({ ok: false, error: 'x' }),
      removePack: async () => ({ ok: true, value: null }),
      browsePack: async (packId, after, limit) => {
        asked.push(after);
        const page = await browsePack(db, packId, after, limit);
        return page ? { ok: true, value: page } : { ok: false, error: 'gone' };
      },
    };
    render(<OptionsApp api={api} />);
    await screen.findByText(`Statements 1–50 of ${N}`);
    const pager = document.querySelector('[data-pager-pack="big"]')!;
    expect(pager.querySelectorAll('article.db-claim')).toHaveLength(50);
    const firstPage = pager.querySelector('article.db-claim')!.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText(`Statements 51–100 of ${N}`);
    expect(pager.querySelector('article.db-claim')!.textContent).not.toBe(firstPage);
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText(`Statements 1–50 of ${N}`);
    expect(pager.querySelector('article.db-claim')!.textContent).toBe(firstPage);
    expect(asked).toEqual([undefined, asked[1], undefined]);
    expect(asked[1]).toBe('49');
  });
});
