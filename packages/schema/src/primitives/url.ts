import { expecting } from '../messages.js';
import { provenBy } from '../valid-fast-path.js';
import { z } from '../zod.js';

const urlWords = 'a web address starting with http:// or https://';
const error = expecting(urlWords);

/** The authority on web addresses: the WHATWG URL parser, then an http(s) scheme and a domain name as host. */
const ParsedHttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error });

// Lowercase http(s), a host in lowercase ASCII labels as the domain check wants them (no label
// starting or ending with "-", a letters-only top level), then nothing or a path, query or fragment
// without spaces. The URL parser never rejects what follows such a host and leaves such a text as
// it is, so these addresses need no URL object. Ports, credentials, uppercase, punycode labels
// (xn--) and spaces are left to the parser.
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:[/?#]\S*)?$/;

/**
 * Whether `text` is an address the URL parser, the scheme and the host checks all accept as it is.
 * Up to 260 characters, its host is within the domain check's 253: cheaper than a pattern that counts.
 */
const isPlainHttpUrl = (text: string) => text.length < 261 && PLAIN_HTTP_URL.test(text);

/** An absolute http(s) URL: other schemes (`javascript:`, `file:`) are rejected, since pages link to it. */
export const HttpUrl = provenBy(
  z.string({ error }).check((payload) => {
    // Building a URL was a tenth of an event's validation; the addresses sources cite skip it.
    if (isPlainHttpUrl(payload.value)) return;
    const parsed = ParsedHttpUrl.safeParse(payload.value);
    if (parsed.success) {
      payload.value = parsed.data;
      return;
    }
    // The parser's issues, worded by the same error function; `continue` as zod's own URL check sets it.
    for (const issue of parsed.error.issues) {
      payload.issues.push({ ...issue, input: payload.value, continue: true } as z.core.$ZodRawIssue);
    }
  }),
  isPlainHttpUrl,
).meta({
  // `format: uri` alone accepts any scheme; the pattern keeps JSON Schema users to http(s) too.
  format: 'uri',
  pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
  id: 'HttpUrl',
  title: 'Web address',
  description: 'An absolute `http://` or `https://` URL.',
  examples: ['https://www.state.gov/'],
});
export type HttpUrl = z.infer<typeof HttpUrl>;
