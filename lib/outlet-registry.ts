// The outlet registry as data: the 40 news sites Sverka reads by itself (issue 10).
// Each ownership line is a fact taken from the source named next to it, with the
// year the source speaks of where ownership has changed since; an outlet whose
// ownership no source at hand confirmed has no `ownership` at all (the panel says
// so) rather than a guess. docs/outlets.md lists the sources and how to add one.
// Validated by tests/unit/outlets.test.ts (ids, hosts, https sources, three languages).

import type { Lang } from './types/lang';

/** A text in the three interface languages. */
export interface Tri {
  ru: string;
  uk: string;
  en: string;
}

/** Ownership as a sourced fact: the wording shown in the panel and where it comes from. */
export interface Ownership {
  text: Tri;
  /** The page the fact is taken from: its title (with publisher and year) and an https URL. */
  source: { title: string; url: string };
}

export interface OutletRecord {
  /** Stable id, referenced by claim sources in assets/claims. */
  id: string;
  name: Tri;
  /** Registrable hosts; subdomains (www., en., m.) match too. */
  hosts: string[];
  /** Path prefixes when only a section of the hosts is this outlet (BBC Russian is bbc.com/russian/…). */
  paths?: string[];
  /** ISO 3166-1 alpha-2 country of registration. */
  country: string;
  languages: Lang[];
  /** Absent when no source confirmed it: never guessed. */
  ownership?: Ownership;
}

const own = (ru: string, uk: string, en: string, title: string, url: string): Ownership => ({ text: { ru, uk, en }, source: { title, url } });
const same = (name: string): Tri => ({ ru: name, uk: name, en: name });

const WIKI_1PLUS1 = ['1+1 Media Group — Wikipedia', 'https://en.wikipedia.org/wiki/1%2B1_Media_Group'] as const;
const RAMBLER = ['Rambler Media Group — State Media Monitor, 2023', 'https://statemediamonitor.com/2023/10/rambler-media-group/'] as const;
const BBC_WS = ['How BBC World Service is run and funded — BBC News', 'https://www.bbc.com/news/world-radio-and-tv-12760872'] as const;
const DRAGON = ['Dragon Capital buys Ukrainska Pravda — Kyiv Post, 2021', 'https://archive.kyivpost.com/business/dragon-capital-buys-ukrainska-pravda.html'] as const;
/** BBC Russian and BBC Ukrainian: the same fact, naming the service. */
const bbcWs = (service: Tri): Ownership =>
  own(
    `${service.ru} — часть BBC World Service (BBC, Великобритания); World Service финансировался правительственным грантом через МИД Великобритании, с 2014/15 года — из абонентской платы BBC`,
    `${service.uk} — частина BBC World Service (BBC, Велика Британія); World Service фінансувався урядовим грантом через МЗС Великої Британії, з 2014/15 року — з абонентської плати BBC`,
    `${service.en} is part of BBC World Service (the BBC, UK); World Service was funded by a UK government grant through the Foreign Office, and from the BBC licence fee from 2014/15`,
    ...BBC_WS,
  );

