// The outlet registry: the news sites Sverka knows. It decides where the
// content script is registered (wxt.config derives host permissions from it)
// and gives the panel a plain, checkable fact about who owns each outlet.
// Ownership lines state legal status only; they are not ratings.

import type { Lang } from './types/lang';

export type { Lang } from './types/lang';

export interface Outlet {
  /** Stable id, referenced by claim sources in assets/claims. */
  id: string;
  name: { ru: string; uk: string; en: string };
  /** Registrable domains; subdomains (www., en., m.) match too. */
  domains: string[];
  /** ISO 3166-1 alpha-2 country of registration. */
  country: string;
  languages: Lang[];
  /** Ownership or affiliation as a plain fact, shown verbatim in the panel. */
  ownership: { ru: string; uk: string; en: string };
}

const state = (country: { ru: string; uk: string; en: string }) => ({
  ru: `государственное информационное агентство (${country.ru})`,
  uk: `державне інформаційне агентство (${country.uk})`,
  en: `state-owned news agency (${country.en})`,
});
const RU = { ru: 'Россия', uk: 'Росія', en: 'Russia' };
const UA = { ru: 'Украина', uk: 'Україна', en: 'Ukraine' };

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'tass', name: { ru: 'ТАСС', uk: 'ТАСС', en: 'TASS' }, domains: ['tass.ru', 'tass.com'],
    country: 'RU', languages: ['ru', 'en'], ownership: state(RU),
  },
  {
    id: 'ria', name: { ru: 'РИА Новости', uk: 'РІА Новини', en: 'RIA Novosti' }, domains: ['ria.ru'],
    country: 'RU', languages: ['ru'],
    ownership: {
      ru: 'входит в государственную медиагруппу «Россия сегодня»',
      uk: 'входить до державної медіагрупи «Россия сегодня»',
      en: 'part of the state-owned Rossiya Segodnya media group',
    },
  },
  {
    id: 'rbc-ua', name: { ru: 'РБК-Украина', uk: 'РБК-Україна', en: 'RBC-Ukraine' }, domains: ['rbc.ua'],
    country: 'UA', languages: ['ru', 'uk', 'en'],
    ownership: { ru: 'частное издание (Украина)', uk: 'приватне видання (Україна)', en: 'privately owned (Ukraine)' },
  },
  {
    id: 'lenta-ua', name: { ru: 'Lenta.UA', uk: 'Lenta.UA', en: 'Lenta.UA' }, domains: ['lenta.ua'],
    country: 'UA', languages: ['ru', 'uk'],
    ownership: { ru: 'частное издание (Украина)', uk: 'приватне видання (Україна)', en: 'privately owned (Ukraine)' },
  },
  {
    id: 'interfax', name: { ru: 'Интерфакс', uk: 'Інтерфакс', en: 'Interfax' }, domains: ['interfax.ru', 'interfax.com'],
    country: 'RU', languages: ['ru', 'en'],
    ownership: { ru: 'частное информационное агентство (Россия)', uk: 'приватне інформаційне агентство (Росія)', en: 'privately owned news agency (Russia)' },
  },
  {
    id: 'kommersant', name: { ru: 'Коммерсантъ', uk: 'Коммерсантъ', en: 'Kommersant' }, domains: ['kommersant.ru'],
    country: 'RU', languages: ['ru'],
    ownership: { ru: 'частный издательский дом (Россия)', uk: 'приватний видавничий дім (Росія)', en: 'privately owned publishing house (Russia)' },
  },
  {
    id: 'rt', name: { ru: 'RT', uk: 'RT', en: 'RT' }, domains: ['rt.com'],
    country: 'RU', languages: ['ru', 'en'],
    ownership: { ru: 'финансируется государством (Россия)', uk: 'фінансується державою (Росія)', en: 'state-funded broadcaster (Russia)' },
  },
  {
    id: 'izvestia', name: { ru: 'Известия', uk: 'Известия', en: 'Izvestia' }, domains: ['iz.ru'],
    country: 'RU', languages: ['ru'],
    ownership: { ru: 'входит в «Национальную Медиа Группу» (Россия)', uk: 'входить до «Національної медіагрупи» (Росія)', en: 'part of National Media Group (Russia)' },
  },
  {
    id: 'lenta-ru', name: { ru: 'Лента.ру', uk: 'Лента.ру', en: 'Lenta.ru' }, domains: ['lenta.ru'],
    country: 'RU', languages: ['ru'],
    ownership: { ru: 'входит в «Рамблер» (Сбербанк)', uk: 'входить до «Рамблер» (Сбербанк)', en: 'part of Rambler Group (Sberbank)' },
  },
  {
    id: 'unian', name: { ru: 'УНИАН', uk: 'УНІАН', en: 'UNIAN' }, domains: ['unian.net', 'unian.ua', 'unian.info'],
    country: 'UA', languages: ['ru', 'uk', 'en'],
    ownership: { ru: 'частное информационное агентство (Украина)', uk: 'приватне інформаційне агентство (Україна)', en: 'privately owned news agency (Ukraine)' },
  },
  {
    id: 'pravda-ua', name: { ru: 'Украинская правда', uk: 'Українська правда', en: 'Ukrainska Pravda' },
    domains: ['pravda.com.ua', 'epravda.com.ua'], country: 'UA', languages: ['uk', 'ru', 'en'],
    ownership: { ru: 'частное интернет-издание (Украина)', uk: 'приватне інтернет-видання (Україна)', en: 'privately owned online outlet (Ukraine)' },
  },
  {
    id: 'ukrinform', name: { ru: 'Укринформ', uk: 'Укрінформ', en: 'Ukrinform' },
    domains: ['ukrinform.ua', 'ukrinform.ru', 'ukrinform.net'], country: 'UA', languages: ['uk', 'ru', 'en'], ownership: state(UA),
  },
  {
    id: 'reuters', name: { ru: 'Reuters', uk: 'Reuters', en: 'Reuters' }, domains: ['reuters.com'],
    country: 'GB', languages: ['en'],
    ownership: { ru: 'частное агентство (Thomson Reuters)', uk: 'приватна агенція (Thomson Reuters)', en: 'privately owned (Thomson Reuters)' },
  },
  {
    id: 'ap', name: { ru: 'Associated Press', uk: 'Associated Press', en: 'Associated Press' },
    domains: ['apnews.com', 'hosted.ap.org'], country: 'US', languages: ['en'],
    ownership: { ru: 'некоммерческий кооператив СМИ (США)', uk: 'некомерційний кооператив ЗМІ (США)', en: 'not-for-profit news cooperative (US)' },
  },
];

/** The outlet serving `url`, matching the host or any of its subdomains. */
export function outletForUrl(url: URL | string): Outlet | undefined {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return OUTLETS.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

export function outletById(id: string): Outlet | undefined {
  return OUTLETS.find((o) => o.id === id);
}

/** Match patterns for the manifest: every registry domain and its subdomains. */
export function outletMatchPatterns(): string[] {
  return OUTLETS.flatMap((o) => o.domains.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]));
}
