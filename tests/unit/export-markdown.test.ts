// Markdown exports: annotations with their citations and linked statements,
// and the report of a page's automatic findings. Golden files in three
// languages; escaping so that what the page or the reader wrote prints as is.
import { describe, expect, it } from 'vitest';
import { escapeMd, findingsReport, toMarkdown } from '../../lib/annotations/export';
import { FINDINGS, LOOKUP, REPORT_META, SAMPLES } from '../fixtures/annotations/samples';
import { golden } from '../fixtures/annotations/golden';

describe('Markdown export of annotations', () => {
  it('cites each quote with outlet, title, date and URL, then stance, note, tags and linked statements', () => {
    const md = toMarkdown(SAMPLES, LOOKUP, 'en');
    expect(md).toContain('> В прошлом году мы направили 10 запросов, получили ноль ответов\n\n— TASS, “Чиновник: направлены десятки запросов”, 16 June 2021, <https://tass.ru/politika/example-fixture>');
    expect(md).toContain('**Stance:** Contradicts  \n**Note:** Сверить с заявлением Минюста США.  \n**Tags:** экстрадиция, Женева');
    expect(md).toContain('- Example Official, 2021-06-16: “We sent eighty requests and received no answer.” — TASS, “Example report”, 2021-06-16');
    // An unknown statement is kept, by id.
    expect(md).toContain('- `pack-claim-we-do-not-have`');
    // The page outside the registry and without a date still gets a citation.
    expect(md).toContain('— “Notes on the cyber dialogue”, date unknown, <https://example.org/blog/cyber-dialogue>');
  });

  it('escapes Markdown in quotes and notes', () => {
    const md = toMarkdown(SAMPLES, LOOKUP, 'en');
    expect(md).toContain('**Note:** \\-1 + 1: check the \\*original\\* wording  \n\\# not a heading');
    expect(escapeMd('1. not a list\n> not a quote\n<b>')).toBe('1\\. not a list\n\\> not a quote\n\\<b\\>');
  });

  it('matches the golden files in English, Russian and Ukrainian', () => {
    golden('annotations.en.md', toMarkdown(SAMPLES, LOOKUP, 'en'));
    golden('annotations.ru.md', toMarkdown(SAMPLES, LOOKUP, 'ru'));
    golden('annotations.uk.md', toMarkdown(SAMPLES, LOOKUP, 'uk'));
  });
});

describe('findingsReport', () => {
  it('lists the matched statements and the possible contradictions with speaker, date and source', () => {
    const md = findingsReport(REPORT_META, FINDINGS, LOOKUP, 'en');
    expect(md).toContain('**Events:** Example talks (14 June 2021)');
    expect(md).toContain('## Statements found: 1');
    expect(md).toContain('- **Matches:** Example Official, 2021-06-16: “We sent eighty requests and received no answer.” (match 87%)');
    expect(md).toContain('## Possible contradictions: 1');
    expect(md).toContain('**May contradict** (a known disagreement in the database): Example Minister, 2021-06-16: “Every request was answered in full.” — TASS, “Example report”, 2021-06-16');
    expect(md).toContain('not a verdict');
  });

  it('says so for a page about no tracked event', () => {
    const md = findingsReport(REPORT_META, { onTopic: false, events: [], matches: [], contradictions: [] }, LOOKUP, 'ru');
    expect(md).toContain('На этой странице не найдено ни одного отслеживаемого события.');
    expect(md).not.toContain('##');
  });

  it('matches the golden files', () => {
    golden('report.en.md', findingsReport(REPORT_META, FINDINGS, LOOKUP, 'en'));
    golden('report.ru.md', findingsReport(REPORT_META, FINDINGS, LOOKUP, 'ru'));
  });
});
