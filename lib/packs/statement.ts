// A statement the reader adds from what they read ("Add as a statement"): the
// input the panel sends, validated at the background, and its conversion into
// the claim database's records (lib/claims/schema.ts). Pure. Nothing is made
// up: the quote is the page's words as selected (the form shows it read-only);
// a paraphrase is stored as one; a translation the reader did not give is not
// invented — the quote stands in for it and the claim is marked untranslated,
// as ClaimReview imports are; a source URL that is not https is left out.
import { z } from 'zod';
import { Actor, Claim, Event, IsoDate, Relation, RelationType, type ClaimDatabase } from '../claims/schema';
import { UNTRANSLATED_TOPIC } from '../claims/claimreview';

/** The reader's own pack: created with the first statement, editable in the options page. */
export const MY_PACK_ID = 'my-statements';
export const MY_PACK_NAME = 'My statements';

const Text = (max: number) => z.string().trim().min(1, 'Required').max(max);
const Optional = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));
const Names = z.object({ ru: Text(200), uk: Text(200), en: Text(200) });

export const StatementInput = z.object({
  speaker: z.union([
    z.object({ actorId: z.string().min(1).max(200) }),
    z.object({ newActor: z.object({ kind: z.enum(['person', 'body']), names: Names, role: z.object({ ru: Optional(300), uk: Optional(300), en: Optional(300) }) }) }),
  ]),
  date: IsoDate,
  /** The words exactly as the page has them. */
  quote: Text(5_000).refine((q) => q.length >= 3, 'Too short: at least 3 characters'),
  kind: z.enum(['direct-quote', 'paraphrase']),
  quoteLang: z.enum(['ru', 'uk', 'en']),
  /** Translations the reader gives; a missing one is not invented. */
  translations: z.object({ ru: Optional(5_000), uk: Optional(5_000), en: Optional(5_000) }).optional().transform((t) => t ?? { ru: undefined, uk: undefined, en: undefined }),
  source: z.object({ url: Optional(2_000), outlet: Text(200), title: Text(1_000), date: IsoDate }),
  event: z.union([
    z.object({ eventId: z.string().min(1).max(200) }),
    z.object({ newEvent: z.object({ title: Text(300), date: IsoDate }) }),
  ]),
  relations: z.array(z.object({ to: z.string().min(1).max(200), type: RelationType, explanation: Text(300) })).max(20).default([]),
});
export type StatementInput = z.input<typeof StatementInput>;
export type CheckedStatement = z.output<typeof StatementInput>;

/** What to store for one statement (new actor and event only when asked for). */
export interface StatementRecords {
  claim: Claim;
  actor?: Actor;
  event?: Event;
  relations: Relation[];
}

export function slug(text: string): string {
  const map: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'iu', я: 'ia' };
  return text.toLowerCase().split('').map((c) => map[c] ?? c).join('').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

function freeId(base: string, taken: (id: string) => boolean): string {
  let id = base || 'statement';
  for (let k = 2; taken(id); k++) id = `${base}-${k}`;
  return id;
}

/**
 * The records for a checked input, against the database as it is. `claimId`
 * keeps the id of a statement being edited. Returns every problem found, each
 * naming the field, or the records.
 */
export function statementRecords(input: CheckedStatement, db: ClaimDatabase, claimId?: string): { ok: true; value: StatementRecords } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  let actor: Actor | undefined;
  let speakerId: string;
  if ('actorId' in input.speaker) {
    speakerId = input.speaker.actorId;
    if (!db.actors.some((a) => a.id === speakerId)) errors.push(`speaker: no speaker "${speakerId}" in the database`);
  } else {
    const { names, kind, role } = input.speaker.newActor;
    speakerId = freeId(slug(names.en) || slug(names.ru), (id) => db.actors.some((a) => a.id === id));
    const anyRole = role.en ?? role.ru ?? role.uk ?? '';
    actor = { id: speakerId, kind, names: { ru: [names.ru], uk: [names.uk], en: [names.en] }, role: { ru: role.ru ?? anyRole, uk: role.uk ?? anyRole, en: role.en ?? anyRole } };
    if (!anyRole) errors.push('role: Required (the speaker’s role, in at least one language)');
  }
  let event: Event | undefined;
  let eventId: string;
  if ('eventId' in input.event) {
    eventId = input.event.eventId;
    if (!db.events.some((e) => e.id === eventId)) errors.push(`event: no event "${eventId}" in the database`);
  } else {
    const { title, date } = input.event.newEvent;
    eventId = freeId(`${date.slice(0, 7)}-${slug(title)}`, (id) => db.events.some((e) => e.id === id));
    event = { id: eventId, title: { ru: title, uk: title, en: title }, summary: { ru: title, uk: title, en: title }, dates: [date] };
  }
  const id = claimId ?? freeId(`my-${input.date}-${slug(speakerId)}`.slice(0, 80).replace(/-+$/, ''), (x) => db.claims.some((c) => c.id === x));
  const given = input.translations;
  const untranslated = (['ru', 'uk', 'en'] as const).some((l) => l !== input.quoteLang && !given[l]);
  const text = { ru: given.ru ?? input.quote, uk: given.uk ?? input.quote, en: given.en ?? input.quote, [input.quoteLang]: given[input.quoteLang] ?? input.quote };
  const url = input.source.url && /^https:\/\//.test(input.source.url) ? input.source.url : undefined;
  const claim: Claim = {
    id, speaker: speakerId, date: input.date, event: eventId, kind: input.kind, quote: input.quote, quoteLang: input.quoteLang, text,
    sources: [{ outlet: input.source.outlet, title: input.source.title, date: input.source.date, ...(url ? { url } : {}) }],
    numbers: [], dates: [], topics: ['my-statement', ...(untranslated ? [UNTRANSLATED_TOPIC] : [])],
  };
  const seen = new Set<string>();
  const relations: Relation[] = [];
  input.relations.forEach((r, i) => {
    if (!db.claims.some((c) => c.id === r.to) || r.to === id) errors.push(`relations[${i}].to: no other statement "${r.to}" in the database`);
    if (seen.has(`${r.to}|${r.type}`)) errors.push(`relations[${i}]: the same relation twice`);
    seen.add(`${r.to}|${r.type}`);
    relations.push({ from: id, to: r.to, type: r.type, explanation: { ru: r.explanation, uk: r.explanation, en: r.explanation } });
  });
  // The same schemas as the bundled data and every pack.
  const check = (label: string, schema: z.ZodTypeAny, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push(`${label}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
  };
  check('statement', Claim, claim);
  if (actor) check('speaker', Actor, actor);
  if (event) check('event', Event, event);
  relations.forEach((r, i) => check(`relations[${i}]`, Relation, r));
  return errors.length ? { ok: false, errors } : { ok: true, value: { claim, actor, event, relations } };
}
