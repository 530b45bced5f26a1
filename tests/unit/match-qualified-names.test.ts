// Names and offices as news texts write them (issue 10, classes 1 and 5, dev2 pass): the country word
// of an office or a body moves and changes form ("Минфин США" / "американский Минфин"), an English
// possessive is its noun ("Kyiv's", "Russia's"), and a role phrase retrieves the claims of its holders.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { EntityIndex } from '../../lib/match/entities';
import { ROLES } from '../../lib/match/roles';
import { analyze } from '../../lib/text/analyze';
import { LEXICON } from '../../lib/text/lexicon';
import { stemWord } from '../../lib/text/stem';
import { bundledDb } from '../eval/data';

const db = bundledDb();
const entities = EntityIndex.build(db.actors, stemWord, ROLES.nameForms(new Set(db.actors.map((a) => a.id))), (s) => LEXICON.country(s));
const found = (text: string, lang: 'ru' | 'uk' | 'en') => entities.find(analyze(text, lang).terms.map((t) => t.stem)).map((m) => m.actorId);

describe('names with a country qualifier', () => {
  it.each([
    ['Американский Минфин ввел санкции', 'ru', 'us-treasury'],
    ['Минфин США ввел санкции', 'ru', 'us-treasury'],
    ['Секретарь украинского СНБО считает', 'ru', 'role:ua-nsdc-secretary'],
    ['секретар українського РНБО заявив', 'uk', 'role:ua-nsdc-secretary'],
    ["Kyiv's security service said", 'en', 'sbu'],
    ['the Ukrainian Security Service said', 'en', 'sbu'],
  ] as const)('%s', (text, lang, id) => {
    expect(found(text, lang)).toContain(id);
  });

  it('needs the same country, next to the name', () => {
    expect(found('Минфин Украины сообщил', 'ru')).not.toContain('us-treasury');
    expect(found('Минфин ввел санкции против США', 'ru')).not.toContain('us-treasury');
    expect(found('российский Минфин сообщил', 'ru')).not.toContain('us-treasury');
  });
});

// A body named by what it is rather than its title (thirteenth pass): the descriptions news texts use
// for a body of one country ("українська спецслужба", "the Treasury", "Министерство национальной
// безопасности США", Russian's usual rendering of DHS) are names of that body in actors.json.
describe('bodies named by description', () => {
  it.each([
    ['Українська спецслужба заявила про причетність Москви', 'uk', 'sbu'],
    ['Министерство национальной безопасности США сообщило', 'ru', 'dhs'],
    ['У Мінбезпеки США повідомили', 'uk', 'dhs'],
    ['The Treasury said the companies acted on Moscow\'s orders', 'en', 'us-treasury'],
    ['американська розвідка вважає', 'uk', 'odni'],
    ['российская внешняя разведка отвергла обвинения', 'ru', 'svr'],
    ['внешнеполитическое ведомство России заявило', 'ru', 'russian-mfa'],
    ["Ukraine's National Security and Defence Council said", 'en', 'nsdc-ukraine'],
  ] as const)('%s', (text, lang, id) => {
    expect(found(text, lang)).toContain(id);
  });

  it('needs the country: a security service or an intelligence agency of another state is not one of them', () => {
    expect(found('польская спецслужба заявила', 'ru')).not.toContain('sbu');
    expect(found('британська розвідка вважає', 'uk')).not.toContain('odni');
  });
});

describe('English possessives', () => {
  it("stem as their noun: Russia's, Kyiv's, Washington's", () => {
    for (const w of ['russia', 'kyiv', 'washington', 'kremlin']) expect(stemWord(`${w}'s`, 'en')).toBe(stemWord(w, 'en'));
    expect(LEXICON.country(stemWord("kyiv's", 'en'))).toBe('ukraine');
  });
});

describe('a role phrase retrieves its holders\' claims', () => {
  const matcher = Matcher.build(db);
  it('"the top US diplomat" finds the Secretary of State\'s claim of that month, "глава ФБР" the FBI director\'s', () => {
    expect(matcher.candidates('The top US diplomat said Moscow was obviously behind the breach').map((c) => c.claimId)).toContain('2020-12-pompeo-pretty-clearly-russians');
    expect(matcher.candidates('Глава ФБР рассказал конгрессменам о попытках русских повлиять на выборы').slice(0, 3).map((c) => c.claimId)).toContain('2020-09-wray-very-active-russian-efforts');
  });
});

describe('"the Obama administration" is the White House of those years', () => {
  const withBodies = EntityIndex.build(db.actors, stemWord, ROLES.nameForms(new Set(db.actors.map((a) => a.id)), (a) => db.actors.find((x) => x.id === a)?.kind === 'body'));
  it('counts after a title word, as a body does, and only in its years', () => {
    const stems = analyze('Представитель администрации Обамы пообещал ответ', 'ru').terms.map((t) => t.stem);
    expect(withBodies.find(stems).map((m) => m.actorId)).toEqual(['role:us-administration-obama']);
    expect(withBodies.isPerson('role:us-administration-obama')).toBe(false);
    expect(withBodies.isPerson('role:kremlin-spokesman')).toBe(true);
    expect(ROLES.heldBy('role:us-administration-obama', 'white-house', '2016-10-11')).toBe(true);
    expect(ROLES.heldBy('role:us-administration-obama', 'white-house', '2021-07-09')).toBe(false);
    expect(ROLES.heldBy('role:us-administration-biden', 'white-house', '2021-07-09')).toBe(true);
  });
});
