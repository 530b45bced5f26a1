// The curated lexicon and the role data (issue 10): valid data, every wording
// usable, and the classes of misses they exist for.
import { describe, expect, it } from 'vitest';
import rolesData from '../../assets/roles.json';
import lexiconData from '../../assets/lexicon/concepts.json';
import { Matcher } from '../../lib/match';
import { ROLES, RolesFile } from '../../lib/match/roles';
import { analyze } from '../../lib/text/analyze';
import { LEXICON, LEXICON_SEATS, LexiconFile, lexiconFile } from '../../lib/text/lexicon';
import { bundledDb } from '../eval/data';

const db = bundledDb();
const matcher = Matcher.build(db);
const top = (q: string) => matcher.matchText(q, { top: 3 }).map((m) => m.claimId);

describe('domain lexicon (assets/lexicon/concepts.json)', () => {
  it('is valid and every wording analyses to exactly one term', () => {
    const file = LexiconFile.parse(lexiconData);
    const bad = file.concepts.flatMap((c) => (['ru', 'uk', 'en'] as const).flatMap((l) => c.words[l].filter((w) => analyze(w, l).terms.length !== 1).map((w) => `${c.id}/${l}: ${w}`)));
    expect(bad).toEqual([]);
  });

  it('rejects a malformed file', () => {
    expect(LexiconFile.safeParse({ about: 'x', concepts: [{ id: 'x', words: { ru: [], uk: ['a'], en: ['a'] } }] }).success).toBe(false);
  });

  it('puts metonymy and synonyms in one concept', () => {
    const stem = (w: string, l: 'ru' | 'uk' | 'en') => analyze(w, l).terms[0].stem;
    expect(LEXICON.concepts(stem('Вашингтон', 'ru'))).toEqual(LEXICON.concepts(stem('США', 'ru')));
    expect(LEXICON.concepts(stem('обращения', 'ru'))).toContain('request');
    expect(LEXICON.concepts(stem('здирники', 'uk'))).toContain('ransomware');
    expect(LEXICON.concepts(stem('погода', 'ru'))).toEqual([]);
  });
});

describe('the issue 10 paraphrase classes the lexicon covers', () => {
  const concepts = (w: string, l: 'ru' | 'uk' | 'en') => analyze(w, l).terms.flatMap((t) => [...LEXICON.concepts(t.stem)]);
  it.each([
    ['region', [['субъекты', 'ru'], ['області', 'uk'], ['regions', 'en']]],
    ['justice', [['Минюст', 'ru'], ["Мін'юст", 'uk'], ['Justice', 'en']]],
    ['pipeline', [['Colonial', 'en'], ['pipeline', 'en'], ['трубопровода', 'ru']]],
    ['company', [['operator', 'en'], ['оператор', 'uk']]],
    ['ransomware', [['вымогатели', 'ru'], ['здирники', 'uk'], ['ransomware', 'en']]],
    ['usa', [['Washington', 'en'], ['Вашингтона', 'ru']]],
    ['ukraine', [['Kyiv', 'en'], ['Києва', 'uk']]],
    ['russia', [['Kremlin', 'en'], ['Кремля', 'ru'], ['Кремлі', 'uk']]],
    ['talks', [['negotiating', 'en'], ['talks', 'en'], ['переговоров', 'ru']]],
    ['non-politicised', [['depoliticized', 'en'], ['неполитизированный', 'ru'], ['неполітизованою', 'uk']]],
    ['discard', [['aside', 'en'], ['discard', 'en'], ['отбросить', 'ru']]],
  ] as const)('%s', (id, words) => {
    for (const [w, l] of words) expect(concepts(w, l), `${w}`).toContain(id);
  });

  it('seats of government stand for the state\'s executive bodies only, which the database has', () => {
    const file = LexiconFile.parse(lexiconData);
    const actors = new Set(db.actors.map((a) => a.id));
    const kinds = new Map(db.actors.map((a) => [a.id, a.kind]));
    for (const seat of file.seats) for (const a of seat.actors) expect(actors.has(a) && kinds.get(a) === 'body', `${seat.id} → ${a}`).toBe(true);
    const washington = analyze('Washington', 'en').terms.map((t) => t.stem);
    expect(LEXICON_SEATS.standsFor(washington, 'us-state-department')).toBe(true);
    expect(LEXICON_SEATS.standsFor(washington, 'joe-biden')).toBe(false); // never a person
    expect(LEXICON_SEATS.standsFor(analyze('Москва', 'ru').terms.map((t) => t.stem), 'russian-mfa')).toBe(true);
    // "Kyiv" as the issue names it: Ukraine's security service and security council, in every language.
    for (const [w, l] of [['Kyiv', 'en'], ['Київ', 'uk'], ['Киев', 'ru']] as const) expect(LEXICON_SEATS.standsFor(analyze(w, l).terms.map((t) => t.stem), 'sbu'), w).toBe(true);
    const c = matcher.candidates('Kyiv said the available evidence points to Russian special services behind the NotPetya attack').find((x) => x.claimId === '2017-07-sbu-russian-special-services-involved-notpetya');
    expect(c?.features.speaker).toBe(1);
  });

  it('has at least 60 concepts, each with a wording in every language', () => {
    expect(lexiconFile().concepts.length).toBeGreaterThanOrEqual(60);
  });
});

