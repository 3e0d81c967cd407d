import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAliasMatcher } from './alias-matcher.js';
import { foldForSearch } from './fold.js';
import { normalizeArabic } from './normalize.js';
import { tokenize } from './tokenize.js';

const codeUnitIn = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

// Text that exercises every rule: the Arabic block, presentation forms, Latin with marks, joiners and
// punctuation, whole names in their written variants, and arbitrary Unicode (surrogates included).
const unit = fc.oneof(
  codeUnitIn(0x0600, 0x06ff),
  codeUnitIn(0xfb50, 0xfdff),
  codeUnitIn(0xfe70, 0xfeff),
  fc.constantFrom(
    ' ',
    ' ',
    '\n',
    '-',
    "'",
    '’',
    '،',
    '؟',
    '«',
    '»',
    '.',
    '\u200c',
    'a',
    'Z',
    'é',
    '\u0301',
    'İ',
  ),
  fc.constantFrom('السوداني', 'السُّوداني', 'والسوداني', 'للسوداني', 'أبو', 'مهدي', 'ابو', 'عين', 'الأسد'),
  fc.constantFrom('Ain', 'al-Asad', "Kata'ib", "Iraq's", '٢٠٢٤', '😀'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.string({ unit, maxLength: 40 });

const matcher = createAliasMatcher([
  { key: 'السوداني', value: 'al-sudani' },
  { key: 'أبو مهدي', value: 'abu-mahdi' },
  { key: 'أبو مهدي المهندس', value: 'abu-mahdi-al-muhandis' },
  { key: 'عين الأسد', value: 'ain-al-asad' },
  { key: 'Ain al-Asad', value: 'ain-al-asad' },
  { key: 'الأسد', value: 'al-asad' },
]);

describe('properties', () => {
  it('normalizeArabic is idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalizeArabic(input);
        expect(normalizeArabic(once)).toBe(once);
      }),
    );
  });

  it('foldForSearch is idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = foldForSearch(input);
        expect(foldForSearch(once)).toBe(once);
      }),
    );
  });

  it('tokenize offsets slice back to the token text, in order and without overlap', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0;
        for (const token of tokenize(input)) {
          expect(token.text.length).toBeGreaterThan(0);
          expect(input.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
        }
      }),
    );
  });

  it('findAll matches lie in range, slice back, and never overlap', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0;
        for (const match of matcher.findAll(input)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(match.start, match.end)).toBe(match.text);
          previousEnd = match.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('findAll finds a name set apart by spaces, whatever surrounds it', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const input = `${before} والسُّوداني ${after}`;
        const start = before.length + 2;
        const found = matcher.findAll(input).find((match) => match.start === start);
        expect(found).toEqual({ start, end: start + 10, text: 'السُّوداني', value: 'al-sudani' });
      }),
    );
  });
});
