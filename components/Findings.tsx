// Statements grouped by article sentence in reading order, and the possible
// contradictions, each pairing the page's sentence with the opposing claim.
import { getUiLang, t } from '../lib/i18n';
import { ClaimBody, ClaimCard } from './ClaimCard';
import type { TabState } from '../lib/service/tab-state';

export function Findings({ state }: { state: TabState }) {
  const findings = state.findings;
  if (!findings) return null;
  if (!findings.onTopic) return <p class="notice" role="status">{t('offTopic')}</p>;
  const lang = getUiLang();
  const groups = [...findings.matches].sort((a, b) => a.start - b.start);
  return (
    <>
      {Object.keys(state.events ?? {}).length > 0 && (
        <p class="on-topic">
          {t('onTopic')}:{' '}
          {Object.values(state.events ?? {})
            .map((e) => e.title[lang])
            .join('; ')}
        </p>
      )}
      {findings.contradictions.length > 0 && (
        <section class="contradictions" aria-labelledby="contradictions-h">
          <h2 id="contradictions-h">
            {t('contradictions')} <span class="count">{findings.contradictions.length}</span>
          </h2>
          <p class="hint">{t('contradictionNote')}</p>
          {findings.contradictions.map((c, i) => {
            const opposing = state.opposing?.[c.against];
            return (
              <article class="contradiction" key={i} tabIndex={0}>
                <p class="pair-label">
                  {t('pageSays')} <span class="kind">({t(`kind_${c.kind}` as 'kind_curated')})</span>
                </p>
                <blockquote class="page-sentence">{c.sentence}</blockquote>
                <p class="pair-label">{t('opposing')}</p>
                {opposing ? <ClaimBody claim={opposing} /> : <p>{c.against}</p>}
                <p class="explanation">{c.explanation[lang]}</p>
              </article>
            );
          })}
        </section>
      )}
      <section aria-labelledby="statements-h">
        <h2 id="statements-h">
          {t('statements')} <span class="count">{groups.reduce((n, g) => n + g.claims.length, 0)}</span>
        </h2>
        {groups.length === 0 && <p class="notice" role="status">{t('nothingMatched')}</p>}
        {groups.map((g) => (
          <div class="group" key={g.start} data-sentence-start={g.start}>
            <blockquote class="page-sentence">{g.sentence}</blockquote>
            {g.claims.map((m) => (
              <ClaimCard match={m} key={m.claimId} />
            ))}
          </div>
        ))}
      </section>
    </>
  );
}
