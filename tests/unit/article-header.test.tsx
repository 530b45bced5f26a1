// @vitest-environment happy-dom
// The panel's outlet line (issue 10): ownership is shown as a sourced fact with
// "(source: …)" linking to the page it comes from; an outlet without a sourced
// fact says so and states no ownership at all.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { ArticleHeader } from '../../components/ArticleHeader';
import { setUiLang } from '../../lib/i18n';
import { outletById } from '../../lib/outlets';
import { doneState } from './panel-fixtures';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

const stateFor = (outletId: string, url: string) => ({ ...doneState(), outletId, url });

describe('ArticleHeader ownership', () => {
  it('shows the ownership fact and links its source', () => {
    setUiLang('en');
    const meduza = outletById('meduza')!;
    const { container } = render(<ArticleHeader state={stateFor('meduza', 'https://meduza.io/feature/x')} />);
    expect(container.querySelector('.outlet-name')?.textContent).toBe('Meduza');
    expect(container.querySelector('.ownership')?.textContent).toContain(meduza.ownership!.text.en);
    expect(container.querySelector('.ownership-source')?.textContent).toBe(`(source: ${meduza.ownership!.source.title})`);
    const a = container.querySelector<HTMLAnchorElement>('.ownership-source a')!;
    expect(a.getAttribute('href')).toBe(meduza.ownership!.source.url);
    expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('speaks the reader’s language, source title as published', () => {
    setUiLang('uk');
    const { container } = render(<ArticleHeader state={stateFor('bbc-ukrainian', 'https://www.bbc.com/ukrainian/articles/x')} />);
    expect(container.querySelector('.ownership')?.textContent).toContain('Українська служба Бі-бі-сі — частина BBC World Service');
    expect(container.querySelector('.ownership-source')?.textContent).toMatch(/^\(джерело: How BBC World Service is run and funded/);
  });

  it('an outlet without a sourced fact states none', () => {
    setUiLang('en');
    expect(outletById('rbc-ua')!.ownership).toBeUndefined();
    const { container } = render(<ArticleHeader state={stateFor('rbc-ua', 'https://www.rbc.ua/rus/news/1')} />);
    expect(container.querySelector('.ownership.unsourced')?.textContent).toBe(' — ownership: no sourced statement yet');
    expect(container.querySelector('.ownership-source')).toBeNull();
  });
});
