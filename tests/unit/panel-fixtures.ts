// A tab state as the background stores it after reading an article with two
// matched sentences and one possible contradiction, for the panel tests.
import type { Match } from '../../lib/match';
import type { ClaimView } from '../../lib/service/claim-view';
import type { TabState } from '../../lib/service/tab-state';

const name = (en: string, ru: string, uk: string) => ({ en, ru, uk });

export function match(claimId: string, over: Partial<Match> = {}): Match {
  return {
    claimId,
    score: 0.9,
    speaker: { id: 'sergey-lavrov', name: name('Sergey Lavrov', 'Сергей Лавров', 'Сергій Лавров') },
    date: '2017-07-21',
    event: '2017-07-hamburg-cyber-security-unit',
    quote: 'Трамп ясно дал понять, что он заинтересован в обсуждении этого вопроса',
    quoteLang: 'ru',
    text: name('Lavrov said Trump made clear he was interested.', 'Лавров сказал, что Трамп заинтересован.', 'Лавров сказав, що Трамп зацікавлений.'),
    sources: [{ outlet: 'tass', title: 'Лавров: Трамп подтвердил…', date: '2017-07-21', url: 'https://tass.ru/politika/4430563' }],
    why: { names: ['Donald Trump'], numbers: [], terms: ['заинтересован', 'вопроса'] },
    ...over,
  };
}

export const opposing: ClaimView = {
  claimId: 'trump-cant-happen',
  speaker: { id: 'donald-trump', name: name('Donald Trump', 'Дональд Трамп', 'Дональд Трамп') },
  date: '2017-07-09',
  event: '2017-07-hamburg-cyber-security-unit',
  kind: 'direct-quote',
  quote: "The fact that President Putin and I discussed a Cyber Security unit doesn't mean I think it can happen.",
  quoteLang: 'en',
  text: name('Trump said the unit cannot happen.', 'Трамп написал, что подразделение невозможно.', 'Трамп написав, що підрозділ неможливий.'),
  sources: [{ outlet: 'Twitter (@realDonaldTrump)', title: 'Tweet', date: '2017-07-09' }],
};

export function doneState(): TabState {
  return {
    tabId: 7,
    url: 'https://tass.ru/politika/4430563',
    status: 'done',
    outletId: 'tass',
    article: {
      url: 'https://tass.ru/politika/4430563', title: 'Лавров: Трамп подтвердил Путину заинтересованность', lang: 'ru',
      published: { iso: '2017-07-21T16:48:00+03:00', source: 'json-ld' }, datesDisagree: false, sentenceCount: 12,
    },
    findings: {
      onTopic: true,
      events: ['2017-07-hamburg-cyber-security-unit'],
      // Deliberately out of reading order: the panel sorts.
      matches: [
        { sentence: 'Трамп ясно дал понять, что он заинтересован в обсуждении этого вопроса.', start: 900, end: 970, claims: [match('lavrov-trump-interested'), match('lavrov-open-cyberspace', { score: 0.7 })] },
        { sentence: 'Лавров заявил, что Трамп подтвердил заинтересованность.', start: 100, end: 160, claims: [match('lavrov-trump-confirmed', { date: '2017-07-21' })] },
      ],
      contradictions: [
        {
          sentence: 'Трамп ясно дал понять, что он заинтересован в обсуждении этого вопроса.', start: 900, end: 970,
          claimId: 'lavrov-trump-interested', against: 'trump-cant-happen', kind: 'curated',
          explanation: name('Lavrov says Trump is interested; Trump tweeted the unit can’t happen.', 'Лавров говорит одно, Трамп другое.', 'Лавров каже одне, Трамп інше.'),
        },
      ],
    },
    opposing: { 'trump-cant-happen': opposing },
    events: { '2017-07-hamburg-cyber-security-unit': { title: name('Hamburg meeting', 'Встреча в Гамбурге', 'Зустріч у Гамбурзі'), date: '2017-07-07' } },
    updatedAt: 1,
  };
}
