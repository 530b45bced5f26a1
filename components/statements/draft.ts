// What "Add as a statement" starts from, and the form's state. Pure helpers,
// so the form's defaults and its checks are unit-tested without a DOM.
import type { Claim, ClaimDatabase, RelationType } from '../../lib/claims/schema';
import type { StatementInput } from '../../lib/packs/statement';
import type { ArticleMeta } from '../../lib/types/tab-state';

/** Where the reader clicked "Add as a statement": the words and the page they are from. */
export interface StatementDraft {
  quote: string;
  quoteLang?: 'ru' | 'uk' | 'en';
  url: string;
  outletId?: string;
  article?: Pick<ArticleMeta, 'title' | 'siteName' | 'published' | 'lang'>;
  /** From a statement card: the statement on record the words relate to. */
  relatedTo?: string;
}

export interface RelationRow {
  to: string;
  type: RelationType;
  explanation: string;
}

export interface FormState {
  quote: string;
  kind: 'direct-quote' | 'paraphrase';
  quoteLang: 'ru' | 'uk' | 'en';
  actorId: string;
  newActor: boolean;
  names: { ru: string; uk: string; en: string };
  actorKind: 'person' | 'body';
  role: { ru: string; uk: string; en: string };
  date: string;
  source: { url: string; outlet: string; title: string; date: string };
  eventId: string;
  eventTitle: string;
  eventDate: string;
  relations: RelationRow[];
  translations: { ru: string; uk: string; en: string };
}

export const NEW_EVENT = '__new__';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The form as it opens from a draft: source and date from the page, nothing guessed. */
export function formFromDraft(draft: StatementDraft): FormState {
  const day = draft.article?.published?.iso.slice(0, 10) ?? '';
  const lang = draft.quoteLang ?? (draft.article?.lang && draft.article.lang !== 'other' ? draft.article.lang : 'en');
  return {
    quote: draft.quote, kind: 'direct-quote', quoteLang: lang, actorId: '', newActor: false,
    names: { ru: '', uk: '', en: '' }, actorKind: 'person', role: { ru: '', uk: '', en: '' },
    date: DAY.test(day) ? day : '',
    source: { url: /^https:\/\//.test(draft.url) ? draft.url.split('#')[0] : '', outlet: draft.outletId ?? draft.article?.siteName ?? hostOf(draft.url), title: draft.article?.title ?? '', date: DAY.test(day) ? day : '' },
    eventId: '', eventTitle: '', eventDate: DAY.test(day) ? day : '',
    relations: draft.relatedTo ? [{ to: draft.relatedTo, type: 'contradicts', explanation: '' }] : [],
    translations: { ru: '', uk: '', en: '' },
  };
}

/** The form filled from one of the reader's stored statements (editing). */
export function formFromClaim(claim: Claim, relations: { from: string; to: string; type: RelationType; explanation: { en: string } }[]): FormState {
  const untranslated = claim.topics.includes('untranslated');
  const tr = (l: 'ru' | 'uk' | 'en') => (l === claim.quoteLang || (untranslated && claim.text[l] === claim.quote) ? '' : claim.text[l]);
  const s = claim.sources[0];
  return {
    quote: claim.quote, kind: claim.kind === 'paraphrase' ? 'paraphrase' : 'direct-quote', quoteLang: claim.quoteLang, actorId: claim.speaker, newActor: false,
    names: { ru: '', uk: '', en: '' }, actorKind: 'person', role: { ru: '', uk: '', en: '' }, date: claim.date,
    source: { url: s.url ?? '', outlet: s.outlet, title: s.title, date: s.date }, eventId: claim.event, eventTitle: '', eventDate: claim.date,
    relations: relations.filter((r) => r.from === claim.id).map((r) => ({ to: r.to, type: r.type, explanation: r.explanation.en })),
    translations: { ru: tr('ru'), uk: tr('uk'), en: tr('en') },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Field → problem, for the fields a reader can fix here (the background checks everything again). */
export function checkForm(f: FormState, msg: { required: string; badDate: string; badUrl: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  const need = (key: string, value: string) => !value.trim() && (errors[key] = msg.required);
  if (f.newActor) {
    need('name-ru', f.names.ru);
    need('name-uk', f.names.uk);
    need('name-en', f.names.en);
    if (!f.role.ru.trim() && !f.role.uk.trim() && !f.role.en.trim()) errors['role-en'] = msg.required;
  } else need('speaker', f.actorId);
  if (!DAY.test(f.date)) errors.date = f.date ? msg.badDate : msg.required;
  if (f.source.url.trim() && !/^https:\/\/\S+$/.test(f.source.url.trim())) errors['source-url'] = msg.badUrl;
  need('source-outlet', f.source.outlet);
  need('source-title', f.source.title);
  if (!DAY.test(f.source.date)) errors['source-date'] = f.source.date ? msg.badDate : msg.required;
  if (!f.eventId) errors.event = msg.required;
  if (f.eventId === NEW_EVENT) {
    need('event-title', f.eventTitle);
    if (!DAY.test(f.eventDate)) errors['event-date'] = f.eventDate ? msg.badDate : msg.required;
  }
  f.relations.forEach((r, i) => {
    need(`relation-${i}-to`, r.to);
    need(`relation-${i}-why`, r.explanation);
  });
  return errors;
}

/** The message payload for a checked form. */
export function inputFromForm(f: FormState): StatementInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    speaker: f.newActor
      ? { newActor: { kind: f.actorKind, names: { ru: f.names.ru.trim(), uk: f.names.uk.trim(), en: f.names.en.trim() }, role: { ru: opt(f.role.ru), uk: opt(f.role.uk), en: opt(f.role.en) } } }
      : { actorId: f.actorId },
    date: f.date, quote: f.quote, kind: f.kind, quoteLang: f.quoteLang,
    translations: { ru: opt(f.translations.ru), uk: opt(f.translations.uk), en: opt(f.translations.en) },
    source: { url: opt(f.source.url), outlet: f.source.outlet.trim(), title: f.source.title.trim(), date: f.source.date },
    event: f.eventId === NEW_EVENT ? { newEvent: { title: f.eventTitle.trim(), date: f.eventDate } } : { eventId: f.eventId },
    relations: f.relations.map((r) => ({ to: r.to, type: r.type, explanation: r.explanation.trim() })),
  };
}

/** Speakers whose any name form contains the query (case- and accent-insensitive). */
export function findActors(db: Pick<ClaimDatabase, 'actors'>, query: string): ClaimDatabase['actors'] {
  const q = fold(query);
  if (!q) return db.actors;
  return db.actors.filter((a) => [...a.names.ru, ...a.names.uk, ...a.names.en].some((n) => fold(n).includes(q)));
}

/** Statements whose quote, text or id contains the query. */
export function findClaims(db: Pick<ClaimDatabase, 'claims'>, query: string, limit = 50): ClaimDatabase['claims'] {
  const q = fold(query);
  const hits = q ? db.claims.filter((c) => [c.id, c.quote, c.text.en, c.text.ru, c.text.uk].some((s) => fold(s).includes(q))) : db.claims;
  return hits.slice(0, limit);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
