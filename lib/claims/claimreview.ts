// ClaimReview JSON-LD (https://schema.org/ClaimReview) → Sverka records.
// Fact-checkers publish one review per statement; each becomes a claim of
// kind 'reported-statement' whose speaker is itemReviewed.author and whose
// sources are the fact-check itself and every appearance it lists. Nothing is
// invented: no translation (the quote stands in all three languages and the
// claim carries the topic 'untranslated'), no URL that is not in the file.
import { Actor, Claim, Event, type ClaimDatabase, type I18n, type Lang, type Source } from './schema';
import type { ParsedPack } from './import';
import { detectLang } from '../text/lang';
import { normalizeText } from '../text/normalize';

type Node = Record<string, unknown>;

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

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (t: unknown) => (typeof t === 'string' ? t.replace(/^.*[/:#]/, '') : '');
const hasType = (n: Node, ...names: string[]) => [n['@type']].flat().some((t) => names.includes(typeName(t)));

/** Every node of a document given as one object, an array, or an `@graph`. */
function nodesOf(json: unknown): Node[] {
  const nodes: Node[] = [];
  for (const item of [json].flat()) {
    if (!isNode(item)) continue;
    nodes.push(item);
    if (Array.isArray(item['@graph'])) nodes.push(...nodesOf(item['@graph']));
  }
  return nodes;
}

export function isClaimReviewDocument(json: unknown): boolean {
  return nodesOf(json).some((n) => hasType(n, 'ClaimReview'));
}

/** Reads every ClaimReview in the document; any missing essential field rejects the whole file. */
export function readClaimReview(fileName: string, json: unknown, existing: ClaimDatabase): { ok: true; pack: ParsedPack } | { ok: false; errors: string[] } {
  const nodes = nodesOf(json);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  // In an @graph, {"@id": "#org"} stands for the node with that id.
  const one = (v: unknown): Node | string | undefined => {
    const first = Array.isArray(v) ? v[0] : v;
    if (isNode(first) && typeof first['@id'] === 'string' && byId.has(first['@id'])) return byId.get(first['@id']);
    return isNode(first) || typeof first === 'string' ? first : undefined;
  };
  const all = (v: unknown) => [v].flat().map(one).filter(isNode);
  const name = (v: unknown) => { const n = one(v); return isNode(n) ? text(n.name) : text(n); };

  const base = fileName.replace(/^.*[\\/]/, '');
  const packName = base.replace(/\.(jsonld|json)$/i, '') || base;
  const packId = slug(packName) || `claimreview-${hash(JSON.stringify(json))}`;
  const errors: string[] = [];
  const actors = new ActorNames(existing, packId);
  const claims: Claim[] = [];
  const orphans: Claim[] = [];
  const takenClaimIds = new Set(existing.claims.map((c) => c.id));

  nodes.filter((n) => hasType(n, 'ClaimReview')).forEach((review, i) => {
    const quote = text(review.claimReviewed);
    const label = `ClaimReview[${i}]${quote ? ` ("${quote.length > 50 ? `${quote.slice(0, 49)}…` : quote}")` : ''}`;
    const fail = (field: string, message: string) => errors.push(`${label}: ${field}: ${message}`);
    const item = one(review.itemReviewed);
    const claim = isNode(item) ? item : {};

    if (!quote) fail('claimReviewed', 'Required');
    const speakerNode = one(claim.author);
    const speaker = name(claim.author);
    if (!speaker) fail('itemReviewed.author.name', 'Required (who made the statement)');
    const checker = name(review.author) ?? name(review.publisher);
    if (!checker) fail('author.name', 'Required (the fact-checker)');
    const reviewed = day(review.datePublished, 'datePublished', fail);
    if (!text(review.datePublished)) fail('datePublished', 'Required (when the fact-check was published)');

    const appearances = [...all(claim.firstAppearance), ...all(claim.appearance)];
    const claimDay = day(claim.datePublished, 'itemReviewed.datePublished', fail)
      ?? appearances.map((a) => day(a.datePublished, '', () => {})).filter((d): d is string => !!d).sort()[0];
    if (!claimDay && !text(claim.datePublished)) fail('itemReviewed.datePublished', 'Required (the day the statement was made, or an appearance with datePublished)');

    const quoteLang = quote ? languageOf(quote, review.inLanguage ?? claim.inLanguage) : undefined;
    if (quote && !quoteLang) fail('inLanguage', 'the language of the quote is not Russian, Ukrainian or English');
    if (!quote || !speaker || !checker || !reviewed || !claimDay || !quoteLang) return;

    const sources: Source[] = [{
      outlet: checker, title: text(review.headline) ?? text(review.name) ?? `ClaimReview by ${checker}`, date: reviewed,
      ...optionalUrl(review.url),
    }];
    const seenUrls = new Set([sources[0].url]);
    for (const a of appearances) {
      const url = optionalUrl(a.url).url;
      const title = text(a.headline) ?? text(a.name) ?? url;
      if (!title || (url && seenUrls.has(url))) continue;
      seenUrls.add(url);
      // Where it appeared, by name or else by the host of its address (even an http one); never the fact-checker's name.
      const outlet = name(a.publisher) ?? name(a.author) ?? hostOf(text(a.url));
      if (!outlet) continue;
      sources.push({ outlet, title, date: day(a.datePublished, '', () => {}) ?? claimDay, ...(url ? { url } : {}) });
    }

    const rating = one(review.reviewRating);
    const verdict = isNode(rating) ? text(rating.alternateName) ?? ratingValue(rating) : undefined;
    let id = `${packId}-${i + 1}`;
    for (let k = 2; takenClaimIds.has(id); k++) id = `${packId}-${i + 1}-${k}`;
    takenClaimIds.add(id);
    // Another pack's catch-all event is no home: removing that pack would orphan this claim.
    const event = existing.events.find((e) => !e.id.startsWith('imported-') && claimDay >= e.dates[0] && claimDay <= (e.dates[1] ?? e.dates[0]))?.id ?? '';
    const record: Claim = {
      id, speaker: actors.idFor(speaker, isNode(speakerNode) && hasType(speakerNode, 'Organization', 'GovernmentOrganization', 'NewsMediaOrganization') ? 'body' : 'person'),
      date: claimDay, event, kind: 'reported-statement', quote, quoteLang, text: { ru: quote, uk: quote, en: quote },
      sources, numbers: [], dates: [],
      topics: [UNTRANSLATED_TOPIC, 'claimreview', ...(verdict ? [`rating:${verdict}`] : [])],
    };
    claims.push(record);
    if (!event) orphans.push(record);
  });

  const events: Event[] = [];
  if (orphans.length) {
    // One event per pack holds the statements no stored event covers by date.
    let eventId = `imported-${packId}`;
    for (let k = 2; existing.events.some((e) => e.id === eventId); k++) eventId = `imported-${packId}-${k}`;
    const days = orphans.map((c) => c.date).sort();
    events.push({
      id: eventId,
      title: { ru: `Импорт: ${packName}`, uk: `Імпорт: ${packName}`, en: `Imported: ${packName}` },
      summary: IMPORTED_SUMMARY,
      dates: days[0] === days[days.length - 1] ? [days[0]] : [days[0], days[days.length - 1]],
    });
    for (const c of orphans) c.event = eventId;
  }

  // The records built here go through the same schemas as a Sverka pack.
  const check = (list: string, schema: typeof Claim | typeof Actor | typeof Event, records: { id: string }[]) => records.forEach((r, i) => {
    const parsed = schema.safeParse(r);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push(`${list}[${i}] (id "${r.id}"): ${issue.path.join('.')}: ${issue.message}`);
  });
  check('claims', Claim, claims);
  check('actors', Actor, actors.created);
  check('events', Event, events);
  if (errors.length) return { ok: false, errors };
  return { ok: true, pack: { id: packId, name: packName, format: 'claimreview', events, actors: actors.created, claims, relations: [] } };
}

/** Speakers by any stored name form (“Putin”, “Путина”), else one new actor per distinct name. */
class ActorNames {
  readonly created: Actor[] = [];
  private readonly byName = new Map<string, string>();
  private readonly taken: Set<string>;

  constructor(existing: ClaimDatabase, private readonly packId: string) {
    for (const a of existing.actors) for (const n of [...a.names.ru, ...a.names.uk, ...a.names.en]) if (!this.byName.has(key(n))) this.byName.set(key(n), a.id);
    this.taken = new Set(existing.actors.map((a) => a.id));
  }

  idFor(name: string, kind: 'person' | 'body'): string {
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

function text(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  const value = isNode(first) ? first['@value'] : first;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function ratingValue(rating: Node): string | undefined {
  const value = text(rating.ratingValue);
  const best = text(rating.bestRating);
  return value && best ? `${value}/${best}` : value;
}

/** "2021-06-16" or "2021-06-16T10:00:00Z" → "2021-06-16"; anything else is reported, never guessed. */
function day(v: unknown, field: string, fail: (field: string, message: string) => void): string | undefined {
  const value = text(v);
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (m && date && date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1) return `${m[1]}-${m[2]}-${m[3]}`;
  fail(field, `expected a date like 2021-06-16, got "${value}"`);
  return undefined;
}

/** The quote's own letters decide; inLanguage only breaks a tie the letters cannot. */
function languageOf(quote: string, inLanguage: unknown): Lang | undefined {
  const detected = detectLang(quote);
  if (detected !== 'other') return detected;
  const declared = (isNode(inLanguage) ? text(inLanguage.alternateName) ?? text(inLanguage.name) : text(inLanguage))?.toLowerCase().split(/[-_]/)[0];
  return declared === 'ru' || declared === 'uk' || declared === 'en' ? declared : undefined;
}

/** Only an https URL that the file itself gives. */
function optionalUrl(v: unknown): { url?: string } {
  const url = text(v);
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
