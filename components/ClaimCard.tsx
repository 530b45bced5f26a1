// One attributed statement: who, when, where reported, the exact words, how
// strongly it matched and why. Text from the database and the page is always
// rendered as text (Preact escapes it), never as HTML.
import { useEffect, useRef } from 'preact/hooks';
import { getUiLang, t } from '../lib/i18n';
import { at } from '../lib/i18n/annotation-strings';
import { sst } from '../lib/i18n/statement-strings';
import { formatDate, outletName, percent } from './format';
import type { Match } from '../lib/match';
import type { ClaimView } from '../lib/service/claim-view';

export function Sources({ sources }: { sources: ClaimView['sources'] }) {
  return (
    <ul class="sources" aria-label={t('sources')}>
      {sources.map((s, i) => (
        <li key={i}>
          <span class="outlet">{outletName(s.outlet)}</span>
          {' · '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          {' · '}
          <time dateTime={s.date}>{formatDate(s.date)}</time>
        </li>
      ))}
    </ul>
  );
}

export function ClaimBody({ claim }: { claim: ClaimView | Match }) {
  const lang = getUiLang();
  return (
    <>
      <header class="claim-head">
        <strong class="speaker">{claim.speaker.name[lang]}</strong>
        <time dateTime={claim.date}>{formatDate(claim.date)}</time>
      </header>
      <blockquote lang={claim.lang ?? claim.quoteLang} class="quote">
        {claim.quote}
      </blockquote>
      {claim.quoteLang !== lang && <p class="translation">{claim.text[lang]}</p>}
      <Sources sources={claim.sources} />
    </>
  );
}

/** Card activation from a click or Enter, except when the reader used a link inside it (a source). */
export function activation(onActivate?: () => void) {
  if (!onActivate) return {};
  return {
    onClick: (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('a, button, input, select, textarea')) return;
      onActivate();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.target !== e.currentTarget) return;
      e.preventDefault();
      onActivate();
    },
  };
}

/** Moves keyboard focus to `el` and brings it into view when `focused` turns on (a highlight was clicked in the page). */
export function useFocusWhen(focused: number | undefined) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused === undefined || !ref.current) return;
    const reduced = matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    ref.current.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    ref.current.focus({ preventScroll: true });
  }, [focused]);
  return ref;
}

export interface ClaimCardProps {
  match: Match;
  /** Shows the card's sentence in the page; cards of a lookup have none. */
  onActivate?: () => void;
  /** A changing number while this card is the one to focus (each new request re-focuses). */
  focused?: number;
  /** Opens the annotation editor on this statement's sentence; cards of a lookup have none. */
  onAnnotate?: () => void;
  /** "Add as a statement" on this card's page sentence, related to this statement (issue 12). */
  onAddStatement?: () => void;
}

export function ClaimCard({ match, onActivate, focused, onAnnotate, onAddStatement }: ClaimCardProps) {
  const ref = useFocusWhen(focused);
  const why = [
    match.why.names.length ? `${t('sharedNames')}: ${match.why.names.join(', ')}` : '',
    match.why.numbers.length ? `${t('sharedNumbers')}: ${match.why.numbers.join(', ')}` : '',
    match.why.terms.length ? `${t('sharedTerms')}: ${match.why.terms.slice(0, 6).join(', ')}` : '',
  ].filter(Boolean);
  return (
    <article
      ref={ref}
      class={`card${onActivate ? ' activatable' : ''}${focused !== undefined ? ' focused' : ''}`}
      data-claim-id={match.claimId}
      tabIndex={0}
      aria-label={`${match.speaker.name[getUiLang()]}, ${formatDate(match.date)}`}
      {...activation(onActivate)}
    >
      <ClaimBody claim={match} />
      {/* A looked-up text that gives this statement's fact another number or the opposite wording. */}
      {match.differs && <p class="differs" role="note">{match.differs.explanation[getUiLang()]}</p>}
      <footer class="match-meta">
        <span class="strength">
          <meter min={0} max={1} value={match.score} aria-label={t('strength')} /> {percent(match.score)} {t('strength')}
        </span>
        {match.inContext && <span class="in-context">{t('inContext')}</span>}
        {why.length > 0 && (
          <span class="why">
            {t('why')}: {why.join(' · ')}
          </span>
        )}
        {onAnnotate && (
          <button
            type="button"
            class="annotate-claim"
            aria-label={at('annotateNamed', { speaker: match.speaker.name[getUiLang()], date: formatDate(match.date) })}
            onClick={onAnnotate}
          >
            {at('annotate')}
          </button>
        )}
        {onAddStatement && (
          <button type="button" class="add-statement" onClick={onAddStatement}>
            {sst('addAsStatement')}
          </button>
        )}
      </footer>
    </article>
  );
}
