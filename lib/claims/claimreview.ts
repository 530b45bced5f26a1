// Fact-checks (schema.org ClaimReview, read from any accepted format by
// lib/claims/formats.ts) → Sverka records.
// Fact-checkers publish one review per statement; each becomes a claim of
// kind 'reported-statement' whose speaker is itemReviewed.author and whose
// sources are the fact-check itself and every appearance it lists. Nothing is
// invented: no translation (the quote stands in all three languages and the
// claim carries the topic 'untranslated'), no URL that is not in the file.
import { Claim, type Actor, type ClaimDatabase, type Event, type I18n, type Lang } from './schema';
import type { ParsedPack } from './import';
import { FileRejected, type Unreadable } from './formats';
import type { ReviewItem } from './review-item';
import { detectLang } from '../text/lang';
import { memo } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { hashKey, reviewKey, type InstalledKeys } from './review-keys';

/** Marks a claim whose three texts are the untranslated quote. */
export const UNTRANSLATED_TOPIC = 'untranslated';

const ROLE: I18n = {
  ru: 'автор заявления по данным фактчекинга (ClaimReview)',
  uk: 'автор заяви за даними фактчекінгу (ClaimReview)',
  en: 'author of the statement, as named by a fact-check (ClaimReview)',
};
const IMPORTED_SUMMARY: I18n = {
  ru: 'Заявления из импортированного пакета, которые не относятся ни к одному событию базы по дате.',
  uk: 'Заяви з імпортованого пакета, що не належать за датою до жодної події бази.',
  en: 'Statements from an imported pack that fall on no date of an event in the database.',
};

/** Why an item was left out; the report counts each and lists the first 20 with their numbers. */
export type SkipReason = 'no claim text' | 'no source' | 'no claimant' | 'no date' | 'not valid JSON' | 'not a ClaimReview' | 'malformed row' | 'invalid record';

export interface Skipped {
  where: string;
  reason: SkipReason;
  detail?: string;
}

/** What an import of a fact-check file found, item by item. */
export interface ReviewReport {
  read: number;
  accepted: number;
  /** Same review URL and claim text as an earlier item: merged into it (its appearances added). */
  merged: number;
  skipped: Record<string, number>;
  /** The first SKIPS_LISTED skipped items. */
  firstSkipped: Skipped[];
  /** Items whose review URL and claim text another pack already installed: skipped, not stored twice (absent when none). */
  alreadyInstalled?: { count: number; first: { where: string; pack: string }[] };
}

export const SKIPS_LISTED = 20;

const LANG_NAMES: Record<string, string> = { russian: 'ru', ukrainian: 'uk', english: 'en', русский: 'ru', українська: 'uk', украинский: 'uk', german: 'de', deutsch: 'de', french: 'fr', français: 'fr', spanish: 'es', español: 'es', polish: 'pl', polski: 'pl', portuguese: 'pt', italian: 'it' };

/**
 * Builds a pack from fact-check items one at a time, so a 200,000-item feed
 * is validated, de-duplicated and mapped in one pass with a progress report
 * after any item. An item without a claim text, a source (the fact-checker's
 * name or the review's URL), a claimant or a date is skipped with its reason;
 * the rest of the file is kept.
 */
export class ReviewPackBuilder {
  readonly report: ReviewReport = { read: 0, accepted: 0, merged: 0, skipped: {}, firstSkipped: [] };
  readonly claims: Claim[] = [];
  readonly packId: string;
  readonly packName: string;
  private actors: ActorNames;
  private byKey = new Map<string, Claim>();
  private hashes = new Map<Claim, number>();
  private orphans: Claim[] = [];
  private takenClaimIds: Set<string>;
  private datedEvents: Event[];

  /** Keys other packs installed (set before the first add). */
  installed: InstalledKeys;

