// The outlet registry (issue 10): 40 outlets, hosts that match exactly, BBC and
// DW limited to their Russian/Ukrainian sections, ownership only as a sourced
// fact, and a manifest whose host lists are the registry and nothing else.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import config from '../../wxt.config';
import { outletById, outletForUrl, outletHostPatterns, outletMatchPatterns, OUTLETS } from '../../lib/outlets';

const tri = z.object({ ru: z.string().min(4), uk: z.string().min(4), en: z.string().min(4) });
const record = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.object({ ru: z.string().min(1), uk: z.string().min(1), en: z.string().min(1) }),
  hosts: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).min(1),
  paths: z.array(z.string().regex(/^\/[a-z]+$/)).min(1).optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  languages: z.array(z.enum(['ru', 'uk', 'en'])).min(1),
  ownership: z.object({ text: tri, source: z.object({ title: z.string().min(5), url: z.string().url().startsWith('https://') }) }).strict().optional(),
}).strict();

describe('outlet registry data', () => {
  it('has 40 outlets, each valid, with unique ids', () => {
    expect(OUTLETS).toHaveLength(40);
    for (const o of OUTLETS) expect(() => record.parse(o), o.id).not.toThrow();
    expect(new Set(OUTLETS.map((o) => o.id)).size).toBe(OUTLETS.length);
  });
  it('keeps the ids claims refer to and has the outlets issue 10 names', () => {
    const ids = ['tass', 'ria', 'rbc-ua', 'lenta-ua', 'interfax', 'kommersant', 'rt', 'izvestia', 'lenta-ru', 'unian', 'pravda-ua', 'ukrinform', 'reuters', 'ap',
      'meduza', 'novaya-gazeta', 'gazeta-ru', 'rbc', 'vedomosti', 'bbc-russian', 'bbc-ukrainian', 'rferl', 'dw', 'suspilne', 'hromadske', 'kyiv-independent', 'interfax-ua'];
    for (const id of ids) expect(outletById(id), id).toBeDefined();
  });
  it('a host (with its section) belongs to one outlet only', () => {
    const seen = new Map<string, string>();
    for (const o of OUTLETS) for (const h of o.hosts) for (const p of o.paths ?? ['']) {
      expect(seen.get(h + p), `${h}${p}`).toBeUndefined();
      seen.set(h + p, o.id);
    }
    // A whole-host outlet never shares its host with a path-scoped one.
    for (const o of OUTLETS.filter((x) => !x.paths)) for (const h of o.hosts) expect(OUTLETS.some((x) => x.paths && x.hosts.includes(h)), h).toBe(false);
  });
  it('most ownership facts are sourced; the rest are left out, never guessed', () => {
    expect(OUTLETS.filter((o) => o.ownership).length).toBeGreaterThanOrEqual(30);
  });
});

describe('outletForUrl', () => {
  it('recognises outlets by host and subdomain', () => {
    expect(outletForUrl('https://tass.ru/politika/4430563')?.id).toBe('tass');
    expect(outletForUrl('https://www.rbc.ua/ukr/news/x')?.id).toBe('rbc-ua');
    expect(outletForUrl('https://hosted.ap.org/berkshireeagle/article/x')?.id).toBe('ap');
    expect(outletForUrl('https://en.interfax.com.ua/news/general/1.html')?.id).toBe('interfax-ua');
    expect(outletForUrl('https://www.interfax.ru/world/1')?.id).toBe('interfax');
    expect(outletForUrl('https://www.rbc.ru/politics/1')?.id).toBe('rbc');
    expect(outletForUrl('https://meduza.io/feature/2021/06/16/x')?.id).toBe('meduza');
  });
  it('BBC and DW are their Russian and Ukrainian sections only', () => {
    expect(outletForUrl('https://www.bbc.com/russian/articles/c1')?.id).toBe('bbc-russian');
    expect(outletForUrl('https://www.bbc.com/ukrainian/articles/c1')?.id).toBe('bbc-ukrainian');
    expect(outletForUrl('https://www.bbc.com/news/world-1')).toBeUndefined();
    expect(outletForUrl('https://www.bbc.com/russianx/1')).toBeUndefined();
    expect(outletForUrl('https://www.dw.com/ru/novosti/a-1')?.id).toBe('dw');
    expect(outletForUrl('https://www.dw.com/uk/a-1')?.id).toBe('dw');
    expect(outletForUrl('https://www.dw.com/en/a-1')).toBeUndefined();
  });
  it('does not match look-alike hosts', () => {
    expect(outletForUrl('https://nottass.ru/x')).toBeUndefined();
    expect(outletForUrl('https://tass.ru.evil.example/x')).toBeUndefined();
    expect(outletForUrl('https://bbc.com.evil.example/russian/x')).toBeUndefined();
    expect(outletForUrl('not a url')).toBeUndefined();
  });
});

describe('patterns for the manifest', () => {
  it('content-script patterns are the registry: every host, sections for BBC and DW, nothing broad', () => {
    const m = outletMatchPatterns();
    expect(m).toContain('*://*.bbc.com/russian/*');
    expect(m).toContain('*://*.dw.com/uk/*');
    expect(m).not.toContain('*://*.bbc.com/*');
    expect(m).toContain('*://*.meduza.io/*');
    expect(m.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/'))).toBe(false);
    for (const p of m) expect(p).toMatch(/^\*:\/\/(?:\*\.)?[a-z0-9.-]+\.[a-z]{2,}(\/[a-z]+)?\/\*$/);
  });
  it('host permissions are the registry hosts, once each', () => {
    const h = outletHostPatterns();
    expect(new Set(h).size).toBe(h.length);
    expect(h.filter((p) => p.includes('bbc.com'))).toEqual(['*://bbc.com/*', '*://*.bbc.com/*']);
    for (const p of h) expect(p).toMatch(/^\*:\/\/(?:\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    expect(h).toHaveLength(2 * new Set(OUTLETS.flatMap((o) => o.hosts)).size);
  });
  it('the manifest from wxt.config asks for exactly the registry hosts, in both browsers', () => {
    const manifest = config.manifest as (env: object) => Record<string, unknown>;
    for (const browser of ['chrome', 'firefox']) {
      expect(manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' }).host_permissions).toEqual(outletHostPatterns());
    }
  });
});

describe('docs/outlets.md', () => {
  it('lists every outlet with its ownership source, or says it is not sourced', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/outlets.md', import.meta.url), 'utf8');
    for (const o of OUTLETS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${o.id}\` |`));
      expect(row, o.id).toBeDefined();
      expect(row).toContain(o.ownership ? `(${o.ownership.source.url})` : 'not sourced');
    }
  });
});
