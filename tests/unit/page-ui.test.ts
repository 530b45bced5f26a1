// @vitest-environment jsdom
// The small page-side pieces: what counts as a quote, when the lookup button
// shows, how it is built, hit-testing a click, time-slicing, the adopted
// stylesheet and which mutations matter.
import { describe, expect, it, vi } from 'vitest';
import { quoteOf, MAX_QUOTE_CHARS } from '../../lib/page/selection';
import { SelectionButton, type ButtonHost } from '../../lib/page/selection-button';
import { buildLookupButton, buildSelectionButtons, placeHost, type SelectionActions } from '../../lib/page/lookup-button';
import type { PageSelection } from '../../lib/annotations/selection';
import { markAt } from '../../lib/page/hit-test';
import { inChunks, SLICE_MS } from '../../lib/page/schedule';
import { adoptedSheet, HIGHLIGHT_CSS } from '../../lib/page/styles';
import { touches } from '../../lib/page/watch';
import { isOtherPage } from '../../lib/page/navigation';
import { manualScheduler, settle } from './page-helpers';

describe('quoteOf', () => {
  it('accepts five words or more, tidies whitespace and cuts at the protocol limit', () => {
    expect(quoteOf('one two three four')).toBeUndefined();
    expect(quoteOf('  Путин   и Байден\nобсудили кибербезопасность в Женеве ')).toBe('Путин и Байден обсудили кибербезопасность в Женеве');
    expect(quoteOf('a b c d – —')).toBeUndefined(); // dashes are not words
    expect(quoteOf('word '.repeat(1_000))!.length).toBe(MAX_QUOTE_CHARS);
    expect(quoteOf(null)).toBeUndefined();
  });
});

function selectText(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

describe('SelectionButton', () => {
  function setup(describe?: () => PageSelection | null) {
    document.body.innerHTML = '<p id="long">Lavrov said the leaders do not draft specific projects</p><p id="short">Sergey Lavrov</p>';
    const sched = manualScheduler();
    const shown: { x: number; y: number }[] = [];
    let actions: SelectionActions = { lookUp: () => {} };
    const host: ButtonHost = {
      show: (pos, next) => {
        shown.push(pos);
        actions = next;
      },
      hide: vi.fn(),
      contains: () => false,
    };
    const lookUp = vi.fn();
    const annotate = vi.fn();
    // jsdom has no layout: one client rect for the selection.
    Range.prototype.getClientRects = () => [{ right: 100, bottom: 40, left: 10, top: 20, width: 90, height: 20 }] as unknown as DOMRectList;
    const button = new SelectionButton({ doc: document, win: window, sched, host, lookUp, ...(describe ? { describe, annotate } : {}) });
    return { sched, shown, host, lookUp, annotate, button, activate: () => actions.lookUp(), actions: () => actions };
  }

  it('shows for a settled selection of five words and looks it up on activation', () => {
    const t = setup();
    selectText(document.getElementById('long')!);
    t.button.selectionChanged();
    expect(t.shown).toHaveLength(0); // not before the selection settles
    t.sched.runLater();
    expect(t.shown).toHaveLength(1);
    expect(t.shown[0].y).toBeGreaterThan(40);
    t.activate();
    expect(t.lookUp).toHaveBeenCalledWith('Lavrov said the leaders do not draft specific projects');
    expect(t.button.visible).toBe(false);
  });

  it('offers Annotate with the selection described when the buttons show, not when clicked', () => {
    const described: PageSelection = { url: 'https://tass.ru/a', title: 'A', exact: 'Lavrov said the leaders do not draft specific projects', prefix: '', suffix: '', start: 0, end: 46 };
    const describe = vi.fn(() => described);
    const t = setup(describe);
    selectText(document.getElementById('long')!);
    t.button.selectionChanged();
    t.sched.runLater();
    expect(describe).toHaveBeenCalledTimes(1);
    getSelection()!.removeAllRanges(); // a click may collapse the selection before it reaches the button
    t.actions().annotate!();
    expect(t.annotate).toHaveBeenCalledWith(described);
    expect(t.lookUp).not.toHaveBeenCalled();
    expect(t.button.visible).toBe(false);
  });

  it('offers no Annotate when the selection cannot be described (too long, nothing visible)', () => {
    const t = setup(() => null);
    selectText(document.getElementById('long')!);
    t.button.selectionChanged();
    t.sched.runLater();
    expect(t.button.visible).toBe(true);
    expect(t.actions().annotate).toBeUndefined();
  });

  it('stays hidden for short selections, hides on collapse, and Escape dismisses until a new selection starts', () => {
    const t = setup();
    selectText(document.getElementById('short')!);
    t.button.selectionChanged();
    t.sched.runLater();
    expect(t.shown).toHaveLength(0);

    selectText(document.getElementById('long')!);
    t.button.selectionChanged();
    t.sched.runLater();
    expect(t.button.visible).toBe(true);
    t.button.keyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.button.visible).toBe(false);
    expect(t.host.hide).toHaveBeenCalled();
    t.button.selectionChanged();
    t.sched.runLater();
    expect(t.button.visible).toBe(false); // the same selection stays dismissed
    t.button.selectStarted();
    t.button.selectionChanged();
    t.sched.runLater();
    expect(t.button.visible).toBe(true);

    getSelection()!.removeAllRanges();
    t.button.selectionChanged();
    expect(t.button.visible).toBe(false);
  });
});

