// `npm run bench:import`: a generated ClaimReview DataFeed (default 200,000
// items; `-- N` for another size) imported through the options page of the
// built extension in real Chromium — the path a user takes, with Chromium's
// own IndexedDB rather than the fake-indexeddb that `npm run bench` stores
// into. Prints the wall time from pressing Import to the report, and when the
// progress bar entered each phase (handing the file over through IndexedDB,
// reading, indexing, storing, saving); then the time the Remove button takes
// to remove the pack again (until its row leaves the pack list). Between the
// two, the service worker's wake-up with the pack stored: the worker is
// stopped (CDP) and messages from an extension page start it again — the
// worker's start, the matcher's load (index segments read from Chromium's
// IndexedDB), a first and a second quote lookup; median of 5. Measured,
// never asserted.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../tests/e2e/harness';
import { sendFromExtensionPage, stopWorker } from '../tests/fixtures/hostile/browser-probes';
import { benchFeed } from './bench-import-feed';

/**
 * Wake-up, in steps, median of 5: a stopped worker started by a message that reads no database (getTabState),
 * then the matcher loaded (getDatabaseInfo: index segments read from Chromium's IndexedDB, speakers indexed),
 * then a quote lookup with nothing cached (its candidates' bodies read), then the same lookup warm.
 */
async function wake(session: Session, options: Page, what: string): Promise<string> {
  const send = async (message: unknown, answered = (a: { ok?: boolean; error?: string }) => !!a?.ok) => {
    const t = performance.now();
    const answer = (await sendFromExtensionPage(options, message)) as { ok?: boolean; error?: string };
    if (!answered(answer)) throw new Error(`${JSON.stringify(message).slice(0, 60)} failed: ${JSON.stringify(answer).slice(0, 200)}`);
    return performance.now() - t;
  };
  const lookup = { sverka: 1, type: 'lookUpQuote', payload: { text: 'Russia sent 45 requests about cybercrime in 2020 and got no answer' } };
  await send(lookup);
  const steps: Record<'start' | 'matcher' | 'cold' | 'warm', number[]> = { start: [], matcher: [], cold: [], warm: [] };
  const wakeLoad = loadavg()[0];
  for (let i = 0; i < 5; i++) {
    if (!(await stopWorker(session))) throw new Error('no running service worker to stop');
    // No such tab: the answer ("tab-gone") comes from session storage, without the database.
    steps.start.push(await send({ sverka: 1, type: 'getTabState', payload: { tabId: 1 } }, (a) => a?.error === 'tab-gone'));
    steps.matcher.push(await send({ sverka: 1, type: 'getDatabaseInfo', payload: {} }));
    steps.cold.push(await send(lookup));
    steps.warm.push(await send(lookup));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  return `wake-up with ${what}, real Chromium (median of 5): worker start ${median(steps.start)} ms, matcher load ${median(steps.matcher)} ms, first quote lookup ${median(steps.cold)} ms, then ${median(steps.warm)} ms (load average ${wakeLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)})`;
}

const { n, feed, remove } = benchFeed('bench:import');

const session = await launch();
try {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('article.db-claim').first().waitFor({ timeout: 60_000 });
  const bundledOnly = await wake(session, options, 'the bundled data only');
  await options.locator('#db-pack-file').setInputFiles(feed);
  const load = loadavg()[0];
  const t0 = Date.now();
  await options.locator('form.db-import button[type="submit"]').click();
  const phases: string[] = [];
  const done = options.locator('.db-items-summary, .db-import-errors');
  for (let last = ''; !(await done.count()); await options.waitForTimeout(100)) {
    const phase = await options.evaluate(() => document.querySelector<HTMLProgressElement>('#db-import-progress')?.dataset.phase ?? '');
    if (phase && phase !== last) phases.push(`${phase} from ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    last = phase || last;
  }
  const seconds = (Date.now() - t0) / 1000;
  process.stdout.write(`import of a ${n}-item DataFeed through the options page, real Chromium: ${seconds.toFixed(1)} s (load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}; target at 200k: ≤ 30 s)\n`);
  process.stdout.write(`phases: ${phases.join(', ')}\n${(await done.first().textContent())?.trim()}\n${bundledOnly}\n`);

  process.stdout.write(`${await wake(session, options, `the ${n}-item pack stored`)}\n`);

  const row = options.locator('[data-pack-id="example-feed"]');
  await row.waitFor({ timeout: 60_000 });
  const removeLoad = loadavg()[0];
  const r0 = Date.now();
  await row.locator('.db-remove').click();
  await row.locator('.db-confirm button').first().click();
  await row.waitFor({ state: 'detached', timeout: 300_000 });
  process.stdout.write(`removing the ${n}-item pack with the Remove button: ${((Date.now() - r0) / 1000).toFixed(1)} s (load average ${removeLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)})\n`);
} finally {
  await session.close();
  remove();
}
