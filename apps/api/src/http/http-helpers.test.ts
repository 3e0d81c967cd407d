import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './compression.js';
import { bearerToken, PreviewToken } from './preview.js';

describe('chooseEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['identity', undefined],
    ['BR', 'br'],
  ])('%j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('preview tokens', () => {
  it('reads a bearer token and nothing else', () => {
    expect(bearerToken('Bearer abc.DEF-123')).toBe('abc.DEF-123');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('matches only the exact token, whatever the length of the candidate', () => {
    const token = new PreviewToken('a-long-enough-preview-token');
    expect(token.matches('a-long-enough-preview-token')).toBe(true);
    expect(token.matches('a-long-enough-preview-tokeN')).toBe(false);
    expect(token.matches('a-long-enough-preview-token-and-more')).toBe(false);
    expect(token.matches('')).toBe(false);
  });
});
