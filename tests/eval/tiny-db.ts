// A small claim database for unit tests of matching, independent of the
// bundled data (which other people edit): a few statements from the seed
// articles, their actors, and one curated contradiction.
import type { Claim, ClaimDatabase } from '../../lib/claims/schema';

const src = (outlet: string, date: string) => [{ outlet, title: 'test source', date }];

const claim = (c: Omit<Claim, 'sources' | 'numbers' | 'dates' | 'topics' | 'kind'> & Partial<Claim>): Claim => ({
  kind: 'direct-quote', sources: src('tass', c.date), numbers: [], dates: [], topics: [], ...c,
});

export const TINY_DB: ClaimDatabase = {
  version: 'tiny-1',
  events: [
    { id: 'geneva-2021', title: { ru: 'Женева', uk: 'Женева', en: 'Geneva' }, summary: { ru: 'с', uk: 'с', en: 's' }, dates: ['2021-06-16'] },
    { id: 'call-2021-07', title: { ru: 'Звонок', uk: 'Дзвінок', en: 'Call' }, summary: { ru: 'с', uk: 'с', en: 's' }, dates: ['2021-07-09'] },
    { id: 'lavrov-2016', title: { ru: 'Лавров', uk: 'Лавров', en: 'Lavrov' }, summary: { ru: 'с', uk: 'с', en: 's' }, dates: ['2016-10-09'] },
  ],
  actors: [
    { id: 'vladimir-putin', kind: 'person', names: { ru: ['Владимир Путин', 'Путин', 'Путина', 'Путину', 'Путиным'], uk: ['Володимир Путін', 'Путін', 'Путіна'], en: ['Vladimir Putin', 'Putin'] }, role: { ru: 'п', uk: 'п', en: 'p' } },
    { id: 'joe-biden', kind: 'person', names: { ru: ['Джо Байден', 'Байден', 'Байдена'], uk: ['Джо Байден', 'Байден', 'Байдена'], en: ['Joe Biden', 'Biden'] }, role: { ru: 'п', uk: 'п', en: 'p' } },
    { id: 'sergey-lavrov', kind: 'person', names: { ru: ['Сергей Лавров', 'Лавров', 'Лаврова'], uk: ['Сергій Лавров', 'Лавров', 'Лаврова'], en: ['Sergey Lavrov', 'Lavrov'] }, role: { ru: 'м', uk: 'м', en: 'm' } },
    { id: 'us-doj', kind: 'body', names: { ru: ['Минюст США', 'министерство юстиции США'], uk: ['Мін\'юст США', 'міністерство юстиції США'], en: ['US Justice Department', 'Justice Department', 'Department of Justice'] }, role: { ru: 'в', uk: 'в', en: 'd' } },
    { id: 'white-house', kind: 'body', names: { ru: ['Белый дом'], uk: ['Білий дім'], en: ['White House'] }, role: { ru: 'в', uk: 'в', en: 'd' } },
  ],
  claims: [
    claim({
      id: 'putin-80-requests', speaker: 'vladimir-putin', date: '2021-06-16', event: 'geneva-2021',
      quote: 'Напомнил Владимир Владимирович о 80 запросах о киберпреступлениях, направленных в Штаты и оставшихся без ответов, тогда как 12 запросов от Соединенных Штатов были полностью удовлетворены',
      quoteLang: 'ru', numbers: [{ value: 80, unit: 'requests' }, { value: 12, unit: 'requests' }],
      text: {
        ru: 'Россия направила в США 80 запросов о киберпреступлениях и не получила ответа, а 12 запросов США Россия полностью удовлетворила.',
        uk: 'Росія надіслала до США 80 запитів щодо кіберзлочинів і не отримала відповіді, а 12 запитів США Росія повністю задовольнила.',
        en: 'Russia sent the US 80 requests about cybercrimes and got no answer, while it fully satisfied 12 US requests.',
      },
    }),
    claim({
      id: 'putin-attacks-from-us', speaker: 'vladimir-putin', date: '2021-06-16', event: 'geneva-2021',
      quote: 'Россия сталкивается с такими же угрозами, в частности, на систему здравоохранения одного из крупных субъектов РФ, и мы, конечно же, видим, откуда происходят атаки, видим, что это работа координируется из киберпространства США',
      quoteLang: 'ru',
      text: {
        ru: 'Атаки на систему здравоохранения одного из крупных регионов России координировались из киберпространства США.',
        uk: 'Атаки на систему охорони здоров\'я одного з великих регіонів Росії координувалися з кіберпростору США.',
        en: 'Attacks on the health system of a large Russian region were coordinated from US cyberspace.',
      },
    }),
    claim({
      id: 'kremlin-no-requests', speaker: 'vladimir-putin', date: '2021-07-09', event: 'call-2021-07', kind: 'reported-statement',
      quote: 'за последний месяц по линии компетентных ведомств США не поступало обращений по этим вопросам', quoteLang: 'ru',
      text: {
        ru: 'За последний месяц от компетентных ведомств США не поступало обращений о кибератаках.',
        uk: 'За останній місяць від компетентних відомств США не надходило звернень щодо кібератак.',
        en: 'In the past month the competent US agencies sent no requests about the cyberattacks.',
      },
    }),
    claim({
      id: 'us-passed-information', speaker: 'white-house', date: '2021-07-09', event: 'call-2021-07', kind: 'reported-statement',
      quote: 'We have passed information to the Russians about the ransomware attacks', quoteLang: 'en',
      text: {
        ru: 'США передавали России информацию о кибератаках с вымогателями.',
        uk: 'США передавали Росії інформацію про кібератаки з вимагачами.',
        en: 'The US passed information about the ransomware attacks to Russia.',
      },
    }),
    claim({
      id: 'lavrov-doj-not-interested', speaker: 'sergey-lavrov', date: '2016-10-09', event: 'lavrov-2016',
      quote: 'министерство юстиции США никакого ответа не направило, а устно в ответ на наши "домогания" сказало, что оно не заинтересовано в этом',
      quoteLang: 'ru',
      text: {
        ru: 'Минюст США не ответил на предложение Генпрокуратуры России о консультациях по киберпреступности и устно сообщил, что не заинтересован в этом.',
        uk: 'Мін\'юст США не відповів на пропозицію Генпрокуратури Росії про консультації щодо кіберзлочинності й усно повідомив, що не зацікавлений у цьому.',
        en: 'The US Justice Department did not answer the Russian Prosecutor General\'s proposal of consultations on cybercrime and said orally that it was not interested.',
      },
    }),
  ],
  relations: [
    {
      from: 'us-passed-information', to: 'kremlin-no-requests', type: 'contradicts',
      explanation: { ru: 'США говорят, что передавали информацию; Кремль — что обращений не было.', uk: 'США кажуть, що передавали інформацію; Кремль — що звернень не було.', en: 'The US says it passed information; the Kremlin says no requests came.' },
    },
  ],
};
