// Issue 7, items 4 and 5, end to end: Sverka makes no network request at all
// — not from its pages, not from its service worker — while it reads the seed
// pages, looks up a quote, imports a pack and shows the database. Two
// independent detectors watch: Playwright's request events for the
// extension's frames and worker (session.extensionRequests), and a DevTools
// session attached to every start of the service worker (Network domain).
// A separate test proves both detectors fire when a request is made.
// The content script runs in the page's frame, where neither detector looks:
// every seed page is loaded with and without Sverka and every request
// compared (issue 12, item 5), and a probe shows isolated-world requests are seen.
// Also here, because they need the fresh build: the built manifest and code
// against the store-review checklist (docs/store-review-checklist.md), and
// no Content-Security-Policy violation (eval) at run time.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath, EXTENSION_DIR, launch, openPanel, ROOT, type Session } from './harness';
import { seedPages, served } from './pages';
import { outletHostPatterns, outletMatchPatterns } from '../../lib/outlets';
import { extensionPage, finalTabState, probeExtensionWorkers, sendFromExtensionPage, type WorkerProbe } from '../fixtures/hostile/browser-probes';
import { CANARY_HOSTS } from '../fixtures/hostile/payloads';
import type { Page } from 'playwright-core';

let session: Session;
let probe: WorkerProbe;
let ext: Page;

beforeAll(async () => {
  session = await launch();
  probe = await probeExtensionWorkers(session);
  session.serve(seedPages().map(served));
  ext = await extensionPage(session);
});
afterAll(async () => {
  await probe?.stop();
  await session?.close();
});

async function tabIdOfUrl(url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    if (typeof id === 'number') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

describe('Sverka makes no network request', () => {
  it('while reading every seed page, looking up a quote in the panel, importing a pack and browsing the database', async () => {
    const registered = seedPages().filter((p) => p.outlet);
    for (const fixture of registered) {
      const page = await session.context.newPage();
      await page.goto(fixture.url);
      const { state } = await finalTabState(ext, await tabIdOfUrl(fixture.url), 30_000);
      expect(['done', 'not-article']).toContain(state.status);
      await page.close();
    }
    // The panel: a typed lookup.
    const page = await session.context.newPage();
    await page.goto(registered[0].url);
    const panel = await openPanel(session, await tabIdOfUrl(registered[0].url));
    await panel.locator('.tab[data-status]').first().waitFor({ timeout: 30_000 });
    await panel.locator('#sverka-search').fill('Путин заявил что Россия направила восемьдесят запросов по киберпреступлениям');
    await panel.getByRole('button', { name: /look up|search|find/i }).first().click();
    await panel.locator('.lookup').waitFor({ timeout: 30_000 });
    // The options page: import a pack and browse the whole database.
    const pack = readFileSync(join(ROOT, 'tests/fixtures/packs/claimreview-sample.jsonld'), 'utf8');
    expect(await sendFromExtensionPage(ext, { sverka: 1, type: 'importPack', payload: { fileName: 'claimreview-sample.jsonld', text: pack } })).toMatchObject({ ok: true });
    await ext.reload();
    await ext.locator('main').first().waitFor();
    expect(await sendFromExtensionPage(ext, { sverka: 1, type: 'getDatabase', payload: {} })).toMatchObject({ ok: true });
    await page.waitForTimeout(1_000);

    expect(probe.attached).toBeGreaterThan(0);
    expect(session.extensionRequests, 'requests from extension pages or the worker (Playwright)').toEqual([]);
    expect(probe.requests, 'requests from the service worker (DevTools Network domain)').toEqual([]);
  });

  it('the detectors work: a fetch from the worker or from the panel is caught by both', async () => {
    // Deliberately after the test above: it leaves requests behind.
    const worker = await session.worker();
    await worker.evaluate(() => fetch('https://canary.example/from-worker').catch(() => undefined));
    await ext.evaluate(() => fetch('https://canary.test/from-page').catch(() => undefined));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(probe.requests).toContain('https://canary.example/from-worker');
    expect(session.extensionRequests).toEqual(expect.arrayContaining(['https://canary.example/from-worker', 'https://canary.test/from-page']));
    for (const url of [...probe.requests, ...session.extensionRequests]) expect(CANARY_HOSTS.some((h) => new URL(url).hostname === h)).toBe(true);
  });
});

describe('the content script makes no request either (issue 12, item 5)', () => {
  // The content script runs in the page's frame, so its requests are the page's: they are found by loading
  // every seed page in a browser without Sverka and in this one, recording every request each page makes
  // (the page's own subresources are answered "blocked", which still counts them) and comparing the lists.
  type Recorded = { key: string }[];

  async function record(context: import('playwright-core').BrowserContext, url: string, settle: (page: Page) => Promise<void>): Promise<string[]> {
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => seen.push(`${r.method()} ${r.url().split('#')[0]}`));
    await page.goto(url);
    await settle(page);
    await page.waitForTimeout(1_000);
    await page.close();
    return seen.sort();
  }

  it('every seed page requests exactly the same with and without Sverka', async () => {
    const plainProfile = mkdtempSync(join(tmpdir(), 'sverka-plain-'));
    const plain = await chromium.launchPersistentContext(plainProfile, {
      executablePath: chromePath(), headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const pages = new Map(seedPages().map((p) => [p.url, served(p)]));
    await plain.route('**/*', (route) => {
      const hit = pages.get(route.request().url().split('#')[0]);
      return hit ? route.fulfill({ status: 200, body: hit.body, contentType: 'text/html; charset=utf-8' }) : route.abort('blockedbyclient');
    });
    try {
      const compared: Recorded = [];
      for (const fixture of seedPages()) {
        const without = await record(plain, fixture.url, (p) => p.waitForLoadState('load'));
        const withSverka = await record(session.context, fixture.url, async () => {
          if (fixture.outlet) await finalTabState(ext, await tabIdOfUrl(fixture.url), 30_000);
        });
        expect(withSverka, fixture.url).toEqual(without);
        compared.push({ key: fixture.url });
      }
      expect(compared.length).toBe(seedPages().length);
    } finally {
      await plain.close();
      rmSync(plainProfile, { recursive: true, force: true });
    }
  });

  it('the comparison sees requests made from an isolated world (where content scripts run)', async () => {
    const fixture = seedPages().find((p) => p.outlet)!;
    const cdpRequests = await record(session.context, fixture.url, async (page) => {
      const cdp = await session.context.newCDPSession(page);
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' })) as { executionContextId: number };
      await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: "fetch('https://canary.example/from-isolated-world').catch(() => 0)", awaitPromise: true });
    });
    expect(cdpRequests).toContain('GET https://canary.example/from-isolated-world');
  });
});

