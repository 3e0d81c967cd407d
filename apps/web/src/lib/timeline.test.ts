import type { Event } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { chartLayout, monthlyCounts } from './timeline.js';

const event = (id: string, date: string, type: Event['type']) =>
  ({ id, date, type, subtype: 'other', title: { en: id }, sources: [] }) as unknown as Event;

describe('monthlyCounts', () => {
  it('counts events by start month and type, filling empty months', () => {
    const counts = monthlyCounts([
      event('a', '2023-11-02', 'remote-violence'),
      event('b', '2023-11~', 'political'),
      event('c', '2023-10-17/2024-01', 'remote-violence'),
      event('d', '2024-02', 'remote-violence'),
      event('e', '../2019', 'battle'),
    ]);
    expect(counts.map((c) => c.month)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02']);
    expect(counts[1]).toEqual({ month: '2023-11', byType: { 'remote-violence': 1, political: 1 }, total: 2 });
    expect(counts[2]?.total).toBe(0);
  });

  it('is empty without dated events', () => {
    expect(monthlyCounts([])).toEqual([]);
  });
});

describe('chartLayout', () => {
  it('stacks segments up to the tallest month and marks years', () => {
    const layout = chartLayout(
      monthlyCounts([
        event('a', '2023-12-02', 'remote-violence'),
        event('b', '2023-12-03', 'political'),
        event('c', '2024-01-01', 'political'),
      ]),
      { width: 200, height: 130 },
    );
    expect(layout.max).toBe(2);
    const december = layout.segments.filter((s) => s.month === '2023-12');
    expect(december).toHaveLength(2);
    // Two segments of one each fill the whole plot height (100 units) between them.
    expect(december.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(100);
    expect(layout.years.map((y) => y.year)).toEqual(['2023', '2024']);
  });
});
