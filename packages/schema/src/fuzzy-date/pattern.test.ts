import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FUZZY_DATE_PATTERN, parseFuzzyDate } from './index.js';

describe('FUZZY_DATE_PATTERN as a JSON Schema pattern', () => {
  it('is plain ECMA-262: anchored, compiles without flags and with the u flag JSON Schema validators use', () => {
    expect(FUZZY_DATE_PATTERN.startsWith('^')).toBe(true);
    expect(FUZZY_DATE_PATTERN.endsWith('$')).toBe(true);
    expect(FUZZY_DATE_PATTERN).not.toMatch(/\(\?<?[=!]/);
    expect(() => new RegExp(FUZZY_DATE_PATTERN)).not.toThrow();
    expect(() => new RegExp(FUZZY_DATE_PATTERN, 'u')).not.toThrow();
  });

  it('validates through a JSON Schema validator', () => {
    const validate = new Ajv2020({ strict: true }).compile({ type: 'string', pattern: FUZZY_DATE_PATTERN });
    expect(
      ['2024-01-05', '2023-08~', '2022-10-27/..', '2024-01-04T11:45:00+03:00'].map((text) => validate(text)),
    ).toEqual([true, true, true, true]);
    expect(['5 Jan 2024', '2024-01-05 ', ' 2024', '2024-01-05\n2024'].map((text) => validate(text))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('FUZZY_DATE_PATTERN checks field ranges', () => {
  it.each([
    '2024-00',
    '2024-13',
    '2024-20',
    '2024-25',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2024-21-05',
    '2024-01-05T24:00:00',
    '2024-01-05T10:60:00',
    '2024-01-05T10:00:60',
    '2024-01-05T10:00:00+14:01',
    '2024-01-05T10:00:00-15:00',
    '2024-01-05T10:00:00+03:60',
  ])('rejects %j', (text) => {
    expect(new RegExp(FUZZY_DATE_PATTERN).test(text)).toBe(false);
    expect(parseFuzzyDate(text).ok).toBe(false);
  });
});

describe('FUZZY_DATE_PATTERN cannot check what the parser does', () => {
  it.each([
    ['2024-02-30', 'calendar'],
    ['2024-04-31', 'calendar'],
    ['2023-02-29', 'calendar'],
    ['1900-02-29', 'calendar'],
    ['2023-02-29T10:00:00Z', 'calendar'],
    ['9999-24', 'calendar'],
    ['2025/2024', 'interval-order'],
  ])('%j matches the pattern but is a %s error', (text, code) => {
    expect(new RegExp(FUZZY_DATE_PATTERN).test(text)).toBe(true);
    expect(parseFuzzyDate(text)).toMatchObject({ ok: false, error: { code } });
  });
});
