// @vitest-environment happy-dom
// The content script's annotations (lib/page/annotations.ts) with a fake
// background and a Map for CSS.highlights: the page's annotations are found
// again (exact, approximate, orphan), drawn as `sverka-annotation`, reported
// back; the highlights switch and a newer refresh are respected; nothing is
// anchored on a page without annotations.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotations, type PageAnnotationsDeps } from '../../lib/page/annotations';
import { describeRange } from '../../lib/annotations/anchor';
import { fakeHighlights, manualScheduler, settle } from './page-helpers';
import { sample } from '../fixtures/annotations/db';
import type { Annotation, AnchorReport } from '../../lib/annotations/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const TEXT = 'Лавров заявил, что Трамп подтвердил заинтересованность в сотрудничестве. Министр добавил, что детали знают эксперты.';

/** An annotation on `words` of the current page, described the way the content script describes a selection. */
function annotationOn(words: string, id: string): Annotation {
  const node = document.querySelector('p')!.firstChild!;
  const at = node.textContent!.indexOf(words);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  return sample({ id, ...describeRange(document, range)! });
}

function setup(list: Annotation[], over: Partial<PageAnnotationsDeps> = {}) {
  const env = fakeHighlights();
  const reports: { url: string; results: AnchorReport[] }[] = [];
  const fetch = vi.fn(async () => ({ ok: true as const, value: list }));
  const annotations = new PageAnnotations({
    doc: document, win: window, sched: manualScheduler(), env, sheet: { ensure: () => true }, fetch,
    report: (url, results) => reports.push({ url, results }), highlightsEnabled: true, ...over,
  });
  return { annotations, env, reports, fetch };
}

describe('PageAnnotations', () => {
  it('draws every annotation found on the page and reports orphans too', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const found = annotationOn('Трамп подтвердил заинтересованность', 'found');
    const gone = sample({ id: 'gone', exact: 'Этой фразы на странице нет и не было никогда', prefix: '', suffix: '', start: 500, end: 540 });
    const t = setup([found, gone]);
    const report = await t.annotations.refresh();
    expect(report).toEqual([{ id: 'found', status: 'exact', score: 1 }, { id: 'gone', status: 'orphan' }]);
    expect(t.reports).toEqual([{ url: location.href, results: report }]);
    expect(t.fetch).toHaveBeenCalledWith(location.href);
    const drawn = t.env.registry.get('sverka-annotation')!;
    expect([...drawn.ranges].map((r) => (r as Range).toString())).toEqual(['Трамп подтвердил заинтересованность']);
  });

  it('finds a quote again on an edited page, approximately', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const saved = annotationOn('Министр добавил, что детали знают эксперты.', 'a');
    document.body.innerHTML = `<p>Новая фраза в начале. ${TEXT.replace('добавил, что', 'добавил: ')}</p>`;
    const t = setup([saved]);
    const [result] = (await t.annotations.refresh())!;
    expect(result.status).toBe('approximate');
    expect(t.env.registry.get('sverka-annotation')!.ranges.size).toBe(1);
  });

  it('follows the highlights switch, and clears on navigation', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const t = setup([annotationOn('Трамп подтвердил', 'a')]);
    await t.annotations.refresh();
    t.annotations.setEnabled(false);
    expect(t.env.registry.has('sverka-annotation')).toBe(false);
    t.annotations.setEnabled(true);
    expect(t.env.registry.get('sverka-annotation')!.ranges.size).toBe(1);
    t.annotations.clear();
    expect(t.env.registry.has('sverka-annotation')).toBe(false);
    expect(t.annotations.size).toBe(0);
  });

  it('a newer refresh supersedes an older one; a page without annotations is neither searched nor reported', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const t = setup([]);
    const older = t.annotations.refresh();
    const newer = t.annotations.refresh();
    expect(await older).toBeUndefined();
    expect(await newer).toEqual([]);
    expect(t.reports).toEqual([]);
    expect(t.env.registry.has('sverka-annotation')).toBe(false);
  });

  it('re-anchors when the page re-rendered the annotated text', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const t = setup([annotationOn('Трамп подтвердил', 'a')]);
    await t.annotations.refresh();
    t.annotations.recheck(); // still attached: nothing to do
    await settle();
    expect(t.fetch).toHaveBeenCalledTimes(1);
    document.querySelector('p')!.innerHTML = TEXT; // a framework swapping in identical new nodes
    t.annotations.recheck();
    await settle();
    expect(t.fetch).toHaveBeenCalledTimes(2);
    expect([...t.env.registry.get('sverka-annotation')!.ranges].every((r) => (r as Range).startContainer.isConnected)).toBe(true);
  });

  it('a failed fetch draws and reports nothing', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const t = setup([], { fetch: async () => ({ ok: false, error: 'A page can only read its own annotations.' }) });
    expect(await t.annotations.refresh()).toBeUndefined();
    expect(t.reports).toEqual([]);
  });
});
