// Packs out: any pack (or the bundled data) as a Sverka pack file, which
// imports on another machine to the same records and so the same matches and
// relations, or as ClaimReview JSON-LD (https://schema.org/ClaimReview) for
// fact-checking tools. Pure: takes the stored records with their origins.
// Nothing is made up: no rating where the pack has none (the review says so in
// words), no URL a source does not have, no translation.
import { outletById } from '../outlets';
import { UNTRANSLATED_TOPIC } from '../claims/claimreview';
import type { Actor, Claim, Event, Relation } from '../claims/schema';
import type { UiLang } from '../i18n';

type WithOrigin<T> = T & { origin: string };

/** Every stored record with the origin it came from ('bundled' or 'pack:<id>'). */
export interface OriginRecords {
  events: WithOrigin<Event>[];
  actors: WithOrigin<Actor>[];
  claims: WithOrigin<Claim>[];
  relations: (WithOrigin<Relation> & { id?: number })[];
}

/** The file `sverka db export --pack ID --format sverka` writes and importPack reads. */
export interface SverkaPackFile {
  sverkaPack: 1;
  id: string;
  name: string;
  events: Event[];
  actors: Actor[];
  claims: Claim[];
  relations: Relation[];
}

/** The pack's records: pack id "bundled" means the bundled data. */
export const originOf = (packId: string) => (packId === 'bundled' ? 'bundled' : `pack:${packId}`);

const strip = <T extends { origin: string; id?: unknown }>(record: T): Omit<T, 'origin'> => {
  const { origin: _o, ...rest } = record;
  return rest;
};

/**
 * A Sverka pack of one origin's claims and relations, with the events and
 * speakers they need. Speakers and events of *other packs* are included too
 * (the other machine may not have that pack; if it does, the import skips them
 * as duplicates); bundled ones are not, since every Sverka has them.
 */
export function toSverkaPack(all: OriginRecords, packId: string, name: string): SverkaPackFile {
  const origin = originOf(packId);
  const claims = all.claims.filter((c) => c.origin === origin);
  const needActors = new Set(claims.map((c) => c.speaker));
  const needEvents = new Set(claims.map((c) => c.event));
  const own = (r: { origin: string }) => r.origin === origin || r.origin !== 'bundled' || origin === 'bundled';
  return {
    sverkaPack: 1,
    id: packId,
    name,
    events: all.events.filter((e) => e.origin === origin || (needEvents.has(e.id) && own(e))).map(strip),
    actors: all.actors.filter((a) => a.origin === origin || (needActors.has(a.id) && own(a))).map(strip),
    claims: claims.map(strip),
    relations: all.relations.filter((r) => r.origin === origin).map(({ id: _id, ...r }) => strip(r)),
  };
}

const NO_RATING: Record<UiLang, string> = {
  en: 'No rating: this record says who said what, when and where it was reported. It does not rate the statement.',
  ru: 'Без оценки: запись говорит, кто что сказал, когда и где это опубликовано. Достоверность заявления она не оценивает.',
  uk: 'Без оцінки: запис каже, хто що сказав, коли й де це опубліковано. Достовірність заяви він не оцінює.',
};
const PARAPHRASE: Record<UiLang, string> = {
  en: "A paraphrase as the source printed it, not the speaker's exact words.",
  ru: 'Пересказ в том виде, в каком его напечатал источник, а не дословные слова говорящего.',
  uk: 'Переказ у тому вигляді, в якому його надрукувало джерело, а не дослівні слова мовця.',
};

export interface ClaimReviewOptions {
  /** Who publishes this review document (the pack's name or the desk's): ClaimReview.author. */
  publisher: string;
  /** The day the document is made: ClaimReview.datePublished (the statement's own day is itemReviewed.datePublished). */
  today: string;
  lang: UiLang;
}

/** How many of the exported statements carry no rating (none is made up). */
export function unratedCount(doc: { '@graph': object[] }): number {
  return doc['@graph'].filter((r) => !('reviewRating' in r)).length;
}

/**
 * One ClaimReview per statement of the pack: claimReviewed is the quote as the
 * source printed it, itemReviewed.author the speaker, appearance every source.
 * A rating only where the pack has one (a ClaimReview import keeps it as a
 * "rating:…" topic); otherwise reviewBody says there is none.
 */
export function toClaimReview(all: OriginRecords, packId: string, options: ClaimReviewOptions) {
  const origin = originOf(packId);
  const actors = new Map(all.actors.map((a) => [a.id, a]));
  const graph = all.claims.filter((c) => c.origin === origin).map((claim) => {
    const actor = actors.get(claim.speaker);
    const rating = claim.topics.find((t) => t.startsWith('rating:'))?.slice('rating:'.length);
    return {
      '@type': 'ClaimReview',
      identifier: claim.id,
      claimReviewed: claim.quote,
      inLanguage: claim.quoteLang,
      datePublished: options.today,
      author: { '@type': 'Organization', name: options.publisher },
      itemReviewed: {
        '@type': 'Claim',
        author: actor
          ? {
            '@type': actor.kind === 'body' ? 'Organization' : 'Person',
            name: actor.names.en[0],
            alternateName: [...new Set([actor.names.ru[0], actor.names.uk[0]])].filter((n) => n !== actor.names.en[0]),
            jobTitle: actor.role.en,
          }
          : { '@type': 'Person', name: claim.speaker },
        datePublished: claim.date,
        ...(claim.kind === 'paraphrase' ? { description: PARAPHRASE[options.lang] } : {}),
        // Translations made for Sverka travel with the claim; an untranslated import has none to offer.
        ...(claim.topics.includes(UNTRANSLATED_TOPIC) ? {} : { alternateName: (['ru', 'uk', 'en'] as const).filter((l) => l !== claim.quoteLang).map((l) => ({ '@value': claim.text[l], '@language': l })) }),
        appearance: claim.sources.map((s) => ({
          '@type': 'CreativeWork',
          headline: s.title,
          datePublished: s.date,
          ...(s.url ? { url: s.url } : {}),
          publisher: { '@type': 'Organization', name: outletById(s.outlet)?.name.en ?? s.outlet },
        })),
      },
      ...(rating ? { reviewRating: { '@type': 'Rating', alternateName: rating } } : { reviewBody: NO_RATING[options.lang] }),
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