describe('roles with dates (assets/roles.json)', () => {
  it('is valid, sourced, and names only actors of the database', () => {
    const file = RolesFile.parse(rolesData);
    const actors = new Set(db.actors.map((a) => a.id));
    expect(file.roles.flatMap((r) => r.holders.filter((h) => !actors.has(h.actor)).map((h) => h.actor))).toEqual([]);
  });

  it('resolves an office to who held it on the date', () => {
    expect(ROLES.heldBy('role:us-white-house-press-secretary', 'jen-psaki', '2021-07-06')).toBe(true);
    expect(ROLES.heldBy('role:us-white-house-press-secretary', 'jen-psaki', '2020-12-01')).toBe(false);
    expect(ROLES.heldBy('role:us-president', 'donald-trump', '2020-12-19')).toBe(true);
    expect(ROLES.heldBy('role:us-president', 'donald-trump', '2021-06-16')).toBe(false);
    expect(ROLES.heldBy('role:us-president', 'joe-biden', '2021-06-16')).toBe(true);
    // One office, successive holders: the FBI's number two in October 2020 and in June 2021.
    expect(ROLES.heldBy('role:us-fbi-deputy-director', 'david-bowdich', '2020-10-19')).toBe(true);
    expect(ROLES.heldBy('role:us-fbi-deputy-director', 'paul-abbate', '2020-10-19')).toBe(false);
    expect(ROLES.heldBy('role:us-fbi-deputy-director', 'paul-abbate', '2021-06-07')).toBe(true);
    // "the president-elect" is Trump in January 2017, Biden in December 2020, nobody in between.
    expect(ROLES.heldBy('role:us-president-elect', 'donald-trump', '2017-01-06')).toBe(true);
    expect(ROLES.heldBy('role:us-president-elect', 'joe-biden', '2020-12-22')).toBe(true);
    expect(ROLES.heldBy('role:us-president-elect', 'donald-trump', '2018-05-01')).toBe(false);
  });

  it('a start known only to the month ("2014-06") counts from that month\'s first day', () => {
    expect(ROLES.heldBy('role:us-ncsc-director', 'william-evanina', '2014-06-01')).toBe(true);
    expect(ROLES.heldBy('role:us-ncsc-director', 'william-evanina', '2014-05-31')).toBe(false);
    expect(ROLES.heldBy('role:us-ncsc-director', 'william-evanina', '2020-08-07')).toBe(true);
    expect(RolesFile.safeParse({ about: 'x', roles: [{ id: 'x', names: { ru: ['аа'], uk: ['аа'], en: ['aa'] }, holders: [{ actor: 'a', from: '2014', source: 'https://example.org/' }] }] }).success).toBe(false);
  });

  it('a role phrase in English names the speaker too (the head of the Justice Department\'s National Security Division → Demers)', () => {
    const c = matcher.candidates('According to the head of the Justice Department\'s National Security Division, no country has weaponized its cyber capabilities as maliciously as Russia');
    expect(c[0].claimId).toBe('2020-10-demers-no-country-weaponized');
    expect(c[0].features.speaker).toBe(1);
  });

  it('a role phrase counts as naming the speaker (речниця Білого дому → Psaki in July 2021)', () => {
    expect(top('речниця Білого дому заявила, що США діятимуть самостійно, якщо Росія не вживе заходів проти злочинців')[0]).toBe('2021-07-psaki-take-action-on-our-own');
  });
});

describe('a body speaks through its spokesperson (roles.json speaksFor)', () => {
  it('names only bodies of the database', () => {
    const bodies = new Set(db.actors.filter((a) => a.kind !== 'person').map((a) => a.id));
    expect(RolesFile.parse(rolesData).roles.flatMap((r) => (r.speaksFor && !bodies.has(r.speaksFor) ? [r.speaksFor] : []))).toEqual([]);
  });

  it('holds only while the office is held', () => {
    expect(ROLES.spokeFor('dmitry-peskov', '2017-01-09')).toEqual(['kremlin']);
    expect(ROLES.spokeFor('jen-psaki', '2021-07-06')).toEqual(['white-house']);
    expect(ROLES.spokeFor('jen-psaki', '2020-12-01')).toEqual([]);
    // A head of a body is not its spokesperson: the Kremlin is not Putin (measured: CV 413 → 398 when heads spoke for their bodies).
    expect(ROLES.spokeFor('vladimir-putin', '2021-06-16')).toEqual([]);
  });

  it('"В Кремле заявили" names Peskov as the speaker of his words, by the body or by its seat', () => {
    for (const q of ['В Кремле заявили, что американцы в прошлом уже не раз переживали подобную охоту на ведьм', 'Москва напомнила, что американцы в прошлом уже не раз переживали подобную охоту на ведьм']) {
      const c = matcher.candidates(q).find((x) => x.claimId === '2017-01-peskov-witch-hunt');
      expect(c?.features.speaker, q).toBe(1);
    }
    const other = matcher.candidates('В Белом доме заявили, что американцы в прошлом уже не раз переживали подобную охоту на ведьм').find((x) => x.claimId === '2017-01-peskov-witch-hunt');
    expect(other?.features.speaker ?? 0).toBe(0);
  });
});

describe('classes of misses (issue 10)', () => {
  it('Ukrainian inflection: "предметної і конструктивної співпраці" meets the Kremlin readout', () => {
    expect(top('Президенти наголосили на необхідності предметної і конструктивної співпраці у сфері кібербезпеки')[0]).toBe('2021-07-call-kremlin-leaders-stressed-cooperation');
  });

  it('numbers: the claim with the agreeing number wins, the one with other numbers is not shown', () => {
    const got = top('Russia sent 80 requests about cybercrime and got no answer');
    expect(got[0]).toBe('2021-06-geneva-putin-80-requests-unanswered');
    expect(got).not.toContain('2021-06-putin-geneva-45-and-35-russian-requests');
    const c = matcher.candidates('Russia sent 80 requests about cybercrime and got no answer').find((x) => x.claimId === '2021-06-putin-geneva-45-and-35-russian-requests');
    expect(c?.features.numberConflict).toBe(1);
  });
});
