import { describe, expect, it } from 'vitest';
import { excerpt, firstSentence } from './excerpt.js';

describe('excerpt', () => {
  it('keeps short text whole, whitespace collapsed', () => {
    expect(excerpt('  one\n two  ', 20)).toBe('one two');
  });

  it('cuts after the last whole sentence that fits, Arabic question mark included', () => {
    expect(excerpt('هل ينسحب التحالف؟ ربما. ولكن متى يحدث ذلك بالضبط', 30)).toBe('هل ينسحب التحالف؟ ربما.');
  });

  it('cuts at a word with an ellipsis when no sentence keeps a third of the length', () => {
    expect(excerpt('Yes. and then a very long clause without any end', 30)).toBe(
      'Yes. and then a very long…',
    );
  });
});

describe('firstSentence', () => {
  it('drops the full stop but keeps a question mark', () => {
    expect(firstSentence('The coalition leaves. Then what?', 50)).toBe('The coalition leaves');
    expect(firstSentence('Does it leave? Yes.', 50)).toBe('Does it leave?');
  });

  it('does not stop at a dot inside a number', () => {
    expect(firstSentence('Version 2.5 of the plan. Then more.', 50)).toBe('Version 2.5 of the plan');
  });
});
