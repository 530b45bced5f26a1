// Issue 10, fourth pass: a verbatim fragment without the speaker's name, cyber-
// compounds meeting their parts, and a person inside another person's title
// (docs/matching.md, "Re-rank and calibrate" and "Entities").
import { describe, expect, it } from 'vitest';
import { Matcher, MATCH_THRESHOLD } from '../../lib/match';
import { viewOf } from '../../lib/match/claim-view';
import { EntityIndex } from '../../lib/match/entities';
import { ROLES } from '../../lib/match/roles';
import { verbatim } from '../../lib/match/score';
import { analyze } from '../../lib/text/analyze';
import { bundledDb } from '../eval/data';

const db = bundledDb();
const matcher = Matcher.build(db);
const stems = (text: string) => analyze(text).terms.map((t) => t.stem);
const pairsOf = (s: string[]) => new Set(s.slice(1).map((t, i) => `${s[i]} ${t}`));

describe('verbatim fragments', () => {
  it('is 1 only for a run of at least 4 terms covering at least 80% of the query', () => {
    const claim = pairsOf(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(verbatim(['b', 'c', 'd', 'e'], claim)).toBe(1);
    expect(verbatim(['b', 'c', 'd', 'e', 'x'], claim)).toBe(1);
    expect(verbatim(['b', 'c', 'd'], claim)).toBe(0);
    expect(verbatim(['b', 'c', 'd', 'e', 'x', 'y'], claim)).toBe(0);
    expect(verbatim(['b', 'c', 'x', 'd', 'e'], claim)).toBe(0);
  });

  it('a fragment of the quote without the speaker\'s name is found as verbatim', () => {
    const c = matcher.candidates('В конечном итоге министерство юстиции США никакого ответа не направило').find((x) => x.claimId === '2016-10-lavrov-doj-sent-no-answer');
    expect(c?.features.verbatim).toBe(1);
    expect(c!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('a sentence sharing only a short phrase with a claim is not verbatim', () => {
    const c = matcher.candidates('Lavrov said the United States is not interested in a dialogue on strategic stability').find((x) => x.claimId === '2016-10-ria-headline-us-not-interested');
    expect(c?.features.verbatim).toBe(0);
  });
});

describe('cyber- compounds', () => {
  it('"киберопераций" meets "операций в киберпространстве" and is named in why', () => {
    const m = matcher.matchText('Россия не проводит наступательных киберопераций', { top: 3 });
    const hit = m.find((x) => x.claimId === '2020-12-russian-embassy-no-offensive-cyber-operations');
    expect(hit).toBeDefined();
    expect(hit!.why.terms).toContain('киберопераций');
  });

  it('"cyber crime" in two words meets "cybercrime"', () => {
    const one = matcher.candidates('the United States was not interested in fighting cybercrime jointly with Russia')[0];
    const two = matcher.candidates('the United States was not interested in fighting cyber crime jointly with Russia')[0];
    expect(two.claimId).toBe(one.claimId);
    // The part meets at the lexicon's 0.8 of its weight: nearly the whole query still matches.
    expect(two.features.qc).toBeGreaterThan(0.9);
  });
});

describe('a person inside another person\'s title', () => {
  const entities = EntityIndex.build(db.actors, undefined, ROLES.nameForms(new Set(db.actors.map((a) => a.id))));
  const actorsOf = (text: string) => [...viewOf(stems(text), 'ru', entities).actors];

  it('"спецпредставителя президента РФ Андрея Крутских" involves Krutskikh, not Putin', () => {
    const actors = actorsOf('словам спецпредставителя президента РФ Андрея Крутских можно доверять');
    expect(actors).toContain('andrey-krutskikh');
    expect(actors).not.toContain('vladimir-putin');
    expect(actorsOf('президент РФ Владимир Путин предложил')).toContain('vladimir-putin');
  });

  it('a body after a title word still counts ("представитель Минюста США")', () => {
    expect(actorsOf('представитель Минюста США заявил')).toContain('us-doj');
  });

  it('the Putin–Xi agreement no longer agrees with Krutskikh\'s claim on an actor', () => {
    const c = matcher.candidates('Путин и Си Цзиньпин подписали соглашение о сотрудничестве в области международной информационной безопасности').find((x) => x.claimId === '2017-07-lavrov-krutskikh-can-be-trusted');
    expect(c?.features.actors ?? 0).toBe(0);
    expect(c?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });
});
