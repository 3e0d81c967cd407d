import type { Event } from '@marsad/schema';
import { type EventType, eventTypes, fuzzyDateBounds } from '@marsad/schema';

/** Events that start in one month, counted by type. */
export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  byType: Partial<Record<EventType, number>>;
  total: number;
}

/** The month an event starts in (`YYYY-MM`), or undefined when its start is open or unknown. */
export function startMonth(event: Event): string | undefined {
  return fuzzyDateBounds(event.date).earliest?.slice(0, 7);
}

const nextMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Events per month by type, from the first month with an event to the last, months without events
 * included (so a chart's time axis is even). An event counts in the month it starts.
 */
export function monthlyCounts(events: readonly Event[]): MonthCount[] {
  const counts = new Map<string, MonthCount>();
  for (const event of events) {
    const month = startMonth(event);
    if (!month) continue;
    let entry = counts.get(month);
    if (!entry) {
      entry = { month, byType: {}, total: 0 };
      counts.set(month, entry);
    }
    entry.byType[event.type] = (entry.byType[event.type] ?? 0) + 1;
    entry.total += 1;
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const filled: MonthCount[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    filled.push(counts.get(month) ?? { month, byType: {}, total: 0 });
  }
  return filled;
}

/** One bar segment of the chart, in SVG user units. */
export interface ChartSegment {
  month: string;
  type: EventType;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart's geometry: stacked segments, year ticks, and the count at the top of the scale. */
export interface ChartLayout {
  width: number;
  height: number;
  segments: ChartSegment[];
  years: { year: string; x: number }[];
  max: number;
}

/**
 * Lays out a stacked bar chart of events per month by type, drawn as SVG at build time. Bars run
 * left to right in time in both languages (a time axis, like the dates written in digits).
 */
export function chartLayout(months: readonly MonthCount[], size = { width: 720, height: 180 }): ChartLayout {
  const max = Math.max(1, ...months.map((month) => month.total));
  const plotTop = 8;
  const plotHeight = size.height - plotTop - 22;
  const step = months.length > 0 ? size.width / months.length : size.width;
  const barWidth = Math.max(1, step * 0.8);
  const segments: ChartSegment[] = [];
  const years: ChartLayout['years'] = [];
  months.forEach((month, index) => {
    const x = index * step + (step - barWidth) / 2;
    if (month.month.endsWith('-01') || index === 0)
      years.push({ year: month.month.slice(0, 4), x: index * step });
    let top = plotTop + plotHeight;
    for (const type of eventTypes) {
      const count = month.byType[type] ?? 0;
      if (count === 0) continue;
      const height = (count / max) * plotHeight;
      top -= height;
      segments.push({ month: month.month, type, count, x, y: top, width: barWidth, height });
    }
  });
  return { width: size.width, height: size.height, segments, years, max };
}
