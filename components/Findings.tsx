// What Sverka found in the article: the events it covers, a timeline of who
// said what and when, the possible contradictions (the page's sentence next to
// the opposing statement, with both sources), and the statements grouped by
// sentence in reading order. Cards tied to a sentence show it in the page.
import { getUiLang, t } from '../lib/i18n';
import { outletById } from '../lib/outlets';
import { activation, ClaimBody, ClaimCard, useFocusWhen } from './ClaimCard';
import { formatDate } from './format';
import { Timeline } from './Timeline';
import { timelineData } from './timeline-data';
import type { Contradiction, SentenceMatch } from '../lib/match';
import type { TabState } from '../lib/service/tab-state';

export interface SentenceRef {
  start: number;
  end: number;
}

export interface FindingsProps {
  state: TabState;
  /** Show this sentence in the page (scroll + flash). */
  onShowSentence?: (s: SentenceRef) => void;
  /** The sentence whose first card gets focus, with a counter so a repeated click focuses again. */
  focus?: { start: number; seq: number };
  /** Annotate a statement: its claim and the page's sentence that matched it. */
  onAnnotate?: (claimId: string, sentence: string) => void;
  /** Add the page's sentence as a statement related to this claim. */
  onAddStatement?: (claimId: string, sentence: string) => void;
}

export function Findings({ state, onShowSentence, focus, onAnnotate, onAddStatement }: FindingsProps) {
  const findings = state.findings;
  if (!findings) return null;
  if (!findings.onTopic) return <p class="notice" role="status">{t('offTopic')}</p>;
  const lang = getUiLang();
  const groups = [...findings.matches].sort((a, b) => a.start - b.start);
  const contradictions = [...findings.contradictions].sort((a, b) => a.start - b.start);
  const show = (s: SentenceRef) => (onShowSentence ? () => onShowSentence({ start: s.start, end: s.end }) : undefined);
  // A highlight click focuses the first card of its sentence: a statement card, or the contradiction when only that exists.
  const focusInGroups = focus && groups.some((g) => g.start === focus.start) ? focus : undefined;
  const focusInContradictions = focus && !focusInGroups ? focus : undefined;
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
      <p class="legend">
        {t('legend')}: <span class="swatch swatch-source" aria-hidden="true" /> {t('legendSource')}{' '}
        <span class="swatch swatch-contradiction" aria-hidden="true" /> {t('legendContradiction')}
        <span class="swatch swatch-annotation" aria-hidden="true" /> {t('legendAnnotation')}
      </p>
      <Timeline data={timelineData(state, lang)} />
      {contradictions.length > 0 && (
        <section class="contradictions" aria-labelledby="contradictions-h">
          <h2 id="contradictions-h">
            {t('contradictions')} <span class="count">{contradictions.length}</span>
          </h2>
          <p class="hint">{t('contradictionNote')}</p>
          {contradictionGroups(contradictions).map((cs) => (
            <ContradictionGroup
              key={`${cs[0].start}`}
              cs={cs}
              state={state}
              groups={groups}
              onActivate={show(cs[0])}
              focused={focusInContradictions?.start === cs[0].start ? focusInContradictions.seq : undefined}
            />
          ))}
        </section>
      )}
      <section aria-labelledby="statements-h">
        <h2 id="statements-h">
          {t('statements')} <span class="count">{groups.reduce((n, g) => n + g.claims.length, 0)}</span>
        </h2>
        {groups.length === 0 && <p class="notice" role="status">{t('nothingMatched')}</p>}
        {groups.length > 0 && onShowSentence && <p class="hint">{t('cardHint')}</p>}
        {groups.map((g) => (
          <SentenceGroup key={g.start} group={g} onActivate={show(g)} focused={focusInGroups?.start === g.start ? focusInGroups.seq : undefined} onAnnotate={onAnnotate} onAddStatement={onAddStatement} />
        ))}
      </section>
    </>
  );
}

interface SentenceGroupProps {
  group: SentenceMatch;
  onActivate?: () => void;
  focused?: number;
  onAnnotate?: (claimId: string, sentence: string) => void;
  onAddStatement?: (claimId: string, sentence: string) => void;
}

function SentenceGroup({ group, onActivate, focused, onAnnotate, onAddStatement }: SentenceGroupProps) {
  return (
    <div class={`group${group.headline ? ' headline' : ''}`} data-sentence-start={group.start}>
      {group.headline && <p class="pair-label">{t('headlineLabel')}</p>}
      <blockquote class="page-sentence">{group.sentence}</blockquote>
      {group.claims.map((m, i) => (
        <ClaimCard
          match={m} key={m.claimId} onActivate={onActivate} focused={i === 0 ? focused : undefined}
          onAnnotate={onAnnotate && (() => onAnnotate(m.claimId, group.sentence))}
          onAddStatement={onAddStatement && (() => onAddStatement(m.claimId, group.sentence))}
        />
      ))}
    </div>
  );
}

/** Contradictions of one page sentence together, in order: one quote, several opposing statements. */
function contradictionGroups(sorted: Contradiction[]): Contradiction[][] {
  const out: Contradiction[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[0].start === c.start) last.push(c);
    else out.push([c]);
  }
  return out;
}

interface ContradictionProps {
  /** The contradictions of one page sentence (same start). */
  cs: Contradiction[];
  state: TabState;
  groups: SentenceMatch[];
  onActivate?: () => void;
  focused?: number;
}

function ContradictionGroup({ cs, state, groups, onActivate, focused }: ContradictionProps) {
  const lang = getUiLang();
  const ref = useFocusWhen(focused);
  const c = cs[0];
  const outlet = state.outletId ? outletById(state.outletId)?.name[lang] : undefined;
  const published = state.article?.published?.iso;
  const kinds = [...new Set(cs.map((x) => t(`kind_${x.kind}`)))].join(', ');
  return (
    <article
      ref={ref}
      class={`contradiction${onActivate ? ' activatable' : ''}${focused !== undefined ? ' focused' : ''}`}
      data-sentence-start={c.start}
      tabIndex={0}
      aria-label={`${t('contradictions')}: ${kinds}`}
      {...activation(onActivate)}
    >
      <p class="pair-label">
        {t('pageSays')} <span class="kind">({kinds})</span>
      </p>
      <blockquote class="page-sentence">{c.sentence}</blockquote>
      <p class="page-source">
        {outlet ?? t('thisPage')}
        {state.article?.title ? ` · ${state.article.title}` : ''}
        {published ? (
          <>
            {' · '}
            <time dateTime={published}>{formatDate(published)}</time>
          </>
        ) : null}
      </p>
      {cs.map((x, i) => {
        const stated = groups.find((g) => g.start === x.start)?.claims.find((m) => m.claimId === x.claimId);
        const opposing = state.opposing?.[x.against];
        return (
          <div class="opposing-item" key={`${x.against}-${x.kind}-${i}`}>
            {stated && (
              <p class="stated">
                {t('statedHere')}: <strong>{stated.speaker.name[lang]}</strong>, <time dateTime={stated.date}>{formatDate(stated.date)}</time>
              </p>
            )}
            <p class="pair-label">
              {t('opposing')}
              {cs.length > 1 ? <span class="kind"> ({t(`kind_${x.kind}`)})</span> : null}
            </p>
            {opposing ? <ClaimBody claim={opposing} /> : <p>{x.against}</p>}
            <p class="explanation">{x.explanation[lang]}</p>
          </div>
        );
      })}
    </article>
  );
}
