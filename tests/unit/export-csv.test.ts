// CSV that Excel and LibreOffice open correctly with Cyrillic: a UTF-8 BOM,
// CRLF rows, RFC 4180 quoting, and no cell that a spreadsheet would run as a
// formula (CSV injection).
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutralizeFormula, toCsv } from '../../lib/annotations/export';
import { LOOKUP, SAMPLES } from '../fixtures/annotations/samples';
import { golden } from '../fixtures/annotations/golden';

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    const csv = toCsv(SAMPLES, LOOKUP);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells there is no bare LF: every record separator is CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('keeps Cyrillic, quotes and line breaks intact through a CSV parser', () => {
    const [header, tass, ria, blog] = rows(toCsv(SAMPLES, LOOKUP));
    expect(header).toEqual([...CSV_COLUMNS]);
    const cell = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(cell(tass, 'quote')).toBe('В прошлом году мы направили 10 запросов, получили ноль ответов');
    expect(cell(tass, 'outlet')).toBe('TASS');
    expect(cell(tass, 'tags')).toBe('экстрадиция; Женева');
    expect(cell(tass, 'linked_statements')).toBe('Example Official, 2021-06-16: “We sent eighty requests and received no answer.” — TASS, “Example report”, 2021-06-16\nExample Minister, 2021-06-16: “Every request was answered in full.” — TASS, “Example report”, 2021-06-16');
    expect(cell(ria, 'stance')).toBe('');
    expect(cell(blog, 'linked_statements')).toBe('pack-claim-we-do-not-have');
    expect(cell(blog, 'start')).toBe('');
  });

  it('neutralises every cell that begins with = + - @ tab or carriage return', () => {
    const [, , , blog] = rows(toCsv(SAMPLES, LOOKUP));
    const cell = (column: (typeof CSV_COLUMNS)[number]) => blog[CSV_COLUMNS.indexOf(column)];
    expect(cell('quote')).toBe(`'=HYPERLINK("https://evil.example","click") was the headline`);
    expect(cell('note')).toBe("'-1 + 1: check the *original* wording\n# not a heading");
    expect(cell('tags')).toBe("'@todo");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${start}SUM(A1)\nnext`)).toBe(`'${start}SUM(A1)\nnext`);
    expect(neutralizeFormula('Путин: «=» не формула')).toBe('Путин: «=» не формула');
  });

  it('no parsed cell of any export begins with a formula character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string(), (note, tag) => {
      const csv = toCsv([{ ...SAMPLES[0], note, tags: [tag].filter((t) => t.trim()), title: note }], LOOKUP);
      for (const row of rows(csv).slice(1)) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }));
  });

  it('matches the golden file', () => {
    golden('annotations.csv', toCsv(SAMPLES, LOOKUP));
  });
});
