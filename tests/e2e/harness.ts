// End-to-end harness: real Chromium (Debian's, or CHROME_PATH) with the built
// extension loaded in a fresh profile. Fixture pages are served at their real
// outlet URLs through request interception, so host matching is real; every
// other request is refused, and requests from the extension's own contexts
// are recorded so the suite can prove Sverka makes none.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.SVERKA_OUT_DIR ?? '.output', 'chrome-mv3');
export const ARTIFACTS = join(ROOT, 'artifacts');

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. Install Debian's package (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium/Chrome binary. End-to-end tests never skip silently.`,
    );
  }
  return path;
}

export interface Served {
  url: string;
  body: string | Buffer;
  contentType?: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  serve(pages: Served[]): void;
  /** Lets requests to this origin through to the network (a test's own server on 127.0.0.1). */
  allow(origin: string): void;
  /** Requests the extension itself tried to make (service worker, panel, options). */
  extensionRequests: string[];
  browserCdp(): Promise<CDPSession>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  headed?: boolean;
  args?: string[];
  /**
   * Optional host permissions the user has already granted (e.g. "http://127.0.0.1/*" for a sync test).
   * The browser's permission prompt cannot be answered by automation (playwright#32755), so the fresh
   * profile is started once, and the grant written into its preferences where Chromium keeps a user's
   * "Allow" — then permissions.request() resolves true without a prompt, as after a real click.
   */
  grantOrigins?: string[];
  /** Requests to let through to the network: only a server the test started on 127.0.0.1. */
  passThrough?: (url: string) => boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'sverka-e2e-'));
  if (opts.grantOrigins?.length) await grantInProfile(profile, opts.grantOrigins);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: false,
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.headed ? null : { width: 1280, height: 900 },
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${opts.locale ?? 'en-US'}`,
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(opts.args ?? []),
    ],
  });
  const pages = new Map<string, Served>();
  const allowed: string[] = [];
  const extensionRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url().split('#')[0];
    // The extension's own files are not network: let them load.
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (allowed.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    const served = pages.get(url);
    if (served) return route.fulfill({ status: 200, body: served.body, contentType: served.contentType ?? 'text/html; charset=utf-8' });
    if (opts.passThrough?.(url) && new URL(url).hostname === '127.0.0.1') return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    // Requests initiated by extension pages or the worker (not by the web page).
    const frameUrl = safeFrameUrl(request);
    if (request.url().startsWith('chrome-extension://')) return;
    if (frameUrl?.startsWith('chrome-extension://') || request.serviceWorker()) extensionRequests.push(request.url());
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? context.waitForEvent('serviceworker');
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionRequests,
    allow(origin) {
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) throw new Error(`tests reach only their own servers on 127.0.0.1, not ${origin}`);
      allowed.push(origin);
    },
    serve(list) {
      for (const p of list) pages.set(p.url, p);
    },
    async browserCdp() {
      const browser = context.browser();
      if (browser) return browser.newBrowserCDPSession();
      // Persistent contexts expose no Browser object: a page session reaches browser-level domains too.
      const page = context.pages()[0] ?? (await context.newPage());
      return context.newCDPSession(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Starts the profile once with the extension, then records `origins` as granted optional host permissions. */
async function grantInProfile(profile: string, origins: string[]): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('blockedbyclient')));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // The install's preferences are written on shutdown.
  await context.close();
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[id];
  if (!settings?.granted_permissions) throw new Error(`no install record for ${id} in ${file}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] ??= {};
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

function safeFrameUrl(request: { frame(): { url(): string } }): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined;
  }
}

/** All tab ids, asked from the service worker (tab URLs are hidden outside our host permissions). */
async function tabIds(session: Session): Promise<number[]> {
  const worker = await session.worker();
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!).filter((id) => id !== undefined));
}

/** Opens `url` in a new tab and returns the page with the browser's tab id for it. */
export async function openTab(session: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(session));
  const page = await session.context.newPage();
  for (let i = 0; i < 50; i++) {
    const fresh = (await tabIds(session)).filter((id) => !before.has(id));
    if (fresh.length === 1) {
      await page.goto(url);
      return { page, tabId: fresh[0] };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new tab appeared for ${url}`);
}

/** The browser's tab id for a page on a registry host (its URL is visible to the extension). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const worker = await session.worker();
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (typeof id === 'number') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

export async function openPanel(session: Session, tabId: number): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * A picture of a whole page. Playwright's full-page shot of a page with a vertical scrollbar keeps the
 * scrollbar's width but lays the page out without it, which cuts the panel's right edge; a viewport as
 * tall as the page has no scrollbar. The viewport is put back afterwards.
 */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (size) await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  await page.screenshot({ path });
  if (size) await page.setViewportSize(size);
}

export function screenshotPath(name: string): string {
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

export function readFixture(path: string): Buffer {
  return readFileSync(resolve(ROOT, path));
}

/** Clicks Sverka's toolbar button on a page's tab (DevTools protocol; grants activeTab like a real click). */
export async function clickToolbarButton(session: Session, page: Page): Promise<void> {
  const cdp = await session.browserCdp();
  const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }, { type: 'page' }] } as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}: ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`);
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
}
