import { describe, expect, it } from 'vitest';
import { outletForUrl, outletMatchPatterns, OUTLETS } from '../../lib/outlets';

describe('outlet registry', () => {
  it('recognises outlets by host and subdomain', () => {
    expect(outletForUrl('https://tass.ru/politika/4430563')?.id).toBe('tass');
    expect(outletForUrl('https://www.rbc.ua/ukr/news/x')?.id).toBe('rbc-ua');
    expect(outletForUrl('https://hosted.ap.org/berkshireeagle/article/x')?.id).toBe('ap');
    expect(outletForUrl('https://en.interfax.com.ua/')).toBeUndefined();
  });
  it('does not match look-alike hosts', () => {
    expect(outletForUrl('https://nottass.ru/x')).toBeUndefined();
    expect(outletForUrl('https://tass.ru.evil.example/x')).toBeUndefined();
    expect(outletForUrl('not a url')).toBeUndefined();
  });
  it('has the first four outlets and at least fourteen in all, each with ownership in three languages', () => {
    for (const id of ['tass', 'ria', 'rbc-ua', 'lenta-ua']) expect(OUTLETS.some((o) => o.id === id)).toBe(true);
    expect(OUTLETS.length).toBeGreaterThanOrEqual(14);
    for (const o of OUTLETS) for (const l of ['ru', 'uk', 'en'] as const) expect(o.ownership[l].length).toBeGreaterThan(3);
  });
  it('never produces an all-urls pattern', () => {
    expect(outletMatchPatterns().some((p) => p.includes('<all_urls>') || p.startsWith('*://*/'))).toBe(false);
  });
});
