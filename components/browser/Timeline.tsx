// The events of the database on a timeline: a small SVG chart for the eye and
// the same events as a text list for everyone (screen readers get the list,
// not a description of dots). Each list entry can filter the statements.
import { getUiLang } from '../../lib/i18n';
import { bt } from '../../lib/i18n/browser-strings';
import { formatDate } from '../format';
import { laneY, timelineLayout, WIDTH } from './timeline-layout';
import type { Event } from '../../lib/claims/schema';

export interface TimelineProps {
  events: Event[];
  /** Claims per event id. */
  counts: Map<string, number>;
  onPickEvent(eventId: string): void;
}

export function eventDates(e: Event): string {
  return e.dates.map((d) => formatDate(d)).join(' – ');
}

export function Timeline({ events, counts, onPickEvent }: TimelineProps) {
  const lang = getUiLang();
  if (!events.length) return <p class="muted">{bt('noEvents')}</p>;
  const layout = timelineLayout(events, (e) => e.title[lang]);
  const byId = new Map(events.map((e) => [e.id, e]));
  const label = bt('timelineLabel', { count: events.length, from: layout.from, to: layout.to });
  return (
    <>
      <svg class="db-timeline" viewBox={`0 0 ${WIDTH} ${layout.height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <line class="db-axis" x1={layout.years[0].x} x2={layout.years[layout.years.length - 1].x} y1={layout.axisY} y2={layout.axisY} />
        {layout.years.map((y, i) => (
          <g key={y.year}>
            <line class="db-tick" x1={y.x} x2={y.x} y1={layout.axisY - 4} y2={layout.axisY + 4} />
            {i < layout.years.length - 1 && (
              <text class="db-year" x={(y.x + layout.years[i + 1].x) / 2} y={layout.axisY + 20} text-anchor="middle">{y.year}</text>
            )}
          </g>
        ))}
        {layout.marks.map((m) => (
          <g key={m.id} class="db-mark" data-event-id={m.id}>
            <title>{`${byId.get(m.id)!.title[lang]} — ${eventDates(byId.get(m.id)!)}`}</title>
            <rect x={m.x1 - 1.5} y={layout.axisY - 5} width={m.x2 - m.x1 + 3} height={10} rx={3} />
            {m.label && (
              <>
                <line class="db-stem" x1={m.x1} x2={m.x1} y1={layout.axisY - 5} y2={laneY(layout, m.lane) + 3} />
                <text x={m.anchor === 'start' ? m.x1 + 3 : m.x1 - 3} y={laneY(layout, m.lane)} text-anchor={m.anchor}>{m.label}</text>
              </>
            )}
          </g>
        ))}
      </svg>
      <ol class="db-timeline-list">
        {layout.marks.map((m) => {
          const e = byId.get(m.id)!;
          const n = counts.get(e.id) ?? 0;
          return (
            <li key={e.id} data-event-id={e.id}>
              <time dateTime={e.dates[0]}>{eventDates(e)}</time>
              {' — '}
              <strong id={`db-event-${e.id}`}>{e.title[lang]}</strong>
              {e.place && <span class="muted">{`, ${e.place[lang]}`}</span>}
              <p class="db-summary">{e.summary[lang]}</p>
              {n > 0 && (
                <button type="button" class="db-link-button" aria-describedby={`db-event-${e.id}`} onClick={() => onPickEvent(e.id)}>
                  {bt('showStatements', { count: n })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
