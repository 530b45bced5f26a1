// @vitest-environment happy-dom
// Issue 11: the import report in the options page says how many items another
// pack already installed, and lists the first ones with that pack's name.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { ImportReportView } from '../../components/browser/ImportReport';
import type { ImportReport } from '../../lib/service/packs-api';

afterEach(cleanup);

const report = (items: Partial<NonNullable<ImportReport['items']>>): ImportReport => ({
  packId: 'second', name: 'second', format: 'claimreview', fileFormat: 'jsonl', duplicates: [],
  added: { claims: 1, actors: 1, events: 0, relations: 0 },
  items: { read: 3, accepted: 1, merged: 0, skipped: {}, firstSkipped: [], ...items },
});

describe('the import report', () => {
  it('counts and lists the items already installed by another pack', () => {
    const { container } = render(<ImportReportView report={report({ alreadyInstalled: { count: 2, first: [{ where: 'line 1 ("Example")', pack: 'first feed' }, { where: 'line 2 ("Other")', pack: 'first feed' }] } })} />);
    expect(container.querySelector('.db-installed')?.textContent).toMatch(/^Already installed by another pack, not stored twice: 2 /);
    expect([...container.querySelectorAll('.db-installed-list li')].map((li) => li.textContent)).toEqual(['line 1 ("Example"): “first feed”', 'line 2 ("Other"): “first feed”']);
  });

  it('says nothing about it when no item was installed before', () => {
    const { container } = render(<ImportReportView report={report({})} />);
    expect(container.querySelector('.db-installed')).toBeNull();
  });
});
