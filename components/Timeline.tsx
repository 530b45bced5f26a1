// Who said what, when, across outlets: the statements this article states and
// the ones they may contradict, on a small SVG chart (one lane per speaker).
// The chart is an image with a summary for assistive technology; the same
// statements follow as a visually hidden list, so nothing is only visual.
import { getUiLang, t, type UiLang } from '../lib/i18n';
import { formatDate, outletName } from './format';
import { TL, timelineGeometry, type TimelineData } from './timeline-data';

const LOCALES: Record<UiLang, string> = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' };

/** "{name}" placeholders filled from `vars`. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function Timeline({ data }: { data: TimelineData }) {
  if (!data.items.length) return null;
  const lang = getUiLang();
  const g = timelineGeometry(data);
  const speakers = new Set(data.items.map((i) => i.speakerId)).size;
  const label = fill(t('timelineLabel'), { count: data.items.length, speakers, from: formatDate(g.from), to: formatDate(g.to) });
  const tickFormat = (d: Date, unit: 'year' | 'month') =>
    unit === 'year' ? String(d.getUTCFullYear()) : new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(d);
  return (
    <section class="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('timeline')}</h2>
      <svg class="tl-chart" viewBox={`0 0 ${TL.width} ${g.height}`} width="100%" role="img" aria-label={label}>
        {g.lanes.map((lane) => (
          <g key={lane.y} aria-hidden="true">
            <line class="tl-lane" x1={TL.labelWidth - 4} x2={TL.width - TL.right} y1={lane.y} y2={lane.y} />
            <text class="tl-speaker" x={TL.labelWidth - 8} y={lane.y + 4} text-anchor="end">{short(lane.speaker, 17)}</text>
          </g>
        ))}
        <line class="tl-axis" x1={TL.labelWidth - 4} x2={TL.width - TL.right} y1={g.axisY} y2={g.axisY} />
        {g.ticks.map((tick) => (
          <g key={tick.x}>
            <line class="tl-tick" x1={tick.x} x2={tick.x} y1={g.axisY} y2={g.axisY + 4} />
            <text class="tl-tick-label" x={tick.x} y={g.axisY + 16} text-anchor="middle">{tickFormat(tick.date, tick.unit)}</text>
          </g>
        ))}
        {g.links.map((l, i) => (
          <line key={i} class="tl-link" x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
        ))}
        {g.marks.map((mark) => {
          const title = mark.items
            .map((item) => `${formatDate(item.date)} — ${item.speaker}: ${short(item.quote, 90)}${item.outlets.length ? ` (${item.outlets.map((o) => outletName(o)).join(', ')})` : ''}`)
            .join('\n');
          const id = mark.items.map((i) => i.claimId).join(' ');
          return (
            <g key={`${mark.x}:${mark.y}:${mark.role}`} class={mark.role === 'page' ? 'tl-page' : 'tl-opposing'} data-claim-ids={id}>
              <title>{title}</title>
              {mark.role === 'page' ? (
                <circle cx={mark.x} cy={mark.y} r={4.5} />
              ) : (
                <rect x={mark.x - 4} y={mark.y - 4} width={8} height={8} transform={`rotate(45 ${mark.x} ${mark.y})`} />
              )}
              {mark.items.length > 1 && (
                <text class="tl-count" x={mark.x + 7} y={mark.y - 5}>
                  {mark.items.length}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p class="tl-legend" aria-hidden="true">
        <span class="tl-key tl-key-page" /> {t('timelineOnPage')} <span class="tl-key tl-key-opposing" /> {t('timelineOpposing')}
      </p>
      <ol class="sr-only">
        {data.items.map((item) => (
          <li key={item.claimId}>
            <time dateTime={item.date}>{formatDate(item.date)}</time> — {item.speaker} ({item.role === 'page' ? t('timelineOnPage') : t('timelineOpposing')}):{' '}
            <q lang={item.quoteLang}>{short(item.quote, 160)}</q>
            {item.outlets.length > 0 && ` — ${t('reportedBy')}: ${item.outlets.map((o) => outletName(o)).join(', ')}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