  constructor(fileName: string, private existing: ClaimDatabase, fallbackId: () => string, installed: InstalledKeys = new Map()) {
    this.installed = installed;
    const base = fileName.replace(/^.*[\\/]/, '');
    this.packName = base.replace(/\.(jsonld|json|jsonl|ndjson|csv|tsv|txt)$/i, '') || base;
    this.packId = slug(this.packName) || `claimreview-${fallbackId()}`;
    this.actors = new ActorNames(existing, this.packId);
    this.takenClaimIds = new Set(existing.claims.map((c) => c.id));
    // Another pack's catch-all event is no home: removing that pack would orphan the claim.
    this.datedEvents = existing.events.filter((e) => !e.id.startsWith('imported-'));
  }

  skip(where: string, reason: SkipReason, detail?: string): void {
    this.report.skipped[reason] = (this.report.skipped[reason] ?? 0) + 1;
    if (this.report.firstSkipped.length < SKIPS_LISTED) this.report.firstSkipped.push({ where, reason, ...(detail ? { detail } : {}) });
  }

  add(item: ReviewItem): void {
    this.report.read++;
    const quote = item.claim?.replace(/\s+/g, ' ');
    // Built only for a skipped item: most items are accepted.
    const label = () => (quote ? `${item.where} ("${quote.length > 50 ? `${quote.slice(0, 49)}…` : quote}")` : item.where);
    if (!quote || quote.length < 3) return this.skip(label(), 'no claim text');
    const reviewUrl = optionalUrl(item.url).url;
    const checker = item.publisher ?? hostOf(reviewUrl);
    if (!checker) return this.skip(label(), 'no source', 'neither the fact-checker\'s name nor the review\'s URL');
    if (!item.claimant) return this.skip(label(), 'no claimant', 'who made the statement');
    const reviewed = day(item.reviewDate);
    const appearanceDays = item.appearances.map((a) => day(a.date)).filter((d): d is string => !!d).sort();
    const ownDay = day(item.claimDate) ?? appearanceDays[0];
    const claimDay = ownDay ?? reviewed;
    if (!claimDay) {
      const given = item.claimDate ?? item.reviewDate;
      return this.skip(label(), 'no date', given ? `expected a date like 2021-06-16, got "${given}"` : undefined);
    }
    const key = reviewKey(reviewUrl, quote);
    const twin = this.byKey.get(key);
    if (twin) {
      this.report.merged++;
      this.addAppearances(twin, item, claimDay);
      return;
    }
    const hashed = hashKey(key);
    const installedIn = this.installed.get(hashed);
    if (installedIn !== undefined) {
      const seen = (this.report.alreadyInstalled ??= { count: 0, first: [] });
      seen.count++;
      if (seen.first.length < SKIPS_LISTED) seen.first.push({ where: label(), pack: installedIn });
      return;
    }
    const { quoteLang, lang } = languageOf(quote, item.language);
    let id = `${this.packId}-${item.n}`;
    for (let k = 2; this.takenClaimIds.has(id); k++) id = `${this.packId}-${item.n}-${k}`;
    const event = this.datedEvents.find((e) => claimDay >= e.dates[0] && claimDay <= (e.dates[1] ?? e.dates[0]))?.id ?? '';
    const record: Claim = {
      id, speaker: '', date: claimDay, event, kind: 'reported-statement', quote, quoteLang, ...(lang ? { lang } : {}),
      text: { ru: quote, uk: quote, en: quote },
      sources: [{ outlet: checker, title: item.title ?? `ClaimReview by ${checker}`, date: reviewed ?? claimDay, ...(reviewUrl ? { url: reviewUrl } : {}) }],
      numbers: [], dates: [],
      topics: [UNTRANSLATED_TOPIC, 'claimreview', ...(ownDay ? [] : [DATED_BY_REVIEW_TOPIC]), ...(item.rating ? [`rating:${item.rating}`] : [])],
    };
    this.addAppearances(record, item, claimDay);
    const parsed = Claim.safeParse({ ...record, speaker: 'x', event: 'x' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.skip(label(), 'invalid record', `${issue.path.join('.')}: ${issue.message}`);
    }
    record.speaker = this.actors.idFor(item.claimant, item.claimantIsBody ? 'body' : 'person');
    this.takenClaimIds.add(id);
    this.byKey.set(key, record);
    this.hashes.set(record, hashed);
    this.claims.push(record);
    this.report.accepted++;
    if (!event) this.orphans.push(record);
  }

  /** Where it appeared, by name or else by the host of its address (even an http one); never the fact-checker's name. */
  private addAppearances(record: Claim, item: ReviewItem, claimDay: string): void {
    const seen = new Set(record.sources.map((s) => s.url ?? `title:${s.title}`));
    for (const a of item.appearances) {
      const url = optionalUrl(a.url).url;
      const title = a.title ?? url;
      const outlet = a.outlet ?? hostOf(a.url);
      if (!title || !outlet || seen.has(url ?? `title:${title}`)) continue;
      seen.add(url ?? `title:${title}`);
      record.sources.push({ outlet, title, date: day(a.date) ?? claimDay, ...(url ? { url } : {}) });
    }
  }

  /** The review keys of `claims` (the ones finally stored), for the pack's key set (lib/db/pack-keys.ts). */
  keyHashes(claims: readonly Claim[]): Float64Array {
    return Float64Array.from(claims, (c) => this.hashes.get(c) ?? 0);
  }

  /** The pack: claims, the speakers created, and one event for the claims no stored event covers by date. */
  finish(): ParsedPack {
    const events: Event[] = [];
    if (this.orphans.length) {
      let eventId = `imported-${this.packId}`;
      for (let k = 2; this.existing.events.some((e) => e.id === eventId); k++) eventId = `imported-${this.packId}-${k}`;
      let first = this.orphans[0].date;
      let last = first;
      for (const c of this.orphans) {
        if (c.date < first) first = c.date;
        if (c.date > last) last = c.date;
        c.event = eventId;
      }
      events.push({
        id: eventId,
        title: { ru: `Импорт: ${this.packName}`, uk: `Імпорт: ${this.packName}`, en: `Imported: ${this.packName}` },
        summary: IMPORTED_SUMMARY,
        dates: first === last ? [first] : [first, last],
      });
    }
    return { id: this.packId, name: this.packName, format: 'claimreview', events, actors: this.actors.created, claims: this.claims, relations: [] };
  }
}

/** Claims dated by the fact-check because the file gives no date of the statement itself. */
export const DATED_BY_REVIEW_TOPIC = 'dated-by-review';

/** Reads every item; with none accepted, the file is rejected with the reasons. */
export function readClaimReview(fileName: string, items: Iterable<ReviewItem | Unreadable>, existing: ClaimDatabase, installed?: InstalledKeys): { ok: true; pack: ParsedPack; report: ReviewReport } | { ok: false; errors: string[] } {
  const builder = new ReviewPackBuilder(fileName, existing, () => hash(fileName), installed);
  try {
    for (const item of items) {
      if ('unreadable' in item) builder.skip(item.where, item.reason as SkipReason);
      else builder.add(item);
    }
  } catch (e) {
    // A JSON file read as a stream can turn out broken after its first items: rejected whole.
    if (e instanceof FileRejected) return { ok: false, errors: [e.message] };
    throw e;
  }
  if (!builder.report.accepted) return { ok: false, errors: [nothingAccepted(builder.report), ...skipLines(builder.report)] };
  return { ok: true, pack: builder.finish(), report: builder.report };
}

/** Why a file gave no claim: all of it already installed, or every item skipped. */
export function nothingAccepted(report: ReviewReport): string {
  const installed = report.alreadyInstalled;
  if (installed && !Object.keys(report.skipped).length) {
    return `Nothing new to import: all ${installed.count} fact-checks in this file are already installed (in "${installed.first[0]?.pack}"${installed.first.some((f) => f.pack !== installed.first[0]?.pack) ? ' and other packs' : ''}).`;
  }
  return 'No fact-check in this file could be imported.';
}

/** "3 skipped: 2 no claimant, 1 no date", then the first 20 with their item numbers; then those already installed. */
export function skipLines(report: ReviewReport): string[] {
  const total = Object.values(report.skipped).reduce((a, b) => a + b, 0);
  const installed = report.alreadyInstalled;
  const installedLines = installed
    ? [`${installed.count} already installed by another pack${installed.count > installed.first.length ? ` (the first ${installed.first.length} listed)` : ''}`, ...installed.first.map((f) => `${f.where}: already installed (pack "${f.pack}")`)]
    : [];
  if (!total) return installedLines;
  const counts = Object.entries(report.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return [
    `${total} skipped: ${counts}${total > report.firstSkipped.length ? ` (the first ${report.firstSkipped.length} listed)` : ''}`,
    ...report.firstSkipped.map((s) => `${s.where}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`),
    ...installedLines,
  ];
}

/** Speakers by any stored name form (“Putin”, “Путина”), else one new actor per distinct name. */
class ActorNames {
  readonly created: Actor[] = [];
  private readonly byName = new Map<string, string>();
  /** The same answers by the name as written: a feed repeats a few thousand claimants, and key() normalises each time. */
  private readonly byRawName = new Map<string, string>();
  private readonly taken: Set<string>;

  constructor(existing: ClaimDatabase, private readonly packId: string) {
    for (const a of existing.actors) for (const n of [...a.names.ru, ...a.names.uk, ...a.names.en]) if (!this.byName.has(key(n))) this.byName.set(key(n), a.id);
    this.taken = new Set(existing.actors.map((a) => a.id));
  }

  idFor(name: string, kind: 'person' | 'body'): string {
    let id = this.byRawName.get(name);
    if (id === undefined) {
      id = this.newId(name, kind);
      this.byRawName.set(name, id);
    }
    return id;
  }

  private newId(name: string, kind: 'person' | 'body'): string {
    const known = this.byName.get(key(name));
    if (known) return known;
    let id = slug(name) || `${this.packId}-speaker-${hash(name)}`;
    for (let k = 2; this.taken.has(id); k++) id = `${slug(name) || `${this.packId}-speaker`}-${k}`;
    this.taken.add(id);
    this.byName.set(key(name), id);
    this.created.push({ id, kind, names: { ru: [name], uk: [name], en: [name] }, role: ROLE });
    return id;
  }
}

const key = (name: string) => normalizeText(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** "2021-06-16" or "2021-06-16T10:00:00Z" → "2021-06-16"; anything else is no date (never guessed). */
function day(value: string | undefined): string | undefined {
  return value ? dayOf(value) : undefined;
}

// Memoised: a feed repeats a few thousand days over 200,000 items, three dates each.
const dayOf = memo((value: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value.trim());
  const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (m && date && date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1) return `${m[1]}-${m[2]}-${m[3]}`;
  return undefined;
});

/**
 * The quote's own letters decide among ru/uk/en; a declared language outside
 * those three wins (German and Spanish are Latin script, Bulgarian Cyrillic),
 * and such a quote is kept in its language with `lang` set.
 */
function languageOf(quote: string, declared: string | undefined): { quoteLang: Lang; lang?: string } {
  const tag = declared?.trim().toLowerCase();
  const primary = tag ? (LANG_NAMES[tag] ?? tag.split(/[-_]/)[0]) : undefined;
  if (primary && /^[a-z]{2,3}$/.test(primary) && !['ru', 'uk', 'en'].includes(primary)) return { quoteLang: 'en', lang: primary };
  const detected = detectLang(quote);
  if (detected !== 'other') return { quoteLang: detected };
  return primary === 'ru' || primary === 'uk' ? { quoteLang: primary } : { quoteLang: 'en' };
}

/** Only an https URL that the file itself gives. */
function optionalUrl(url: string | undefined): { url?: string } {
  if (!url || !/^https:\/\//i.test(url)) return {};
  try {
    return { url: new URL(url).href };
  } catch {
    return {};
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A lower-case slug as schema ids require; Cyrillic is transliterated so ids stay readable. */
export function slug(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
