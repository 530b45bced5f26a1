// Polarity and where the negation sits (lib/match/polarity.ts, ninth pass). A concept of the polarity lexicon
// stated with and without negation is a possible contradiction, unless the text whose word is not negated
// negates a neighbour ("received no requests" / "did not receive requests": one fact). Any other shared word
// negated on one side only (negationConflict, tenth pass) counts only when the other side says "no" nowhere:
// without that guard it flagged 10 of 558 restatements ("rejected any role" for "no role").
import { describe, expect, it } from 'vitest';
import { negationConflict, polarityConflict } from '../../lib/match/polarity';
import { analyze } from '../../lib/text/analyze';
import { Matcher } from '../../lib/match';
import { bundledDb } from '../eval/data';

const conflict = (a: string, b: string, lang: 'ru' | 'uk' | 'en') => polarityConflict(analyze(a, lang), analyze(b, lang));

describe('polarity of the lexicon concepts', () => {
  it('a concept stated with and without negation is a conflict, in either order', () => {
    expect(conflict('Russia did not receive requests from the United States', 'Russia received requests from the United States', 'en')).toMatchObject({ concept: 'transfer', a: { sign: -1 }, b: { sign: 1 } });
    expect(conflict('Россия получала запросы из США', 'Россия не получала запросов из США', 'ru')).toMatchObject({ concept: 'transfer', a: { sign: 1 }, b: { sign: -1 } });
  });

  it('is no conflict when the other text negates a neighbouring word (the same negation placed elsewhere)', () => {
    expect(conflict('Russia received no requests from the United States', 'Russia did not receive requests from the United States', 'en')).toBeUndefined();
    expect(conflict('Россия так и не получила запросы от США', 'Россия получила запросы от США', 'ru')).toBeDefined();
    expect(conflict('Россия получила ни одного запроса от США', 'Россия не получала запросов от США', 'ru')).toBeUndefined();
  });

  it('"no longer", "больше не", "вже не" before any verb states that it stopped: a conflict with "continue"', () => {
    expect(conflict('Москва и Вашингтон больше не обсуждают создание рабочей группы', 'Москва и Вашингтон продолжают обсуждать создание рабочей группы', 'ru')).toMatchObject({ concept: 'continue' });
    expect(conflict('Москва і Вашингтон вже не обговорюють створення робочої групи', 'Москва і Вашингтон продовжують обговорювати створення робочої групи', 'uk')).toMatchObject({ concept: 'continue' });
    expect(conflict('Moscow and Washington no longer discuss a joint working group', 'Moscow and Washington continue to discuss a joint working group', 'en')).toMatchObject({ concept: 'continue' });
    // A plain negation says nothing of before and after.
    expect(conflict('Москва и Вашингтон не обсуждают создание рабочей группы', 'Москва и Вашингтон продолжают обсуждать создание рабочей группы', 'ru')).toBeUndefined();
  });

  it('"once" against "repeatedly" (how often an act was done) is a conflict; leaving it out is not', () => {
    const claim = 'Тиллерсон сказал, что Трамп неоднократно поднимал тему вмешательства';
    expect(conflict('Тиллерсон сказал, что Трамп лишь однажды поднял тему вмешательства', claim, 'ru')).toMatchObject({ concept: 'often' });
    expect(conflict('Тиллерсон сказал, что Трамп поднимал тему вмешательства', claim, 'ru')).toBeUndefined();
    expect(conflict('Tillerson said Trump raised the meddling only once', 'Tillerson said Trump repeatedly raised the meddling', 'en')).toMatchObject({ concept: 'often' });
  });

  it('negating a word outside the lexicon is not compared', () => {
    expect(conflict('Peskov did not rule out a new meeting of the presidents', 'Peskov ruled out a new meeting of the presidents', 'en')).toBeUndefined();
  });
});

const negation = (a: string, b: string, lang: 'ru' | 'uk' | 'en') => negationConflict(analyze(a, lang), analyze(b, lang));

