// One statement in the database browser: who, when, at which event, the exact
// words in their language, a translation or an honest "not translated", the
// sources, where the record came from, and every relation with its reason.
import { getUiLang } from '../../lib/i18n';
import { bt, type BrowserKey } from '../../lib/i18n/browser-strings';
import { formatDate, outletName } from '../format';
import { actorName } from './claim-filter';
import type { Claim, ClaimDatabase, Relation, Source } from '../../lib/claims/schema';
import type { Pack } from '../../lib/db/database';

export interface ClaimItemProps {
  claim: Claim;
  data: ClaimDatabase;
  /** 'bundled' or 'pack:<id>'. */
  origin: string;
  packs: Pack[];
  relations: Relation[];
}

// Topics set by lib/claims/claimreview.ts (not imported: it would pull zod into the page).
const UNTRANSLATED = 'untranslated';
const HIDDEN_TOPICS = new Set([UNTRANSLATED, 'claimreview']);
const key = (s: string) => s.replace(/-/g, '_');

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul class="sources" aria-label={bt('sources')}>
      {sources.map((s, i) => (
        <li key={i}>
          <span class="outlet">{outletName(s.outlet)}</span>
          {' · '}
          {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : <span>{s.title}</span>}
          {' · '}
          <time dateTime={s.date}>{formatDate(s.date)}</time>
        </li>
      ))}
    </ul>
  );
}

function originText(origin: string, packs: Pack[]): string {
  if (origin === 'bundled' || !origin) return bt('origin_bundled');
  const id = origin.replace(/^pack:/, '');
  return bt('originPack', { name: packs.find((p) => p.id === id)?.name ?? id });
}

function RelatedClaim({ relation, claim, data }: { relation: Relation; claim: Claim; data: ClaimDatabase }) {
  const lang = getUiLang();
  const outgoing = relation.from === claim.id;
  const otherId = outgoing ? relation.to : relation.from;
  const other = data.claims.find((c) => c.id === otherId);
  const label = bt(`rel_${key(relation.type)}_${outgoing ? 'out' : 'in'}` as BrowserKey);
  return (
    <li class={`db-relation db-relation-${relation.type}`}>
      <strong>{label}</strong>{': '}
      {other ? (
        <>
          {actorName(data, other.speaker, lang)}, <time dateTime={other.date}>{formatDate(other.date)}</time>
          {': '}
          <q lang={other.quoteLang}>{other.quote}</q>
        </>
      ) : (
        <span>{bt('missingClaim', { id: otherId })}</span>
      )}
      <p class="explanation">{relation.explanation[lang]}</p>
    </li>
  );
}

export function ClaimItem({ claim, data, origin, packs, relations }: ClaimItemProps) {
  const lang = getUiLang();
  const event = data.events.find((e) => e.id === claim.event);
  const ratings = claim.topics.filter((t) => t.startsWith('rating:')).map((t) => t.slice('rating:'.length));
  const topics = claim.topics.filter((t) => !t.startsWith('rating:') && !HIDDEN_TOPICS.has(t));
  const untranslated = claim.topics.includes(UNTRANSLATED);
  const speaker = actorName(data, claim.speaker, lang);
  const headingId = `db-claim-${claim.id}`;
  return (
    <article class="card db-claim" id={`claim-${claim.id}`} data-claim-id={claim.id} aria-labelledby={headingId}>
      <header class="claim-head">
        <h3 id={headingId} class="db-claim-speaker">{speaker}</h3>
        <time dateTime={claim.date}>{formatDate(claim.date)}</time>
      </header>
      <p class="db-claim-meta">
        {event ? event.title[lang] : claim.event}
        {' · '}{bt(`kind_${key(claim.kind)}` as BrowserKey)}
        {' · '}{originText(origin, packs)}
      </p>
      <blockquote lang={claim.lang ?? claim.quoteLang} class="quote" aria-label={bt('quoteIn', { lang: quoteLanguage(claim, lang) })}>
        {claim.quote}
      </blockquote>
      {untranslated ? (
        <p class="db-untranslated">{bt('untranslated')}</p>
      ) : (
        claim.quoteLang !== lang && <p class="translation" lang={lang}>{claim.text[lang]}</p>
      )}
      {ratings.length > 0 && <p class="db-rating"><strong>{bt('rating')}:</strong> {ratings.join(', ')}</p>}
      <SourceList sources={claim.sources} />
      {topics.length > 0 && <p class="hint">{bt('topics')}: {topics.join(', ')}</p>}
      {relations.length > 0 && (
        <div class="db-relations">
          <ul aria-label={bt('related')}>{relations.map((r, i) => <RelatedClaim key={i} relation={r} claim={claim} data={data} />)}</ul>
        </div>
      )}
    </article>
  );
}

/** The quote's language by name: Sverka's three by their UI names, any other (an imported fact-check's `lang`) as the browser names it. */
function quoteLanguage(claim: Claim, ui: 'ru' | 'uk' | 'en'): string {
  if (!claim.lang) return bt(`lang_${claim.quoteLang}`);
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(claim.lang) ?? claim.lang;
  } catch {
    return claim.lang;
  }
}
