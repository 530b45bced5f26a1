// The Hunspell-derived lemma tables (issue 10, class 2): the committed
// assets/lemmas/*.json are what scripts/gen-lemmas.ts gives from the pinned
// dictionaries, the affix expansion does what Hunspell does, and inflected
// Russian/Ukrainian forms of the claims' words meet in one term.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeForm, encodeForm, exceptionTable, expand, lemmaTable, parseAffixes } from '../../lib/text/lemma-gen';
import { lemmaOf } from '../../lib/text/lemmas';
import { snowballStem, stemWord } from '../../lib/text/stem';
import { tokenize } from '../../lib/text/tokenize';
import { analyze } from '../../lib/text/analyze';
import { INDEX_FORMAT } from '../../lib/match/search-index';

const ROOT = join(import.meta.dirname, '../..');
// A toy dictionary in Hunspell's format (test data, not from the packages).
const AFF = ['SET UTF-8', 'SFX A Y 3', 'SFX A 0 и [^аеиоуя]', 'SFX A 0 ів [^аеиоуя]', 'SFX A 0 у т', 'SFX B Y 1', 'SFX B и ів и'].join('\n');
const DIC = ['3', 'запит/A', 'запити/B', 'кіт'].join('\n');

describe('lemma tables', () => {
  it('the committed tables are what `npm run lemmas` gives', () => {
    execFileSync('npx', ['tsx', 'scripts/gen-lemmas.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('a change of the tables comes with a new INDEX_FORMAT (stored index segments hold lemmatised terms)', () => {
    const hash = createHash('sha256').update(readFileSync(join(ROOT, 'assets/lemmas/ru.json'))).update(readFileSync(join(ROOT, 'assets/lemmas/uk.json'))).update(readFileSync(join(ROOT, 'assets/lemmas/en.json'))).digest('hex').slice(0, 16);
    // When this fails after `npm run lemmas`: bump INDEX_FORMAT in lib/match/search-index.ts and update both values here.
    expect({ INDEX_FORMAT, hash }).toEqual({ INDEX_FORMAT: 15, hash: '5d7500e97dc3f82d' });
  });

  it('expands suffix rules with strip, add and condition', () => {
    const rules = parseAffixes(AFF);
    expect(expand('запит', ['A'], rules).sort()).toEqual(['запит', 'запити', 'запитів', 'запиту'].sort());
    expect(expand('запити', ['B'], rules)).toEqual(['запити', 'запитів']);
  });

  it('an ambiguous form goes to the lemma the claim side uses more', () => {
    const { table } = lemmaTable(AFF, DIC, 'запит запиту запитів', 'uk');
    const forms = Object.fromEntries(Object.entries(table).flatMap(([l, c]) => c.split(' ').map((x) => [decodeForm(l, x), l])));
    expect(forms['запити']).toBe('запит');
  });

  it('form codes round-trip', () => {
    for (const [l, f] of [['запит', 'запитів'], ['американець', 'американцеві'], ['а', 'абвгдеєжзиіїйклм'], ['активність', 'активностями']]) {
      expect(decodeForm(l, encodeForm(l, f))).toBe(f);
    }
  });

  it('normalises dictionary forms as tokenize() does', () => {
    for (const w of ['Зв’язок', 'Ёлка', 'Київ']) expect(expand(w, [], new Map())[0]).toBe(tokenize(w)[0].norm);
  });

  it('irregular English forms meet their lemma (WordNet\'s exception lists): "sought" is "seek", "led" is "lead"', () => {
    expect(snowballStem('sought', 'en')).not.toBe(snowballStem('seek', 'en'));
    for (const [form, lemma] of [['sought', 'seeking'], ['went', 'go'], ['led', 'leads'], ['men', 'man'], ['brought', 'bringing']]) expect(stemWord(form, 'en'), form).toBe(stemWord(lemma, 'en'));
    // Words the lists do not know keep their Snowball stem.
    expect(stemWord('sanctions', 'en')).toBe(snowballStem('sanctions', 'en'));
    const { table } = exceptionTable([{ sought: 'seek', axes: 'axe' }, { axes: 'axis' }], 'Russia seeks talks; the axis of');
    expect(table).toEqual({ seek: '3ought' });
  });

  it('Ukrainian forms the Snowball stemmer splits meet their lemma (the issue\'s "запити" → "зап")', () => {
    expect(snowballStem('запити', 'uk')).not.toBe(snowballStem('запитів', 'uk'));
    expect(lemmaOf('запити', 'uk')).toBe('запит');
    expect(stemWord('запити', 'uk')).toBe(stemWord('запитів', 'uk'));
    expect(stemWord('запиту', 'uk')).toBe(stemWord('запит', 'uk'));
  });

  it('"предметній і конструктивній співпраці" and the claim\'s forms give the same terms', () => {
    const terms = (t: string) => analyze(t, 'uk').terms.map((x) => x.stem);
    expect(terms('предметній і конструктивній співпраці')).toEqual(terms('предметної та конструктивної співпраці'));
    expect(terms('предметній і конструктивній співпраці')).toEqual(terms('предметну і конструктивну співпрацю'));
  });
});