export const OUTLET_RECORDS: readonly OutletRecord[] = [
  {
    id: 'tass', name: { ru: 'ТАСС', uk: 'ТАСС', en: 'TASS' }, hosts: ['tass.ru', 'tass.com'], country: 'RU', languages: ['ru', 'en'],
    ownership: own('государственное информационное агентство: ФГУП, принадлежащее правительству России', 'державне інформаційне агентство: ФДУП, що належить уряду Росії', 'state-owned news agency: a federal state unitary enterprise owned by the government of Russia', 'TASS — Wikipedia', 'https://en.wikipedia.org/wiki/TASS'),
  },
  {
    id: 'ria', name: { ru: 'РИА Новости', uk: 'РІА Новини', en: 'RIA Novosti' }, hosts: ['ria.ru'], country: 'RU', languages: ['ru'],
    ownership: own('входит в медиагруппу «Россия сегодня», которой владеет и управляет правительство России', 'входить до медіагрупи «Россия сегодня», якою володіє та керує уряд Росії', 'part of Rossiya Segodnya, a media group owned and operated by the Russian government', 'Rossiya Segodnya — Wikipedia', 'https://en.wikipedia.org/wiki/Rossiya_Segodnya'),
  },
  { id: 'rbc-ua', name: { ru: 'РБК-Украина', uk: 'РБК-Україна', en: 'RBC-Ukraine' }, hosts: ['rbc.ua'], country: 'UA', languages: ['ru', 'uk', 'en'] },
  {
    id: 'lenta-ua', name: same('Lenta.UA'), hosts: ['lenta.ua'], country: 'UA', languages: ['ru', 'uk'],
    ownership: own('запущен в 2019 году Уриэлем Штерном и Виктором Зубанюком; права на домен lenta.ua получил Зубанюк как частный предприниматель', 'запущений у 2019 році Уріелем Штерном і Віктором Зубанюком; права на домен lenta.ua отримав Зубанюк як фізична особа-підприємець', 'launched in 2019 by Uriel Shtern and Viktor Zubaniuk; Zubaniuk received the rights to the lenta.ua domain as a private entrepreneur', 'Press-conference report, 25 February 2019 — Interfax-Ukraine', 'https://en.interfax.com.ua/news/press-conference/568442.html'),
  },
  {
    id: 'interfax', name: { ru: 'Интерфакс', uk: 'Інтерфакс', en: 'Interfax' }, hosts: ['interfax.ru', 'interfax.com'], country: 'RU', languages: ['ru', 'en'],
    ownership: own('частная компания её основателя и главы Михаила Комиссара (по данным 2005 года)', 'приватна компанія її засновника й очільника Михайла Комісара (за даними 2005 року)', 'private company of its founder and head, Mikhail Komissar (as reported in 2005)', "'Ten of our journalists have been killed in 15 years' — The Guardian, 2005", 'https://www.theguardian.com/business/2005/jan/12/media.russia'),
  },
  {
    id: 'interfax-ua', name: { ru: 'Интерфакс-Украина', uk: 'Інтерфакс-Україна', en: 'Interfax-Ukraine' }, hosts: ['interfax.com.ua'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('украинское агентство; владелец — Андрей Мартыненко; принадлежность к российской группе «Интерфакс» агентство отрицает', 'українська агенція; власник — Андрій Мартиненко; належність до російської групи «Інтерфакс» агенція заперечує', 'Ukrainian agency owned by Andriy Martynenko; it denies belonging to the Russian Interfax group', 'Interfax-Ukraine — Wikipedia', 'https://en.wikipedia.org/wiki/Interfax-Ukraine'),
  },
  {
    id: 'kommersant', name: { ru: 'Коммерсантъ', uk: 'Коммерсантъ', en: 'Kommersant' }, hosts: ['kommersant.ru'], country: 'RU', languages: ['ru'],
    ownership: own('издательский дом принадлежит Алишеру Усманову (с 2006 года)', 'видавничий дім належить Алішеру Усманову (з 2006 року)', 'the publishing house is owned by Alisher Usmanov (since 2006)', 'From Russia with steel, oligarch Usmanov arrives at the Emirates — The Independent, 2007', 'https://www.independent.co.uk/sport/football/premier-league/from-russia-with-steel-oligarch-usmanov-arrives-at-the-emirates-463638.html'),
  },
  {
    id: 'rt', name: same('RT'), hosts: ['rt.com'], country: 'RU', languages: ['ru', 'en'],
    ownership: own('финансируется российским государством (по заключению британского регулятора Ofcom, 2022)', 'фінансується російською державою (за висновком британського регулятора Ofcom, 2022)', 'funded by the Russian state (as the UK regulator Ofcom found in 2022)', "Kremlin says UK decision to revoke RT's broadcast license is 'madness' — Reuters in the National Post, 2022", 'https://nationalpost.com/pmn/news-pmn/kremlin-says-uk-decision-to-revoke-rts-broadcast-license-is-madness'),
  },
  {
    id: 'unian', name: { ru: 'УНИАН', uk: 'УНІАН', en: 'UNIAN' }, hosts: ['unian.net', 'unian.ua', 'unian.info'], country: 'UA', languages: ['ru', 'uk', 'en'],
    ownership: own('входит в «1+1 Медиа», в которой у Игоря Коломойского финансовые интересы', 'входить до «1+1 Медіа», в якій Ігор Коломойський має фінансові інтереси', 'part of 1+1 Media Group, in which Ihor Kolomoyskyi has financial interests', ...WIKI_1PLUS1),
  },
  {
    id: 'pravda-ua', name: { ru: 'Украинская правда', uk: 'Українська правда', en: 'Ukrainska Pravda' }, hosts: ['pravda.com.ua', 'epravda.com.ua'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('куплена инвестиционной компанией Dragon Capital (Томаш Фиала) в 2021 году', 'куплена інвестиційною компанією Dragon Capital (Томаш Фіала) у 2021 році', 'bought by the investment firm Dragon Capital (Tomáš Fiala) in 2021', ...DRAGON),
  },
  {
    id: 'ukrinform', name: { ru: 'Укринформ', uk: 'Укрінформ', en: 'Ukrinform' }, hosts: ['ukrinform.ua', 'ukrinform.ru', 'ukrinform.net'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('национальное агентство, часть государственной системы иновещания Украины; гендиректора назначает Министерство культуры', 'національна агенція, частина державної системи іномовлення України; гендиректора призначає Міністерство культури', "national agency, part of Ukraine's state foreign broadcasting system; its director general is appointed by the Ministry of Culture", 'Минкультуры назначило Череватого гендиректором «Укринформа» — Interfax-Ukraine, 2024', 'https://en.interfax.com.ua/news/general/989018.html'),
  },
  {
    id: 'reuters', name: same('Reuters'), hosts: ['reuters.com'], country: 'GB', languages: ['en'],
    ownership: own('часть Thomson Reuters; её директоров обязывают Принципы доверия Reuters (независимость, свобода от предвзятости)', 'частина Thomson Reuters; її директорів зобов’язують Принципи довіри Reuters (незалежність, свобода від упередженості)', "part of Thomson Reuters, whose directors are bound by the Reuters Trust Principles (independence, freedom from bias)", 'Reuters Trust Principles — Reuters', 'https://agency.reuters.com/en/about-us/trust-principles.html'),
  },
  {
    id: 'ap', name: same('Associated Press'), hosts: ['apnews.com', 'hosted.ap.org'], country: 'US', languages: ['en'],
    ownership: own('некоммерческий кооператив, которым владеют газеты США — члены AP', 'некомерційний кооператив, яким володіють газети США — члени AP', 'not-for-profit cooperative owned by its member U.S. daily newspapers', 'FAQs — The Associated Press', 'https://ap.org/company/FAQs'),
  },
  {
    id: 'meduza', name: { ru: 'Медуза', uk: 'Медуза', en: 'Meduza' }, hosts: ['meduza.io'], country: 'LV', languages: ['ru', 'en'],
    ownership: own('владелец — Галина Тимченко; редакция в Риге (Латвия)', 'власниця — Галина Тимченко; редакція в Ризі (Латвія)', 'owned by Galina Timchenko; based in Riga, Latvia', 'Meduza — Wikipedia', 'https://en.m.wikipedia.org/wiki/Meduza'),
  },
  {
    id: 'novaya-gazeta', name: { ru: 'Новая газета', uk: 'Нова газета', en: 'Novaya Gazeta' }, hosts: ['novayagazeta.ru'], country: 'RU', languages: ['ru'],
    ownership: own('51% — у сотрудников редакции, 39% — у Александра Лебедева, 10% — у Михаила Горбачёва (с 2006 года)', '51% — у працівників редакції, 39% — в Олександра Лебедєва, 10% — у Михайла Горбачова (з 2006 року)', '51% held by its staff, 39% by Alexander Lebedev, 10% by Mikhail Gorbachev (from 2006)', 'Gorbachev invests in major paper — BBC News, 2006', 'https://news.bbc.co.uk/2/hi/europe/5059124.stm'),
  },
  {
    id: 'novaya-gazeta-europe', name: { ru: 'Новая газета Европа', uk: 'Нова газета Європа', en: 'Novaya Gazeta Europe' }, hosts: ['novayagazeta.eu'], country: 'LV', languages: ['ru', 'en'],
    ownership: own('основана сотрудниками «Новой газеты», уехавшими из России, как отдельный от неё проект, в том числе юридически (по словам самого издания, 2022); владельцев источник не называет', 'заснована співробітниками «Нової газети», які виїхали з Росії, як окремий від неї проєкт, зокрема юридично (за словами самого видання, 2022); власників джерело не називає', "founded by the Novaya Gazeta staff who left Russia, as a project separate from Novaya Gazeta, legally too (the outlet's own words, 2022); the source does not name its owners", "Moscow court finds Novaya Gazeta's registration certificate invalid — Novaya Gazeta Europe, 2022", 'https://novayagazeta.eu/articles/2022/09/05/moscow-court-finds-novaya-gazetas-print-licence-invalid-news'),
  },
  {
    id: 'gazeta-ru', name: same('Газета.Ru'), hosts: ['gazeta.ru'], country: 'RU', languages: ['ru'],
    ownership: own('входит в Rambler Media Group; с 2020 года её единственный владелец — государственный Сбербанк', 'входить до Rambler Media Group; з 2020 року її єдиний власник — державний Сбербанк', 'part of Rambler Media Group, solely owned by the state-owned Sberbank since 2020', 'Gazeta.Ru — Wikipedia', 'https://en.wikipedia.org/wiki/Gazeta.Ru'),
  },
  {
    id: 'rbc', name: { ru: 'РБК', uk: 'РБК', en: 'RBC' }, hosts: ['rbc.ru'], country: 'RU', languages: ['ru'],
    ownership: own('65% купила в июне 2017 года у Михаила Прохорова группа ЕСН бизнесмена Григория Березкина', '65% купила в червні 2017 року в Михайла Прохорова група ЕСН бізнесмена Григорія Берёзкіна', '65% bought from Mikhail Prokhorov in June 2017 by ESN, the group of businessman Grigory Berezkin', 'Новый владелец РБК говорит, что эта группа может по-прежнему допекать Кремль — Financial Times via Inopressa, 2017', 'https://www.inopressa.ru/article/30Jun2017/ft/rbc.html'),
  },
  {
    id: 'vedomosti', name: { ru: 'Ведомости', uk: 'Ведомости', en: 'Vedomosti' }, hosts: ['vedomosti.ru'], country: 'RU', languages: ['ru'],
    ownership: own('в 2020 году продана компании «Сапорт»; единственный новый владелец — Иван Ерёмин', 'у 2020 році продана компанії «Сапорт»; єдиний новий власник — Іван Єрьомін', 'sold in 2020 to the company Sapport; Ivan Yeremin is the sole new owner', 'Sale of top Russian business newspaper Vedomosti complete — Meduza, 2020', 'https://meduza.io/en/news/2020/05/29/sale-of-top-russian-business-newspaper-vedomosti-complete'),
  },
  {
    id: 'bbc-russian', name: { ru: 'Би-би-си (Русская служба)', uk: 'Бі-бі-сі (Російська служба)', en: 'BBC Russian' }, hosts: ['bbc.com'], paths: ['/russian'], country: 'GB', languages: ['ru'],
    ownership: bbcWs({ ru: 'Русская служба Би-би-си', uk: 'Російська служба Бі-бі-сі', en: 'BBC Russian' }),
  },
  {
    id: 'bbc-ukrainian', name: { ru: 'Би-би-си (Украинская служба)', uk: 'Бі-бі-сі (Українська служба)', en: 'BBC Ukrainian' }, hosts: ['bbc.com'], paths: ['/ukrainian'], country: 'GB', languages: ['uk'],
    ownership: bbcWs({ ru: 'Украинская служба Би-би-си', uk: 'Українська служба Бі-бі-сі', en: 'BBC Ukrainian' }),
  },
  {
    id: 'rferl', name: { ru: 'Радио Свобода', uk: 'Радіо Свобода', en: 'Radio Free Europe/Radio Liberty' }, hosts: ['svoboda.org', 'radiosvoboda.org', 'rferl.org'], country: 'US', languages: ['ru', 'uk', 'en'],
    ownership: own('финансируется Конгрессом США через грант Агентства США по глобальным медиа (USAGM)', 'фінансується Конгресом США через грант Агентства США з глобальних медіа (USAGM)', 'funded by the U.S. Congress through a grant from the U.S. Agency for Global Media (USAGM)', 'FAQ — RFE/RL', 'https://about.rferl.org/faq/'),
  },
  {
    id: 'dw', name: { ru: 'Deutsche Welle', uk: 'Deutsche Welle', en: 'DW' }, hosts: ['dw.com'], paths: ['/ru', '/uk'], country: 'DE', languages: ['ru', 'uk'],
    ownership: own('вещатель по федеральному закону Германии, финансируется из налоговых поступлений', 'мовник за федеральним законом Німеччини, фінансується з податкових надходжень', "Germany's broadcaster under federal law, funded from tax revenues", 'Who finances Deutsche Welle? — DW', 'https://www.dw.com/en/who-finances-deutsche-welle/a-36767785'),
  },
  {
    id: 'suspilne', name: { ru: 'Суспильне', uk: 'Суспільне', en: 'Suspilne' }, hosts: ['suspilne.media'], country: 'UA', languages: ['uk'],
    ownership: own('общественный вещатель Украины: акционерное общество, полностью принадлежащее государству', 'суспільний мовник України: акціонерне товариство, що повністю належить державі', "Ukraine's public broadcaster: a joint-stock company wholly owned by the state", 'Public Broadcasting Company of Ukraine (Suspilne) — State Media Monitor, 2025', 'https://statemediamonitor.com/2025/08/national-public-broadcasting-company-of-ukraine-uapbc'),
  },
  {
    id: 'hromadske', name: { ru: 'Громадське', uk: 'Громадське', en: 'Hromadske' }, hosts: ['hromadske.ua'], country: 'UA', languages: ['uk', 'en'],
    ownership: own('независимое онлайн-издание, зарегистрировано как общественная организация', 'незалежне онлайн-медіа, зареєстроване як громадська організація', 'independent online outlet registered as an NGO', 'Hromadske — Wikipedia', 'https://en.wikipedia.org/wiki/Hromadske'),
  },
  {
    id: 'kyiv-independent', name: same('The Kyiv Independent'), hosts: ['kyivindependent.com'], country: 'UA', languages: ['en', 'uk'],
    ownership: own('основано журналистами, уволенными из Kyiv Post; по уставным принципам всегда хотя бы частично принадлежит своим журналистам', 'засноване журналістами, звільненими з Kyiv Post; за своїми принципами завжди хоча б частково належить своїм журналістам', 'founded by journalists fired from the Kyiv Post; by its stated principles always at least partly owned by its journalists', 'About — The Kyiv Independent', 'https://kyivindependent.com/about'),
  },
  {
    id: 'izvestia', name: { ru: 'Известия', uk: 'Известия', en: 'Izvestia' }, hosts: ['iz.ru'], country: 'RU', languages: ['ru'],
    ownership: own('издаётся «Национальной Медиа Группой» (НМГ)', 'видається «Національною медіагрупою» (НМГ)', 'published by National Media Group (NMG)', 'National Media Group — State Media Monitor, 2024', 'https://statemediamonitor.com/2024/09/national-media-group'),
  },
  {
    id: 'rg', name: { ru: 'Российская газета', uk: 'Российская газета', en: 'Rossiyskaya Gazeta' }, hosts: ['rg.ru'], country: 'RU', languages: ['ru'],
    ownership: own('издаётся правительством России, которому принадлежит полностью', 'видається урядом Росії, якому належить повністю', 'published by the Government of Russia, which owns it outright', 'Rossiyskaya Gazeta — Wikipedia', 'https://en.wikipedia.org/wiki/Rossiyskaya_Gazeta'),
  },
  {
    id: 'lenta-ru', name: { ru: 'Лента.ру', uk: 'Лента.ру', en: 'Lenta.ru' }, hosts: ['lenta.ru'], country: 'RU', languages: ['ru'],
    ownership: own('входит в Rambler Media Group, с 2020 года полностью принадлежащую государственному Сбербанку', 'входить до Rambler Media Group, що з 2020 року повністю належить державному Сбербанку', 'part of Rambler Media Group, fully owned by the state-owned Sberbank since 2020', ...RAMBLER),
  },
  {
    id: 'nv', name: { ru: 'НВ', uk: 'НВ', en: 'NV' }, hosts: ['nv.ua'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('медиаактив инвестиционной компании Dragon Capital (по данным 2021 года)', 'медіаактив інвестиційної компанії Dragon Capital (за даними 2021 року)', 'a media asset of the investment firm Dragon Capital (as reported in 2021)', ...DRAGON),
  },
  {
    id: 'liga', name: same('LIGA.net'), hosts: ['liga.net'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('сайт ведёт ООО «ИА «ЛИГАБИЗНЕСИНФОРМ» (публичная оферта, 2022); его владельцев источник не называет', 'сайт веде ТОВ «ІА «ЛІГАБІЗНЕСІНФОРМ» (публічна оферта, 2022); його власників джерело не називає', 'run by LLC "IA LIGABUSINESSINFORM" (the site\'s public offer, 2022); the source does not name its owners', 'Публічна оферта — LIGA.net, 2022', 'https://www.liga.net/en/oferta_new'),
  },
  {
    id: 'kyiv-post', name: same('Kyiv Post'), hosts: ['kyivpost.com'], country: 'UA', languages: ['en', 'uk'],
    ownership: own('владелец — инвестор Аднан Киван (Kadorr Group), купивший газету в 2018 году (по данным 2021 года)', 'власник — інвестор Аднан Ківан (Kadorr Group), який купив газету у 2018 році (за даними 2021 року)', 'owned by the investor Adnan Kivan (Kadorr Group), who bought it in 2018 (as of 2021)', 'The Kyiv Independent — Wikipedia', 'https://en.wikipedia.org/wiki/The_Kyiv_Independent'),
  },
  {
    id: 'euronews', name: same('Euronews'), hosts: ['euronews.com'], country: 'FR', languages: ['ru', 'en'],
    ownership: own('контрольный пакет у португальской инвестиционной компании Alpac Capital (с 2022 года)', 'контрольний пакет у португальської інвестиційної компанії Alpac Capital (з 2022 року)', 'majority stake held by the Portugal-based investment firm Alpac Capital (since 2022)', 'Alpac Capital completes Euronews acquisition — Broadband TV News, 2022', 'https://www.broadbandtvnews.com/2022/07/05/alpac-capital-completes-euronews-acquisition/'),
  },
  {
    id: 'zn-ua', name: { ru: 'Зеркало недели', uk: 'Дзеркало тижня', en: 'Dzerkalo Tyzhnia' }, hosts: ['zn.ua'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: own('учредитель — ООО «ЗН УА», через ООО «ЗН груп» принадлежащее Юлии, Владимиру и Алексею Мостовым (по данным 2019 года)', 'засновник — ТОВ «ЗН УА», яке через ТОВ «ЗН груп» належить Юлії, Володимиру та Олексію Мостовим (за даними 2019 року)', 'founded by ZN UA LLC, owned through ZN Group LLC by Yulia, Volodymyr and Oleksiy Mostovyi (as reported in 2019)', '«Дзеркало тижня» припиняє випуск паперової газети — Detector Media, 2019', 'https://detector.media/print/172719/'),
  },
  {
    id: 'kp-ru', name: { ru: 'Комсомольская правда', uk: 'Комсомольская правда', en: 'Komsomolskaya Pravda' }, hosts: ['kp.ru'], country: 'RU', languages: ['ru'],
    ownership: own('акционер — Григорий Березкин, владелец группы ЕСН (по данным 2017 года)', 'акціонер — Григорій Берёзкін, власник групи ЕСН (за даними 2017 року)', 'a shareholder is Grigory Berezkin, owner of the ESN group (as reported in 2017)', 'РБК хотят объединить с газетами Metro и «Комсомольская правда» — Colta.ru, 2017', 'https://www.colta.ru/news/14844-rbk-hotyat-ob-edinit-s-gazetami-metro-i-komsomolskaya-pravda'),
  },
  {
    id: 'tsn', name: same('ТСН'), hosts: ['tsn.ua'], country: 'UA', languages: ['uk', 'ru'],
    ownership: own('входит в «1+1 Медиа», в которой у Игоря Коломойского финансовые интересы', 'входить до «1+1 Медіа», в якій Ігор Коломойський має фінансові інтереси', 'part of 1+1 Media Group, in which Ihor Kolomoyskyi has financial interests', ...WIKI_1PLUS1),
  },
  {
    id: 'moscow-times', name: same('The Moscow Times'), hosts: ['themoscowtimes.com'], country: 'NL', languages: ['en', 'ru'],
    ownership: own('принадлежит нидерландскому фонду Stichting Potamos (по данным 2021 года)', 'належить нідерландському фонду Stichting Potamos (за даними 2021 року)', 'owned by Stichting Potamos, a Dutch foundation (as reported in 2021)', 'Potamos Foundation — Stichting De Boomgaard, 2021', 'https://www.stichtingdeboomgaard.nl/grants/funding-overview/2021/potamos-foundation'),
  },
  {
    id: 'mediazona', name: { ru: 'Медиазона', uk: 'Медіазона', en: 'Mediazona' }, hosts: ['zona.media'], country: 'RU', languages: ['ru', 'en'],
    ownership: own('основана в 2014 году участницами Pussy Riot; владелец — её сооснователь Пётр Верзилов (по данным 2021 года)', 'заснована у 2014 році учасницями Pussy Riot; власник — її співзасновник Петро Верзілов (за даними 2021 року)', 'founded in 2014 by members of Pussy Riot; owned by its co-founder Pyotr Verzilov (as reported in 2021)', "Russia Labels More Independent Media Outlets, Activists 'Foreign Agents' — The Moscow Times, 2021", 'https://www.themoscowtimes.com/2021/09/29/russia-labels-more-independent-media-outlets-activists-foreign-agents-a75171'),
  },
  {
    id: 'current-time', name: { ru: 'Настоящее время', uk: 'Настоящее время', en: 'Current Time' }, hosts: ['currenttime.tv'], country: 'CZ', languages: ['ru'],
    ownership: own('совместный проект Радио Свобода (RFE/RL) и «Голоса Америки», финансируемых Конгрессом США через BBG', 'спільний проєкт Радіо Свобода (RFE/RL) і «Голосу Америки», що фінансуються Конгресом США через BBG', 'a collaboration of RFE/RL and Voice of America, both funded by the U.S. Congress through the BBG', "The Economist: 'America's answer to Russian propaganda TV' — BBG, 2017", 'https://www.bbg.gov/2017/06/16/economist-article-calls-current-time-americas-answer-russian-propaganda/'),
  },
  {
    id: 'the-insider', name: same('The Insider'), hosts: ['theins.ru'], country: 'LV', languages: ['ru', 'en'],
    ownership: own('основатель и шеф-редактор — Роман Доброхотов; юрлицо издания зарегистрировано в Латвии (по данным 2021 года); владельцев источник не называет', 'засновник і шеф-редактор — Роман Доброхотов; юридичну особу видання зареєстровано в Латвії (за даними 2021 року); власників джерело не називає', 'founded and edited by Roman Dobrokhotov; its legal entity is registered in Latvia (as reported in 2021); the source does not name its owners', 'Интервью с шеф-редактором The Insider Романом Доброхотовым — Babel, 2021', 'https://babel.ua/ru/texts/67789-vozmozhno-v-dele-vagnerovcev-ne-bylo-ni-oshibki-ni-predatelstva-a-bylo-nechto-trete-shef-redaktor-the-insider-roman-dobrohotov-o-rabote-s-bellingcat-psihopate-putine-i-rossii-bez-interneta'),
  },
];
