import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../model/entities.js';
import { lifetimeOf, parseDate } from './lifetime.js';

const person = (fields: Partial<ActorEntry>): ActorEntry => ({
  id: 'someone',
  kind: 'person',
  name: { en: 'Someone' },
  ...fields,
});

describe('parseDate', () => {
  it('parses a fuzzy date to its day bounds', () => {
    expect(parseDate('2023-08~')).toMatchObject({
      text: '2023-08~',
      earliest: '2023-08-01',
      latest: '2023-08-31',
      approximate: true,
    });
  });

  it('gives undefined, never an exception, for a missing or invalid date', () => {
    expect(parseDate(undefined)).toBeUndefined();
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('soon')).toBeUndefined();
  });

  it('parses each text once: the same text gives the same parsed date, a new text its own', () => {
    const first = parseDate('2019-12-29');
    expect(parseDate('2019-12-29')).toBe(first);
    expect(parseDate('2019-12-30')).not.toBe(first);
    expect(parseDate('2019-12-30')).toMatchObject({ earliest: '2019-12-30' });
  });
});

describe('lifetimeOf', () => {
  it('reads a person from born to died', () => {
    const { start, end } = lifetimeOf(person({ born: '1954', died: '2020-01-03' }));
    expect(start).toMatchObject({ field: 'born', verb: 'was born', date: { earliest: '1954-01-01' } });
    expect(end).toMatchObject({ field: 'died', verb: 'died', date: { latest: '2020-01-03' } });
  });

  it('reads an organisation from founded to dissolved', () => {
    const { start, end } = lifetimeOf(person({ kind: 'armed-group', founded: '2013-04', dissolved: '2019' }));
    expect(start).toMatchObject({ field: 'founded', verb: 'was founded', date: { earliest: '2013-04-01' } });
    expect(end).toMatchObject({ field: 'dissolved', verb: 'was dissolved', date: { latest: '2019-12-31' } });
  });

  it('leaves an unwritten or unparsable end unknown', () => {
    expect(lifetimeOf(person({ died: '2024-01-04' })).start).toBeUndefined();
    expect(lifetimeOf(person({ born: 'long ago' }))).toEqual({ start: undefined, end: undefined });
  });

  it('parses an actor once and hands every rule the same lifetime', () => {
    const actor = person({ born: '1970' });
    expect(lifetimeOf(actor)).toBe(lifetimeOf(actor));
  });
});
