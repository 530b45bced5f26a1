// The background's end of the import port: messages validated, pieces in
// order, progress relayed, a closed page cancels. A fake port stands in for
// runtime.Port.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { envelope } from '../../lib/messaging';
import { serveImportPort, type ImportPortMessage } from '../../lib/service/import-port';
import { invalidateMatcher } from '../../lib/service/matcher-cache';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';

function fakePort() {
  const sent: ImportPortMessage[] = [];
  let onMessage: (m: unknown) => void = () => {};
  let onDisconnect: () => void = () => {};
  return {
    sent,
    port: {
      postMessage: (m: unknown) => sent.push(m as ImportPortMessage),
      onMessage: { addListener: (fn: (m: unknown) => void) => (onMessage = fn) },
      onDisconnect: { addListener: (fn: () => void) => (onDisconnect = fn) },
    },
    send: (m: unknown) => onMessage(m),
    disconnect: () => onDisconnect(),
  };
}
const result = async (sent: ImportPortMessage[]) => {
  for (let i = 0; i < 200 && !sent.some((m) => m.type === 'result'); i++) await new Promise((r) => setTimeout(r, 20));
  return sent.find((m) => m.type === 'result');
};

async function serve(name: string) {
  invalidateMatcher();
  const db = new SverkaDatabase(name);
  await syncBundled(db, testBundle());
  const p = fakePort();
  serveImportPort(p.port, db, { now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle() });
  return { db, ...p };
}

describe('import port', () => {
  it('assembles the pieces, relays progress and answers with the report', async () => {
    const { send, sent, db } = await serve('port-1');
    const text = packFixture('factcheck-feed.jsonl');
    send(envelope('importBegin', { fileName: 'feed.jsonl', size: text.length }));
    send(envelope('importChunk', { text: text.slice(0, 100) }));
    send(envelope('importChunk', { text: text.slice(100) }));
    send(envelope('importEnd', {}));
    expect(await result(sent)).toMatchObject({ type: 'result', result: { ok: true, value: { packId: 'feed', added: { claims: 2 } } } });
    expect(sent.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.progress.phase)).toContain('receiving');
    expect((await readDatabase(db)).claims).toHaveLength(4);
  });

  it('refuses an invalid message or a piece before the start, and changes nothing', async () => {
    const a = await serve('port-2');
    a.send({ sverka: 1, type: 'importChunk', payload: { text: 5 } });
    expect(await result(a.sent)).toMatchObject({ result: { ok: false, error: expect.stringMatching(/^The import stopped: invalid importChunk/) } });
    const b = await serve('port-3');
    b.send(envelope('importChunk', { text: 'x' }));
    expect(await result(b.sent)).toMatchObject({ result: { ok: false, error: expect.stringContaining('before its start') } });
    expect(await b.db.claims.count()).toBe(2);
  });

  it('a page closed mid-import cancels it', async () => {
    const { send, sent, db, disconnect } = await serve('port-4');
    const text = Array.from({ length: 6000 }, (_, i) => JSON.stringify({ '@type': 'ClaimReview', url: `https://factcheck.example.org/${i}`, datePublished: '2020-01-01', author: { name: 'Example Check' }, claimReviewed: `Example statement ${i} about imaginary ferries`, itemReviewed: { author: { name: 'Example Person' } } })).join('\n');
    send(envelope('importBegin', { fileName: 'big.jsonl', size: text.length }));
    send(envelope('importChunk', { text }));
    send(envelope('importEnd', {}));
    disconnect();
    expect(await result(sent)).toMatchObject({ result: { ok: false, error: 'Import cancelled. Nothing was changed.' } });
    expect(await db.claims.count()).toBe(2);
  });
});