describe('buildLookupButton', () => {
  it('is a real button named after Sverka; page-made clicks do nothing', () => {
    const container = document.createElement('div');
    const onActivate = vi.fn();
    const button = buildLookupButton(container, 'Look up in Sverka', onActivate);
    expect(button.type).toBe('button');
    expect(button.textContent).toContain('Look up in Sverka');
    button.click(); // untrusted (script-made) click
    expect(onActivate).not.toHaveBeenCalled();
    const host = document.createElement('sverka-lookup');
    placeHost(host, { x: 12.4, y: 300 });
    expect(host.style.getPropertyValue('--sverka-x')).toBe('12px');
  });
});

describe('buildSelectionButtons', () => {
  it('puts "Annotate" next to "Look up" only when there is something to annotate', () => {
    const container = document.createElement('div');
    const both = buildSelectionButtons(container, { lookUp: 'Look up in Sverka', annotate: 'Annotate in Sverka' }, { lookUp: vi.fn(), annotate: vi.fn() });
    expect(both.map((b) => b.textContent)).toEqual(['⇄Look up in Sverka', '✎Annotate in Sverka']);
    expect(both[1].classList.contains('annotate')).toBe(true);
    const one = buildSelectionButtons(document.createElement('div'), { lookUp: 'Look up in Sverka', annotate: 'Annotate in Sverka' }, { lookUp: vi.fn() });
    expect(one).toHaveLength(1);
  });
});

describe('markAt', () => {
  it('finds the range under a caret; the end boundary is outside', () => {
    document.body.innerHTML = '<p>First sentence here. Second one.</p>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 20);
    const marks = [{ range, start: 0 }];
    expect(markAt(marks, { node: text, offset: 5 })?.start).toBe(0);
    expect(markAt(marks, { node: text, offset: 20 })).toBeUndefined();
    expect(markAt(marks, { node: text, offset: 25 })).toBeUndefined();
    expect(markAt(marks, undefined)).toBeUndefined();
    expect(markAt(marks, { node: document.createElement('div'), offset: 0 })).toBeUndefined();
  });
});

describe('inChunks', () => {
  it('does all the work in slices no longer than SLICE_MS, yielding between them', async () => {
    let clock = 0;
    const idles: number[] = [];
    const sched = {
      idle: (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void) => {
        idles.push(clock);
        setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0);
      },
      later: () => 0,
      cancel: () => {},
      now: () => clock,
    };
    const done: number[] = [];
    const ok = await inChunks([...Array(10).keys()], (i) => {
      clock += 3; // each item costs 3 ms
      done.push(i);
    }, sched);
    expect(ok).toBe(true);
    expect(done).toEqual([...Array(10).keys()]);
    expect(idles.length).toBe(Math.ceil(10 / Math.ceil(SLICE_MS / 3)));
    let stop = false;
    const partial = inChunks([1, 2, 3], () => (stop = true), sched, () => stop);
    await settle();
    expect(await partial).toBe(false);
  });
});

describe('adoptedSheet', () => {
  it('adopts the ::highlight rules once and re-adopts them when the page replaced the list', () => {
    class Sheet {
      text = '';
      replaceSync(css: string) {
        this.text = css;
      }
    }
    const doc = { adoptedStyleSheets: [] as unknown[] } as unknown as Document;
    const sheet = adoptedSheet(doc, HIGHLIGHT_CSS, Sheet as unknown as new () => CSSStyleSheet);
    expect(sheet.ensure()).toBe(true);
    expect(sheet.ensure()).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect((doc.adoptedStyleSheets[0] as unknown as Sheet).text).toContain('::highlight(sverka-contradiction)');
    doc.adoptedStyleSheets = [];
    sheet.ensure();
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    sheet.remove();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(adoptedSheet({} as Document, HIGHLIGHT_CSS, undefined).ensure()).toBe(false);
  });
});

describe('touches', () => {
  it('counts changes inside the container or replacing it, not elsewhere or our own host', () => {
    document.body.innerHTML = '<main><div id="c"><p>x</p></div></main><aside><p>y</p></aside>';
    const c = document.getElementById('c')!;
    const rec = (target: Node, added: Node[] = [], removed: Node[] = []) =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    const ours = (n: Node) => n.nodeName === 'SVERKA-LOOKUP';
    expect(touches(rec(c.firstChild!), c, ours)).toBe(true);
    expect(touches(rec(document.querySelector("aside")!), c, ours)).toBe(false);
    expect(touches(rec(document.documentElement, [document.createElement('sverka-lookup')]), c, ours)).toBe(false);
    expect(touches(rec(document.body, [], [document.querySelector('main')!]), c, ours)).toBe(true);
  });
});

describe('isOtherPage', () => {
  it('treats a new path or query as a new article, a new #fragment as the same one', () => {
    expect(isOtherPage('https://tass.ru/politika/2', 'https://tass.ru/politika/1')).toBe(true);
    expect(isOtherPage('https://tass.ru/politika/1?page=2', 'https://tass.ru/politika/1')).toBe(true);
    expect(isOtherPage('https://tass.ru/politika/1#comments', 'https://tass.ru/politika/1')).toBe(false);
  });
});
