import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Membership } from './entities/actor.js';
import { parseFuzzyDate } from './fuzzy-date/index.js';
import { ruleIdOf } from './rule-id.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** Valid fuzzy dates of every form, within a few years so that periods land on both sides of order. */
const fuzzyDate = fc
  .record({
    year: fc.integer({ min: 2019, max: 2022 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    form: fc.integer({ min: 0, max: 11 }),
    qualifier: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, form, qualifier }) => {
    const forms = [
      `${year}`,
      `${year}-${pad(month)}`,
      `${year}-${pad(month)}-${pad(day)}`,
      `${year}-${pad(month)}-${pad(day)}T10:30:00+03:00`,
      `${year}-${pad(month)}-${pad(day)}T23:30:00Z`,
      `${String(year).slice(0, 3)}X`,
      `${year}-XX`,
      `${year}-${pad(month)}-XX`,
      `${year}-${20 + (month % 4) + 1}`,
      `${year}-${pad(month)}/${year + 1}`,
      `../${year}-${pad(month)}`,
      `${year}/..`,
    ];
    const text = forms[form] ?? `${year}`;
    return form < 3 ? `${text}${qualifier}` : text;
  })
  .filter((text) => parseFuzzyDate(text).ok);

function orderIssues(from: string, to: string) {
  const result = Membership.safeParse({ organization: 'iraqi-government', from, to });
  return (result.error?.issues ?? []).filter((issue) => ruleIdOf(issue) === 'date/order');
}

describe('period order (date/order)', () => {
  it('is reported exactly when the end’s last day is before the start’s first day', () => {
    fc.assert(
      fc.property(fuzzyDate, fuzzyDate, (from, to) => {
        const [start, end] = [parseFuzzyDate(from), parseFuzzyDate(to)];
        if (!start.ok || !end.ok) throw new Error('generated dates are valid');
        const { earliest } = start.value;
        const { latest } = end.value;
        const expected = earliest !== null && latest !== null && latest < earliest;
        expect(orderIssues(from, to).length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it.each([
    ['2020-05', '2020', 0],
    ['2020', '2020-05', 0],
    ['2020-05-10', '2020-05-09', 1],
    ['2021', '2020-12-31T23:00:00Z', 1],
    ['2020-21', '2020-04', 0],
    ['2020-21', '2020-02', 1],
  ] as const)('from %s to %s: %i issue(s)', (from, to, count) => {
    expect(orderIssues(from, to)).toHaveLength(count);
  });

  it('says which end to fix, in the words of the fields', () => {
    expect(orderIssues('2021-03', '2020').map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['to'], message: '`to` (2020) is before `from` (2021-03): swap them or correct one' },
    ]);
  });

  it('leaves a date that does not parse to its own field', () => {
    const result = Membership.safeParse({ organization: 'iraqi-government', from: '2021', to: '2020-02-30' });
    expect(result.error?.issues.map((issue) => [issue.path, ruleIdOf(issue)])).toEqual([
      [['to'], 'schema/invalid_format'],
    ]);
  });
});