describe('no code from strings runs in Sverka (store policy: no eval)', () => {
  it('the service worker raised no Content-Security-Policy violation (zod must not probe `new Function` — z.config({ jitless: true }))', () => {
    // Audits replays the issues raised before the probe attached, so the start-up of the worker is included.
    expect(probe.cspIssues).toEqual([]);
  });
});

describe('the built extension against the store-review checklist', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const registry = new Set([...outletMatchPatterns(), ...outletHostPatterns()]);
  const documented = readFileSync(join(ROOT, 'docs/store-review-checklist.md'), 'utf8');

  it('asks for no broad host access: host permissions and content-script matches are registry patterns only', () => {
    for (const p of manifest.host_permissions ?? []) expect(registry.has(p), p).toBe(true);
    // Exactly the registry (issue 10): hosts for the permissions, hosts and sections (BBC, DW) for the content script.
    // (WXT sorts the patterns it writes, so compare as sorted lists.)
    const sorted = (a: string[]) => [...a].sort();
    expect(sorted(manifest.host_permissions)).toEqual(sorted(outletHostPatterns()));
    expect(manifest.content_scripts.map((cs: { matches: string[] }) => sorted(cs.matches))).toEqual([sorted(outletMatchPatterns())]);
    for (const cs of manifest.content_scripts ?? []) {
      for (const p of cs.matches) expect(registry.has(p), p).toBe(true);
      expect(cs.all_frames ?? false).toBe(false);
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    }
    const all = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    expect(all.filter((p: string) => p === '<all_urls>' || /^(\*|https?):\/\/\*\//.test(p))).toEqual([]);
    // Optional: nothing granted at install; group sync asks for its API's one origin (https, or http on loopback).
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('every permission is one the checklist justifies, and none is missing from it', () => {
    for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
      const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(documented, `docs/store-review-checklist.md justifies "${p}"`).toMatch(new RegExp(`^\\| \`${escaped}\`[^|]*\\|`, 'm'));
    }
  });

  it('keeps the default CSP, exposes nothing to web pages and accepts no messages from them', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('the built code has no eval and no Function constructor outside zod\'s guarded JIT, and loads no remote script', () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach((d) => (d.isDirectory() ? walk(join(dir, d.name)) : files.push(join(dir, d.name))));
    walk(EXTENSION_DIR);
    const found: string[] = [];
    for (const file of files.filter((f) => /\.(m?js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const rel = file.slice(EXTENSION_DIR.length + 1);
      if (/[^\w$.]eval\s*\(/.test(text)) found.push(`${rel}: eval(`);
      if (/new\s+Function\s*\(/.test(text)) found.push(`${rel}: new Function(`);
      if (/<script[^>]+src=["']?https?:/i.test(text) || /import\(\s*["'`]https?:/.test(text) || /importScripts\(\s*["'`]https?:/.test(text)) found.push(`${rel}: remote script`);
      // `Function` used as a value or called (not Function.prototype / Function.call): zod's eval probe and its Doc.compile only.
      for (const m of text.matchAll(/[^\w$.]Function\b(?!\s*\.)/g)) {
        const around = text.slice(m.index, m.index + 40);
        const zodProbe = /^.Function\(``\)/.test(around);
        const zodCompile = /^.Function,t=this\?\.content/.test(around) || /compile\(\)\{let \w=$/.test(text.slice(m.index - 20, m.index + 1));
        // The offscreen document (issue 14) validates its one message with zod too, and imports lib/zod-jitless first.
        const zodHost = rel === 'background.js' || /^chunks\/offscreen-[\w-]+\.js$/.test(rel);
        if (!(zodHost && (zodProbe || zodCompile))) found.push(`${rel}: ${around}`);
      }
    }
    expect(found).toEqual([]);
  });
});
