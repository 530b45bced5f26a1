// `npm run start:firefox`: Sverka's Firefox MV3 build in Firefox ESR on a
// bundled demo article, served offline at its outlet's URL.
//
// With a display: `web-ext run` installs .output/firefox-mv3 (the build users
// get) temporarily in a fresh profile and opens the article. The article is
// served by a small proxy on 127.0.0.1 (the profile's only proxy), over plain
// http at the outlet's host, because a local server cannot speak TLS for
// lenta.ua; every other request is refused, so nothing leaves the machine.
// Click Sverka's toolbar button to open the sidebar.
//
// Without one: the Firefox end-to-end harness (tests/e2e-firefox) runs headless
// with the test build (the same code plus the route that lets a test open the
// panel in a tab) and writes screenshots of the page and the panel to
// artifacts/demo-firefox/.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedPages, served, type FixturePage } from '../tests/e2e/pages';
import { finalState, firefoxPath, launchFirefox, openPanel, openTab } from '../tests/e2e-firefox/harness';

const DEMO_FILE = process.env.SVERKA_DEMO ?? 'lenta-ua-2021-07-10-kremlin-hackers.html';

async function main(): Promise<void> {
  const firefox = firefoxPath();
  if (!firefox) throw new Error('no Firefox at /usr/bin/firefox-esr: install Debian\'s firefox-esr (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH');
  const pages = seedPages();
  const demo = pages.find((p) => p.file === DEMO_FILE) ?? pages.find((p) => p.outlet && p.expect !== 'not-article')!;
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.SVERKA_HEADLESS;
  if (headed) return runWithDisplay(firefox, pages, demo);
  return runHeadless(pages, demo);
}

async function runWithDisplay(firefox: string, pages: FixturePage[], demo: FixturePage): Promise<void> {
  const byUrl = new Map(pages.map((p) => [p.url.replace(/^https:/, 'http:'), p]));
  const proxy = createServer((req, res) => {
    const page = byUrl.get((req.url ?? '').split('#')[0]);
    if (!page) return void res.writeHead(403).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served(page).body);
  });
  proxy.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const port = (proxy.address() as AddressInfo).port;
  const prefs = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // The demo page is served over http: no upgrade to https first.
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
  };
  const url = demo.url.replace(/^https:/, 'http:');
  const args = ['web-ext', 'run', '--source-dir', '.output/firefox-mv3', '--firefox', firefox, '--start-url', url, '--no-reload', ...Object.entries(prefs).map(([k, v]) => `--pref=${k}=${v}`)];
  process.stdout.write(`Sverka (Firefox MV3) on ${url}, served offline. Click Sverka's toolbar button for the sidebar; close Firefox to finish.\n`);
  const child = spawn('npx', args, { stdio: 'inherit' });
  await new Promise<void>((r) => child.on('exit', () => r()));
  proxy.close();
}

async function runHeadless(pages: FixturePage[], demo: FixturePage): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore', env: { ...process.env, SVERKA_E2E: '1', SVERKA_OUT_DIR: '.output-e2e' } });
  if (build.status !== 0) throw new Error('building the Firefox test build failed');
  const session = await launchFirefox();
  try {
    session.serve(pages.map(served));
    const { page, tabId } = await openTab(session, demo.url);
    const state = await finalState(session, tabId, 60_000);
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector(`.tab[data-status="${state.status}"]`, { timeout: 30_000 });
    const dir = resolve('artifacts/demo-firefox');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'page.png') });
    await panel.screenshot({ path: join(dir, 'panel.png'), fullPage: true });
    const cards = await panel.$$eval('article.card', (els) => els.length);
    process.stdout.write(`No display found: ran Firefox ESR headless on ${demo.url}.\nPanel shows ${cards} statement card(s).\nScreenshots: ${join(dir, 'page.png')} and ${join(dir, 'panel.png')}\n`);
  } finally {
    await session.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`npm run start:firefox failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