describe('a shared word negated on one side only', () => {
  it('is a conflict when the other side says "no" nowhere, in either order', () => {
    expect(negation('Байден заявил, что США не считают российское правительство причастным к атаке', 'Байден заявил, что США считают российское правительство причастным к атаке', 'ru')).toMatchObject({ a: { sign: -1 }, b: { sign: 1 } });
    // The shared word may itself be a denial (eleventh pass): "denied" against "did not deny" is a conflict;
    // only a denial elsewhere on the plain side stops the check.
    expect(negation('Тіллерсон сказав, що Путін заперечував причетність Росії', 'Тіллерсон сказав, що Путін не заперечував причетність Росії', 'uk')).toMatchObject({ a: { sign: 1 }, b: { sign: -1 } });
    expect(negation('Тіллерсон сказав, що Путін заперечував причетність Росії і відкинув докази', 'Тіллерсон сказав, що Путін не заперечував причетність Росії', 'uk')).toBeUndefined();
    expect(negation('The SBU said Russian services were behind the NotPetya attack', 'The SBU said Russian services were not behind the NotPetya attack', 'en')).toBeDefined();
  });

  it('a negated auxiliary ("не стал", "не став") or future ("не будет", "не буде") negates the verb after it', () => {
    expect(negation('Тіллерсон розповів, що Путін не став заперечувати причетність Росії', 'За словами Тіллерсона, Путін заперечував причетність Росії', 'uk')).toMatchObject({ a: { sign: -1 }, b: { sign: 1 } });
    expect(negation('Путин не стал отрицать причастность России', 'Путин отрицал причастность России', 'ru')).toBeDefined();
    expect(analyze('Россия показывает, что не будет соблюдать нормы', 'ru').terms.filter((t) => t.negated).map((t) => t.stem)).toEqual(['соблюда']);
    expect(analyze('Україна не буде відповідати на це', 'uk').terms.filter((t) => t.negated).length).toBe(1);
    // A future copula before a noun or at the end keeps its negation for the words before ("ответа не будет").
    expect(analyze('Ответа не будет.', 'ru').terms.map((t) => t.negated)).toEqual([true]);
  });

  it('is no conflict when the plain side denies in its own words, or the word is part of a date or a name', () => {
    // "rejected", "waiting", "an end to": a denial without "not".
    expect(negation('Naryshkin rejected any SVR role in the hack', 'Naryshkin said the SVR had no role in the hack', 'en')).toBeUndefined();
    expect(negation('Moscow is still waiting for a US reply to the offer', 'Russia has had no reply to the offer', 'en')).toBeUndefined();
    expect(negation('the speculation about meddling would come to an end', 'there will be no more speculation about meddling', 'en')).toBeUndefined();
    // "в октябре ответа не было": the copula carries the negation back over the month.
    expect(negation('в октябре американцы назвали предложение интересным', 'в октябре ответа не было', 'ru')).toBeUndefined();
  });

  it('is no conflict when the negated side also states the word plainly', () => {
    expect(negation('Russia sent requests, and the US did not answer the requests', 'Russia sent requests to the US', 'en')).toBeUndefined();
  });
});

describe('a lexicon conflict whose asserting side also denies', () => {
  it('is not reported ("rejected any role, though he admitted…" against "denying")', () => {
    expect(conflict('Naryshkin rejected any SVR role, though he admitted the assessment flattered him', 'Naryshkin denied any role', 'en')).toBeUndefined();
    expect(conflict('Moscow is still waiting for a reply from Washington', 'Moscow got no reply from Washington', 'en')).toBeUndefined();
    expect(conflict('Naryshkin admitted an SVR role', 'Naryshkin denied any SVR role', 'en')).toBeDefined();
  });
});

describe('opposite acts and degrees, and negating prefixes (tenth pass)', () => {
  it('a negating prefix negates the root ("unfriendly" against "friendly", "недружественные" against "дружественные")', () => {
    expect(negation('Putin called the outgoing administration\'s steps friendly', 'Putin called the outgoing administration\'s steps unfriendly', 'en')).toBeDefined();
    expect(negation('Путин назвал шаги администрации дружественными', 'Путин назвал шаги администрации недружественными', 'ru')).toBeDefined();
    // Both sides negate: "не вмешивалось" and "невмешательство" say one thing.
    expect(negation('Путин заверил, что российское руководство не вмешивалось в выборы', 'Путин заверил в невмешательстве российского руководства в выборы', 'ru')).toBeUndefined();
  });

  it('a word negated by its prefix just before the shared word denies it ("о непричастности Москвы к вмешательству")', () => {
    // Thirteenth pass: a blind set's faithful restatement of "заверения о невмешательстве" was flagged.
    expect(negation('Лавров сказал, что Трамп услышал заверения Путина о непричастности Москвы к вмешательству в выборы', 'Лавров сказал, что Трамп услышал заверения Путина о невмешательстве в выборы', 'ru')).toBeUndefined();
    expect(negation('Лавров сказал, что Трамп принял заверения о невмешательстве в выборы', 'Лавров сказал, что Трамп принял заверения о вмешательстве в выборы', 'ru')).toBeDefined();
    // "де-"/"in-"/"dis-" begin words of their own: "детальные заверения" deny nothing.
    expect(negation('Лавров сказал, что Трамп принял заверения о невмешательстве в выборы', 'Лавров сказал, что Трамп принял детальные заверения о вмешательстве в выборы', 'ru')).toBeDefined();
  });

  it('opposite acts of the lexicon: continued / abandoned, held / cancelled, imposed / lifted, accepts / rejected', () => {
    expect(conflict('The presidents abandoned the dialogue on cybercrime', 'The presidents continued the dialogue on cybercrime', 'en')).toMatchObject({ concept: 'continue' });
    expect(conflict('Держдеп повідомив про скасування третього кібердіалогу', 'Держдеп повідомив, що США та Україна провели третій кібердіалог', 'uk')).toMatchObject({ concept: 'hold' });
    expect(conflict('The Treasury lifted sanctions on 16 entities', 'The Treasury imposed sanctions on 16 entities', 'en')).toMatchObject({ concept: 'impose' });
    expect(conflict('Трамп отверг заверения Путина', 'Трамп слышал заверения Путина и принимает их', 'ru')).toMatchObject({ concept: 'agree' });
  });

  it('is no conflict when the side that asserts the act denies it in other words', () => {
    // "заперечив причетність" states the involvement only to deny it.
    expect(conflict('Наришкін сказав, що служба до цього не причетна', 'Наришкін заперечив причетність СЗР до зламу', 'uk')).toBeUndefined();
  });
});

