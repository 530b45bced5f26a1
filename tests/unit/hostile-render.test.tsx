// @vitest-environment happy-dom
// Issue 7, item 1 in the panel's and the options page's components: the real
// pipeline's output for a hostile page (and a hostile claim pack) rendered
// with Preact. Every payload is visible as text; none becomes an element, a
// link target or a script. The end-to-end twin (hostile.e2e.ts) checks the
// same in Chromium with the extension's CSP, plus the network.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ArticleHeader } from '../../components/ArticleHeader';
import { Findings } from '../../components/Findings';
import { LookupResults } from '../../components/SearchBox';
import { DatabaseBrowser } from '../../components/browser/DatabaseBrowser';
import { PackList } from '../../components/browser/PackList';
import { NO_FILTER } from '../../components/browser/claim-filter';
import { extractArticle } from '../../lib/extract';
import { articleExtracted, lookUpQuote, type ServiceDeps } from '../../lib/service/handlers';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { databaseSnapshot, importPack } from '../../lib/db/packs';
import { bundledDatabase } from '../../lib/claims/bundled';
import { setUiLang } from '../../lib/i18n';
import type { TabState } from '../../lib/service/tab-state';
import type { DatabaseSnapshot } from '../../lib/service/packs-api';
import { hostilePack, markupPage } from '../fixtures/hostile/pages';
import { BREAKOUT, IMG, TEMPLATE } from '../fixtures/hostile/payloads';

const ROOT = join(import.meta.dirname, '../..');
let state: TabState;
let snapshot: DatabaseSnapshot;
let deps: ServiceDeps;

/** What a payload would have created had it been parsed as markup. */
function injected(root: ParentNode): Element[] {
  return [...root.querySelectorAll('img[src="x"], img[src*="canary"], script, iframe, svg[onload], link, style, [onerror], [onload], a[href^="javascript:" i]')];
}

beforeAll(async () => {
  const page = markupPage();
  const doc = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() }).window.document;
  const r = extractArticle(doc, new URL(page.url));
  if (!r.ok) throw new Error(r.detail);
  const stored = new Map<string, unknown>();
  const db = new SverkaDatabase('hostile-render');
  deps = {
    db,
    session: { get: async (k) => ({ [k]: stored.get(k) }), set: async (i) => void Object.entries(i).forEach(([k, v]) => stored.set(k, v)), remove: async (k) => void stored.delete(k) },
    bundled: bundledDatabase, notify: () => {}, showBadge: () => {}, injectContentScript: async () => {}, now: () => 1,
  };
  const done = await articleExtracted(deps, 3, { url: page.url, outcome: { ok: true, article: r.article } });
  if (!done.ok) throw new Error(done.error);
  state = done.value;
  await syncBundled(db, bundledDatabase());
  const pack = hostilePack();
  const imported = await importPack(db, pack.fileName, pack.text, () => new Date('2026-01-01T00:00:00Z'));
  if (!imported.ok) throw new Error(imported.error);
  snapshot = await databaseSnapshot(db);
});
beforeEach(() => setUiLang('en'));
afterEach(() => {
  cleanup();
  expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(document.title).not.toBe('PWNED');
});

describe('the panel renders hostile page text as text', () => {
  it('article header: the payload headline and byline are text, no element is created', () => {
    const { container } = render(<ArticleHeader state={state} />);
    expect(container.querySelector('h1')?.textContent).toContain(IMG);
    expect(container.textContent).toContain(TEMPLATE);
    expect(container.textContent).toContain('"><script>');
    expect(injected(container)).toEqual([]);
  });

  it('findings: the matched sentence that carries <img onerror> shows it as text', () => {
    expect(state.status).toBe('done');
    const { container } = render(<Findings state={state} />);
    const sentences = [...container.querySelectorAll('.page-sentence')].map((e) => e.textContent ?? '');
    expect(sentences.some((s) => s.includes(IMG))).toBe(true);
    expect(injected(container)).toEqual([]);
  });

  it('lookup: selected or typed payload text is echoed as text', async () => {
    const lookup = await lookUpQuote(deps, { text: `Крутских заявил ${IMG} ${BREAKOUT}` });
    expect(lookup.ok).toBe(true);
    if (!lookup.ok) return;
    const { container } = render(<LookupResults lookup={lookup.value} pending={false} />);
    expect(container.textContent).toContain('<img src=x');
    expect(injected(container)).toEqual([]);
  });
});

describe('the options page renders a hostile claim pack as text', () => {
  it('database browser: names, quotes, sources, events and roles with payloads create no elements', () => {
    const { container } = render(<DatabaseBrowser snapshot={snapshot} initialFilter={{ ...NO_FILTER, event: 'hostile-event' }} />);
    expect(container.textContent).toContain(`Мы направили ${IMG}`);
    expect(container.textContent).toContain(`Event ${BREAKOUT}`.slice(0, 20));
    expect(injected(container)).toEqual([]);
    // Source links are https only (schema), so no link can run code.
    for (const a of container.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(?:https:\/\/|#)/);
  });

  it('pack list: the pack name with <img onerror> is text', () => {
    const { container } = render(<PackList packs={snapshot.packs} onRemove={async () => ({ ok: true, value: null })} onRemoved={() => {}} />);
    expect(container.textContent).toContain(`Hostile ${IMG}`);
    expect(injected(container)).toEqual([]);
  });

  it('a pack whose source URL is javascript: (or data:, or http:) is rejected whole', async () => {
    const db = new SverkaDatabase('hostile-render-js-url');
    await syncBundled(db, bundledDatabase());
    for (const url of ['javascript:window.__pwned=1', 'data:text/html,<script>1</script>', 'http://canary.example/']) {
      const pack = JSON.parse(hostilePack().text);
      pack.claims[0].sources[0].url = url;
      const r = await importPack(db, 'js.json', JSON.stringify(pack), () => new Date());
      expect(r.ok, url).toBe(false);
    }
    expect(await db.packs.count()).toBe(0);
  });
});

describe('no code path turns text into markup', () => {
  /** Every .ts/.tsx file under the directories that render or handle page text. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  }
  it('components, entrypoints, lib and cli use no HTML sink (innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write, srcdoc, eval)', () => {
    const sink = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc|\beval\(|new Function\(/;
    const hits = ['components', 'entrypoints', 'lib', 'cli']
      .flatMap((d) => sources(join(ROOT, d)))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ file, line, i })))
      .filter(({ line }) => sink.test(line) && !/^\s*(?:\/\/|\*)/.test(line))
      .map(({ file, i, line }) => `${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
    expect(hits).toEqual([]);
  });
});
