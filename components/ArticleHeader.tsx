// The page as Sverka sees it: outlet with its ownership and the source of that fact, title, dates (both
// when the page's date and the article's own dateline disagree), language.
import { getUiLang, t } from '../lib/i18n';
import { outletById } from '../lib/outlets';
import { formatDate, formatDayMonth, langName } from './format';
import type { TabState } from '../lib/service/tab-state';

export function ArticleHeader({ state }: { state: TabState }) {
  const lang = getUiLang();
  const outlet = state.outletId ? outletById(state.outletId) : undefined;
  const a = state.article;
  return (
    <section class="article-head" aria-label={t('outlet')}>
      {outlet && (
        <p class="outlet-line">
          <strong class="outlet-name">{outlet.name[lang]}</strong>
          {outlet.ownership ? (
            <span class="ownership">
              {' — '}
              {outlet.ownership.text[lang]}{' '}
              <span class="ownership-source">
                ({t('ownershipSource')}:{' '}
                <a href={outlet.ownership.source.url} target="_blank" rel="noopener noreferrer">
                  {outlet.ownership.source.title}
                </a>
                )
              </span>
            </span>
          ) : (
            <span class="ownership unsourced"> — {t('ownershipUnsourced')}</span>
          )}
        </p>
      )}
      {!outlet && state.url && <p class="outlet-line host">{safeHost(state.url)}</p>}
      {a && (
        <>
          <h1 class="title">{a.title}</h1>
          <dl class="facts">
            {a.byline && (
              <>
                <dt>{t('byline')}</dt>
                <dd>{a.byline}</dd>
              </>
            )}
            <dt>{t('published')}</dt>
            <dd class="published">
              {a.published ? (
                <>
                  <time dateTime={a.published.iso}>{formatDate(a.published.iso)}</time>{' '}
                  <span class="muted">({t(`source_${a.published.source.replace('-', '')}` as 'source_meta')})</span>
                </>
              ) : (
                '—'
              )}
            </dd>
            {a.dateline && a.datesDisagree && (
              <>
                <dt>{t('dateline')}</dt>
                <dd class="dateline">
                  {formatDayMonth(a.dateline.day, a.dateline.month, a.dateline.year)} <span class="muted">«{a.dateline.text}»</span>
                </dd>
              </>
            )}
            <dt>{t('language')}</dt>
            <dd>{langName(a.lang)}</dd>
          </dl>
          {a.datesDisagree && (
            <p class="warning" role="note">
              {t('datesDisagree')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
