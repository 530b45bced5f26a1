// One attributed statement: who, when, where reported, the exact words, how
// strongly it matched and why. Text from the database and the page is always
// rendered as text (Preact escapes it), never as HTML.
import { getUiLang, t } from '../lib/i18n';
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
      <blockquote lang={claim.quoteLang} class="quote">
        {claim.quote}
      </blockquote>
      {claim.quoteLang !== lang && <p class="translation">{claim.text[lang]}</p>}
      <Sources sources={claim.sources} />
    </>
  );
}

export function ClaimCard({ match }: { match: Match }) {
  const why = [
    match.why.names.length ? `${t('sharedNames')}: ${match.why.names.join(', ')}` : '',
    match.why.numbers.length ? `${t('sharedNumbers')}: ${match.why.numbers.join(', ')}` : '',
    match.why.terms.length ? `${t('sharedTerms')}: ${match.why.terms.slice(0, 6).join(', ')}` : '',
  ].filter(Boolean);
  return (
    <article class="card" data-claim-id={match.claimId} tabIndex={0} aria-label={`${match.speaker.name[getUiLang()]}, ${formatDate(match.date)}`}>
      <ClaimBody claim={match} />
      <footer class="match-meta">
        <span class="strength" title={t('strength')}>
          <meter min={0} max={1} value={match.score} aria-label={t('strength')} /> {percent(match.score)} {t('strength')}
        </span>
        {why.length > 0 && (
          <span class="why">
            {t('why')}: {why.join(' · ')}
          </span>
        )}
      </footer>
    </article>
  );
}