describe('negation scope at a copula', () => {
  const negated = (t: string, lang: 'ru' | 'uk' | 'en') => analyze(t, lang).terms.filter((x) => x.negated).map((x) => x.stem);
  it('with no word before it, a negation passes over the copula to the word after ("none of which were answered")', () => {
    expect(negated('45 inquiries in 2020, none of which were answered', 'en')).toEqual(['answer']);
    expect(conflict('Moscow sent 45 inquiries, none of which were answered', 'Russia sent 45 requests and received no answer', 'en')).toBeUndefined();
  });
  it('but not across a comma ("якою б вона не була, прийме")', () => {
    expect(negated('адміністрація США, якою б вона не була, прийме запрошення', 'uk')).toEqual([]);
  });
  it('"rather than" denies without "not"', () => {
    expect(negation('Putin said the US was a mighty nation rather than a banana republic', 'Putin said America is not some banana republic', 'en')).toBeUndefined();
  });

  // Sixteenth pass: two restatements of blind sets dev15 and dev16 were shown with a possible-contradiction note.
  it('a negation inside a comparison ("no … more … than") states a degree, not a denial', () => {
    const claim = 'The prosecutor said these officers carried out the most destructive series of attacks ever attributed to a single country';
    expect(negation('No country has ever carried out a more destructive series of attacks than these officers, the prosecutor said', claim, 'en')).toBeUndefined();
    expect(negation('No country has carried out these attacks, the prosecutor said', 'The prosecutor said a single country carried out these attacks', 'en')).toBeDefined();
    expect(negation('Ни одна страна не проводила более разрушительных атак, чем эти офицеры, заявил прокурор', 'Прокурор заявил, что эти офицеры провели самые разрушительные атаки, приписанные одной стране', 'ru')).toBeUndefined();
    expect(negation('Ни одна страна не проводила этих атак, заявил прокурор', 'Прокурор заявил, что эти атаки провела одна страна', 'ru')).toBeDefined();
  });
  it('a conceded word ("whatever its success") is not asserted, so it cannot contradict its negation', () => {
    const claim = 'Slutsky said he saw the summit not as a success but as a step toward detente';
    expect(negation('Whatever its success, the summit was a step toward detente, Slutsky said', claim, 'en')).toBeUndefined();
    expect(negation('Slutsky called the summit a success and a step toward detente', claim, 'en')).toBeDefined();
  });
  it('an equative after the negation ("no country … as recklessly as Russia") is a superlative too', () => {
    const claim = 'The official said Russia used its hackers more recklessly than any other country';
    expect(negation('No country has used its hackers as recklessly as Russia, the official said', claim, 'en')).toBeUndefined();
    expect(negation('No country has used its hackers, the official said', claim, 'en')).toBeDefined();
  });
  it('a count of zero denies what it counts: "zero requests" is "no requests"', () => {
    expect(negation('Washington sent zero requests about the hacking, the Kremlin said', 'The Kremlin said Washington sent no requests about the hacking', 'en')).toBeUndefined();
    expect(negation('Washington sent zero requests about the hacking, the Kremlin said', 'The Kremlin said Washington sent requests about the hacking', 'en')).toBeDefined();
  });
  it('two words of one lexicon concept are one fact: "no meddling" against "interference"', () => {
    expect(negation('The agencies said there was no meddling in the election', 'The agencies said there was interference in the election', 'en')).toBeDefined();
    expect(negation('The agencies said there was no meddling in the election', 'The agencies said there was no interference in the election', 'en')).toBeUndefined();
  });
});

describe('the explanation quotes the words that carry the difference', () => {
  // The bundled database: Krutskikh said on 20 July 2017 that the talks on a cyber working group continue.
  const matcher = Matcher.build(bundledDb());
  it('"no longer" and "більше не" are quoted with the verb they stop', () => {
    const [en] = matcher.matchText('Krutskikh told reporters on July 20, 2017 that Russia and the United States no longer negotiate on a cyber security working group.');
    expect(en.claimId).toBe('2017-07-krutskikh-working-group-talks-continue');
    expect(en.differs?.explanation.en).toMatch(/the text says "no longer negotiate"/);
    const [uk] = matcher.matchText('Андрій Крутських сказав журналістам 20 липня 2017 року, що Росія і США більше не обговорюють створення робочої групи з кібербезпеки.');
    expect(uk.differs?.explanation.uk).toMatch(/у тексті — «більше не обговорюють»/);
  });
});

