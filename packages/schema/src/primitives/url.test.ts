import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { expecting } from '../messages.js';
import { HttpUrl } from './url.js';

/** HttpUrl as it was written before its fast path: zod's URL check alone, the reference to agree with. */
const reference = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: expecting('a web address starting with http:// or https://'),
});

const outcome = (result: z.ZodSafeParseResult<string>) =>
  result.success ? { data: result.data } : { issues: result.error.issues };

// Mostly addresses that pass, so that the property meets the edges of the fast path often: invalid
// punycode (xn--a), hyphens at label edges, uppercase, underscores, over-long labels, numeric top
// levels, ports, credentials, and tabs, newlines and spaces the parser strips or keeps.
const label = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'xn--a',
      'xn--mgbaam7a8h',
      'a--b',
      '-a',
      'a-',
      'A',
      'ex_ample',
      'a'.repeat(64),
    ),
    weight: 2,
  },
);
const topLevel = fc.oneof(
  { arbitrary: fc.constantFrom('com', 'iq', 'net', 'la'), weight: 6 },
  { arbitrary: fc.constantFrom('c', '123', 'COM', 'xn--wgbh1c', 'com.'), weight: 1 },
);
const host = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 3 }), topLevel)
  .map(([labels, top]) => [...labels, top].join('.'));
const rest = fc.oneof(
  { arbitrary: fc.constantFrom('', '/', '/world/middle-east/report-1', '?q=1', '#top'), weight: 4 },
  { arbitrary: fc.constantFrom('/a b', '/a\tb', '/a\nb', '/a ', ':8080/x', ':99999', '\\x'), weight: 2 },
  { arbitrary: fc.stringMatching(/^[/?#][\x21-\x7e\u0600-\u0620 \t]{0,20}$/), weight: 2 },
);
const scheme = fc.oneof(
  { arbitrary: fc.constantFrom('https://', 'http://'), weight: 6 },
  {
    arbitrary: fc.constantFrom('HTTPS://', 'Http://', 'ftp://', 'javascript:', 'https:', 'https:/'),
    weight: 1,
  },
);
const urlLike = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', '', ' ', '\n'),
        scheme,
        fc.constantFrom('', '', '', 'user:pass@'),
        host,
        rest,
      )
      .map((parts) => parts.join('')),
    weight: 9,
  },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
);

describe('HttpUrl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same value or the same issues as zod’s URL check, on any text', () => {
    fc.assert(
      fc.property(urlLike, (text) => {
        expect(outcome(HttpUrl.safeParse(text))).toEqual(outcome(reference.safeParse(text)));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  // Hosts at the domain check's limit of 253 characters, and the forms the fast check leaves to the parser.
  const hostOf = (length: number) =>
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 192)}`;
  it.each([
    `http://${hostOf(253)}`,
    `https://${hostOf(253)}/`,
    `http://${hostOf(254)}`,
    `https://${hostOf(254)}/report`,
    'http://[::1]/',
    'https://[2001:db8::1]:8080/x',
    'https://user@example.com/',
    'https://example.com:443/',
    'https://exa%41mple.com/',
    'https://example.com/%D8%B9%D8%B1%D8%A8',
    'https://example.com/عربي',
    'https://مثال.com/',
    'https://例え.jp/',
    'https://example.com/a\u00a0b',
    'https://example.com/a\u3000b',
    'javascript:alert(1)//https://example.com',
  ])('agrees with zod’s URL check on %s', (text) => {
    expect(outcome(HttpUrl.safeParse(text))).toEqual(outcome(reference.safeParse(text)));
  });

  it.each([42, null, undefined, {}, ['https://a.com']])('rejects %j as zod’s URL check does', (value) => {
    expect(outcome(HttpUrl.safeParse(value))).toEqual(outcome(reference.safeParse(value)));
  });

  it('accepts the addresses sources cite without building a URL', () => {
    const parse = vi.spyOn(URL, 'parse');
    for (const text of [
      'https://www.reuters.com/world/middle-east/report-1',
      'http://ina.iq',
      'https://www.aljazeera.net/news/2024/1/4/?utm=x#top',
    ]) {
      expect(HttpUrl.parse(text)).toBe(text);
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('hands other addresses to the URL parser', () => {
    const parse = vi.spyOn(URL, 'parse');
    expect(HttpUrl.parse(' HTTPS://Example.com:8080/a b ')).toBe('HTTPS://Example.com:8080/a b');
    expect(HttpUrl.safeParse('https://xn--mgbaam7a8h.com/').success).toBe(true);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});
