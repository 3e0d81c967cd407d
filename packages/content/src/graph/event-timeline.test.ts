import type { Event } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { timelineOf } from './event-timeline.js';

const event = (id: string, date: string, extra: Partial<Event> = {}) => ({ id, date, ...extra }) as Event;

describe('timelineOf', () => {
  it('orders events by earliest day, then latest, then id, open ends first and last', () => {
    const timeline = timelineOf([
      event('c', '2023-10-07'),
      event('b', '2023-10'),
      event('a', '2023-10-07'),
      event('open', '../2023-01-01'),
      event('year', '2023'),
    ]);
    expect(timeline.ids).toEqual(['open', 'year', 'b', 'a', 'c']);
    expect(timeline.earliest).toEqual(['', '2023-01-01', '2023-10-01', '2023-10-07', '2023-10-07']);
    expect(timeline.latest).toEqual(['2023-01-01', '2023-12-31', '2023-10-31', '2023-10-07', '2023-10-07']);
    expect(timeline.rankOf('b')).toBe(2);
    expect(timeline.rankOf('missing')).toBeUndefined();
  });

  it('lists each actor once per event and each place, by rank', () => {
    const participants = [
      { actor: 'x', role: 'perpetrator' },
      { actor: 'x', role: 'claimant' },
      { actor: 'y', role: 'target' },
    ] as Event['participants'];
    const timeline = timelineOf([
      event('late', '2024-01-01', { participants, location: { place: 'baghdad' } } as Partial<Event>),
      event('early', '2023-01-01', { participants: [{ actor: 'y', role: 'perpetrator' }] } as Partial<Event>),
    ]);
    expect(timeline.ranksOf('actor', 'x')).toEqual([1]);
    expect(timeline.ranksOf('actor', 'y')).toEqual([0, 1]);
    expect(timeline.ranksOf('place', 'baghdad')).toEqual([1]);
    expect(timeline.ranksOf('place', 'erbil')).toEqual([]);
  });
});
