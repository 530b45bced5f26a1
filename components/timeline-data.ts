// The panel's event timeline as data and geometry: who said what, when, and
// which outlets reported it, for the statements this article states and the
// statements they may contradict. Pure functions, so the chart is testable.
import type { TabState } from '../lib/service/tab-state';
import type { UiLang } from '../lib/i18n';
import type { Source } from '../lib/claims/schema';

export interface TimelineItem {
  claimId: string;
  date: string;
  speakerId: string;
  speaker: string;
  quote: string;
  quoteLang: string;
  /** Publishers of the statement's sources (outlet ids or names, deduplicated). */
  outlets: string[];
  /** 'page': this article states it; 'opposing': a statement one of them may contradict. */
  role: 'page' | 'opposing';
}

export interface TimelineData {
  items: TimelineItem[];
  /** Possible contradictions as [page claim, opposing claim]. */
  links: [string, string][];
}

const outletsOf = (sources: Source[]) => [...new Set(sources.map((s) => s.outlet))];

export function timelineData(state: TabState, lang: UiLang): TimelineData {
  const items = new Map<string, TimelineItem>();
  const groups = [...(state.findings?.matches ?? [])].sort((a, b) => a.start - b.start);
  for (const group of groups) {
    for (const m of group.claims) {
      if (items.has(m.claimId)) continue;
      items.set(m.claimId, {
        claimId: m.claimId, date: m.date, speakerId: m.speaker.id, speaker: m.speaker.name[lang], quote: m.quote, quoteLang: m.quoteLang,
        outlets: outletsOf(m.sources), role: 'page',
      });
    }
  }
  for (const view of Object.values(state.opposing ?? {})) {
    if (items.has(view.claimId)) continue;
    items.set(view.claimId, {
      claimId: view.claimId, date: view.date, speakerId: view.speaker.id, speaker: view.speaker.name[lang], quote: view.quote, quoteLang: view.quoteLang,
      outlets: outletsOf(view.sources), role: 'opposing',
    });
  }
  const links = new Map<string, [string, string]>();
  for (const c of state.findings?.contradictions ?? []) {
    if (c.claimId !== c.against && items.has(c.claimId) && items.has(c.against)) links.set(`${c.claimId}>${c.against}`, [c.claimId, c.against]);
  }
  const sorted = [...items.values()].sort((a, b) => a.date.localeCompare(b.date) || a.speaker.localeCompare(b.speaker));
  return { items: sorted, links: [...links.values()] };
}

export const TL = { width: 360, labelWidth: 112, lane: 22, top: 10, axis: 30, right: 12 } as const;
const MAX_LANES = 9;
const DAY = 86_400_000;

/** One dot on the chart: a speaker's statements of one day in one role (several statements make one dot with a count). */
export interface TimelineMark {
  items: TimelineItem[];
  role: TimelineItem['role'];
  x: number;
  y: number;
}

export interface Geometry {
  height: number;
  lanes: { speaker: string; y: number }[];
  marks: TimelineMark[];
  links: { x1: number; y1: number; x2: number; y2: number }[];
  ticks: { x: number; date: Date; unit: 'year' | 'month' }[];
  axisY: number;
  from: string;
  to: string;
}

const ms = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Lanes per speaker (first to speak on top), x by date, year or month ticks. */
export function timelineGeometry(data: TimelineData): Geometry {
  const { items } = data;
  const speakers: string[] = [];
  for (const item of items) if (!speakers.includes(item.speakerId)) speakers.push(item.speakerId);
  // Past MAX_LANES speakers, the rest share the last lane; the text list names everyone.
  const laneOf = (id: string) => Math.min(speakers.indexOf(id), MAX_LANES - 1);
  const laneCount = Math.min(speakers.length, MAX_LANES);
  const times = items.map((i) => ms(i.date));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(20 * DAY, (max - min) * 0.06);
  const start = min - pad;
  const span = max + pad - start;
  const x0 = TL.labelWidth;
  const x = (t: number) => x0 + ((t - start) / span) * (TL.width - x0 - TL.right);
  const laneY = (lane: number) => TL.top + lane * TL.lane + TL.lane / 2;

  const byKey = new Map<string, TimelineMark>();
  for (const item of items) {
    const lane = laneOf(item.speakerId);
    const key = `${lane}:${item.date.slice(0, 10)}:${item.role}`;
    const mark = byKey.get(key);
    if (mark) mark.items.push(item);
    // An opposing statement on the same day and lane as a stated one sits just beside it.
    else byKey.set(key, { items: [item], role: item.role, x: x(ms(item.date)) + (item.role === 'opposing' ? 9 : 0), y: laneY(lane) });
  }
  const marks = [...byKey.values()];
  const markOf = new Map(marks.flatMap((m) => m.items.map((i) => [i.claimId, m] as const)));
  const seenLinks = new Set<string>();
  const links = data.links.flatMap(([a, b]) => {
    const [ma, mb] = [markOf.get(a)!, markOf.get(b)!];
    const key = `${ma.x},${ma.y}>${mb.x},${mb.y}`;
    if (ma === mb || seenLinks.has(key)) return [];
    seenLinks.add(key);
    return [{ x1: ma.x, y1: ma.y, x2: mb.x, y2: mb.y }];
  });
  const lanes = speakers.slice(0, laneCount).map((id, i) => ({
    speaker: i === MAX_LANES - 1 && speakers.length > MAX_LANES ? '…' : items.find((it) => it.speakerId === id)!.speaker,
    y: laneY(i),
  }));
  const axisY = TL.top + laneCount * TL.lane + 4;

  const ticks: Geometry['ticks'] = [];
  const first = new Date(start);
  const last = new Date(start + span);
  if (span > 730 * DAY) {
    for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y++) ticks.push({ x: x(Date.UTC(y, 0, 1)), date: new Date(Date.UTC(y, 0, 1)), unit: 'year' });
  } else {
    const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    const step = Math.max(1, Math.ceil(months / 4));
    for (let m = 1; m <= months; m += step) {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
      ticks.push({ x: x(d.getTime()), date: d, unit: 'month' });
    }
  }
  return { height: axisY + TL.axis, lanes, marks, links, ticks, axisY, from: items[0]?.date ?? '', to: items[items.length - 1]?.date ?? '' };
}
