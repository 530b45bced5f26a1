// The claim database's schema. The bundled data in assets/claims/ is source
// code: it is validated by these schemas at build time (wxt.config), in tests
// and by `sverka db validate`, and every error names file, record and field.
import { z } from 'zod';

export const LANGS = ['ru', 'uk', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Text that must exist in all three UI languages. */
export const I18n = z.object({ ru: z.string().min(1), uk: z.string().min(1), en: z.string().min(1) }).strict();
export type I18n = z.infer<typeof I18n>;

/** Full ISO date; partial dates are not allowed so sorting and comparison stay exact. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug like "geneva-2021-putin-80-requests"');

export const Event = z.object({
  id: Id,
  title: I18n,
  summary: I18n,
  /** First day, and the last day for multi-day events. */
  dates: z.array(IsoDate).min(1).max(2),
  place: I18n.optional(),
}).strict();
export type Event = z.infer<typeof Event>;

export const Actor = z.object({
  id: Id,
  kind: z.enum(['person', 'body']),
  /** First entry of each list is the display name; the rest are the inflected,
   *  abbreviated and transliterated forms that occur in running text. */
  names: z.object({ ru: z.array(z.string().min(2)).min(1), uk: z.array(z.string().min(2)).min(1), en: z.array(z.string().min(2)).min(1) }).strict(),
  role: I18n,
}).strict();
export type Actor = z.infer<typeof Actor>;

export const Source = z.object({
  /** Outlet id from lib/outlets.ts, or a publisher's name when it is not in the registry. */
  outlet: z.string().min(1),
  title: z.string().min(1),
  date: IsoDate,
  /** Only when certain; never guessed. */
  url: z.string().url().startsWith('https://').optional(),
  /** For claims taken from ../shared/seeds: the seed file name. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
}).strict();
export type Source = z.infer<typeof Source>;

export const ClaimKind = z.enum(['direct-quote', 'paraphrase', 'reported-statement', 'outlet-assertion']);

export const Claim = z.object({
  id: Id,
  speaker: Id,
  /** The day the statement was made (not the day it was published). */
  date: IsoDate,
  event: Id,
  kind: ClaimKind,
  /** The words exactly as printed in the (first) source, in its language. For
   *  kind "paraphrase" this is the source's own paraphrase, not invented wording. */
  quote: z.string().min(3),
  quoteLang: Lang,
  /** The quote's language (BCP 47 primary tag) when it is none of ru/uk/en: an imported fact-check in, say,
   *  German is kept untranslated, shown with this language and matched with a plain word tokeniser within it.
   *  quoteLang is then 'en' only so the UI has a translation slot; the three texts are the untranslated quote. */
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  /** A self-contained statement in each language (translations made here). */
  text: I18n,
  sources: z.array(Source).min(1),
  /** Numbers the claim asserts (counts, amounts in their unit). */
  numbers: z.array(z.object({ value: z.number(), unit: z.string().optional() }).strict()).default([]),
  /** Dates the claim asserts, as ISO days. */
  dates: z.array(IsoDate).default([]),
  topics: z.array(z.string().min(2)).default([]),
}).strict();
export type Claim = z.infer<typeof Claim>;

export const RelationType = z.enum(['contradicts', 'supports', 'responds-to', 'same-as', 'updates']);
export type RelationType = z.infer<typeof RelationType>;

export const Relation = z.object({
  from: Id,
  to: Id,
  type: RelationType,
  /** One line on why, in each language. */
  explanation: I18n,
}).strict();
export type Relation = z.infer<typeof Relation>;

/** One file in assets/claims/: an event with its claims and the relations that start from them. */
export const EventFile = z.object({
  event: Event,
  claims: z.array(Claim),
  relations: z.array(Relation).default([]),
}).strict();
export type EventFile = z.infer<typeof EventFile>;

/** assets/claims/actors.json */
export const ActorsFile = z.object({ actors: z.array(Actor).min(1) }).strict();

/** The whole database, as `sverka db export` prints it and the background stores it. */
export interface ClaimDatabase {
  version: string;
  events: Event[];
  actors: Actor[];
  claims: Claim[];
  relations: Relation[];
}
