import * as z from 'zod';
import { expecting } from '../messages.js';

const urlWords = 'a web address starting with http:// or https://';

/** An absolute http(s) URL: other schemes (`javascript:`, `file:`) are rejected, since pages link to it. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: expecting(urlWords) })
  .meta({
    // `format: uri` alone accepts any scheme; the pattern keeps JSON Schema users to http(s) too.
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
    id: 'HttpUrl',
    title: 'Web address',
    description: 'An absolute `http://` or `https://` URL.',
    examples: ['https://www.state.gov/'],
  });
export type HttpUrl = z.infer<typeof HttpUrl>;
