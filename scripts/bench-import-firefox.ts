// `npm run bench:import:firefox`: `npm run bench:import`'s measurement in
// Firefox ESR — a generated ClaimReview DataFeed (default 200,000 items; `-- N`
// for another size) imported through the options page of the Firefox MV3 build
// (the e2e build: the shipped code plus the test console route the harness
// drives), driven by puppeteer-core over WebDriver BiDi. Prints the wall time
// from pressing Import to the report, when the progress bar entered each phase,
// and the time the Remove button takes. Measured, never asserted.
import { loadavg } from 'node:os';
import type { ElementHandle } from 'puppeteer-core';
import { EXTENSION_ORIGIN, findPage, launchFirefox } from '../tests/e2e-firefox/harness';
import { benchFeed } from './bench-import-feed';

const { n, feed, remove } = benchFeed('bench:import:firefox');

const session = await launchFirefox();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
try {
  await session.console.evaluate(() => chrome.tabs.create({ url: '/options.html' }).then(() => undefined));
  const options = await findPage(session.browser, `${EXTENSION_ORIGIN}/options.html`, 20_000, true);
  await options.waitForSelector('article.db-claim', { timeout: 60_000 });
  const input = (await options.$('#db-pack-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(feed);
  const load = loadavg()[0];
  const t0 = Date.now();
  await options.click('form.db-import button[type="submit"]');
  const phases: string[] = [];
  for (let last = ''; !(await options.$('.db-items-summary, .db-import-errors')); await sleep(100)) {
    const phase = await options.evaluate(() => document.querySelector<HTMLProgressElement>('#db-import-progress')?.dataset.phase ?? '');
    if (phase && phase !== last) phases.push(`${phase} from ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    last = phase || last;
  }
  const seconds = (Date.now() - t0) / 1000;
  const report = await options.evaluate(() => document.querySelector('.db-items-summary, .db-import-errors')?.textContent?.trim() ?? '');
  process.stdout.write(`import of a ${n}-item DataFeed through the options page, Firefox ESR: ${seconds.toFixed(1)} s (load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}; target at 200k: ≤ 30 s)\n`);
  process.stdout.write(`phases: ${phases.join(', ')}\n${report}\n`);

  await options.waitForSelector('[data-pack-id="example-feed"]', { timeout: 60_000 });
  const removeLoad = loadavg()[0];
  const r0 = Date.now();
  await options.click('[data-pack-id="example-feed"] .db-remove');
  await options.click('[data-pack-id="example-feed"] .db-confirm button');
  await options.waitForFunction(() => !document.querySelector('[data-pack-id="example-feed"]'), { timeout: 300_000, polling: 200 });
  process.stdout.write(`removing the ${n}-item pack with the Remove button: ${((Date.now() - r0) / 1000).toFixed(1)} s (load average ${removeLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)})\n`);
} finally {
  await session.close();
  remove();
}
