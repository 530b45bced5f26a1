// Where each event sits on the timeline chart: x by date over whole years
// (2015–2021, widened when an imported event falls outside), labels stacked in
// lanes so they do not overlap. Pure, so the geometry is testable.
import type { Event } from '../../lib/claims/schema';

export const WIDTH = 720;
const MARGIN = 16;
const LANE_HEIGHT = 16;
const MAX_LANES = 8;
const CHAR_WIDTH = 6.2;
const LABEL_CHARS = 28;

export interface Mark {
  id: string;
  x1: number;
  x2: number;
  lane: number;
  /** Undefined when every lane is full there; the text list below the chart still names the event. */
  label?: string;
  anchor: 'start' | 'end';
}

export interface TimelineLayout {
  from: number;
  to: number;
  years: { year: number; x: number }[];
  marks: Mark[];
  axisY: number;
  height: number;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function timelineLayout(events: Event[], title: (e: Event) => string): TimelineLayout {
  const years = events.flatMap((e) => e.dates.map((d) => Number(d.slice(0, 4))));
  const from = Math.min(2015, ...years);
  const to = Math.max(2021, ...years);
  const start = Date.UTC(from, 0, 1);
  const span = Date.UTC(to + 1, 0, 1) - start;
  const x = (iso: string) => MARGIN + ((dayMs(iso) - start) / span) * (WIDTH - 2 * MARGIN);

  const laneEnds: number[] = [];
  const sorted = [...events].sort((a, b) => a.dates[0].localeCompare(b.dates[0]) || a.id.localeCompare(b.id));
  const marks = sorted.map((e): Mark => {
    const x1 = x(e.dates[0]);
    const x2 = Math.max(x1 + 3, x(e.dates[1] ?? e.dates[0]));
    const full = title(e);
    const label = full.length > LABEL_CHARS ? `${full.slice(0, LABEL_CHARS - 1)}…` : full;
    const width = label.length * CHAR_WIDTH + 8;
    // Near the right edge the label runs leftwards from the mark.
    const anchor = x1 + width > WIDTH ? 'end' : 'start';
    const [left, right] = anchor === 'start' ? [x1, x1 + width] : [x1 - width, x1];
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane === -1 && laneEnds.length < MAX_LANES) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) return { id: e.id, x1, x2, lane: 0, anchor };
    laneEnds[lane] = right;
    return { id: e.id, x1, x2, lane, label, anchor };
  });

  const axisY = MARGIN + Math.max(1, laneEnds.length) * LANE_HEIGHT + 8;
  return {
    from, to,
    years: Array.from({ length: to - from + 2 }, (_, i) => ({ year: from + i, x: MARGIN + ((Date.UTC(from + i, 0, 1) - start) / span) * (WIDTH - 2 * MARGIN) })),
    marks,
    axisY,
    height: axisY + 28,
  };
}

/** The y of a lane's label baseline, counted upwards from the axis. */
export function laneY(layout: TimelineLayout, lane: number): number {
  return layout.axisY - 12 - lane * LANE_HEIGHT;
}
