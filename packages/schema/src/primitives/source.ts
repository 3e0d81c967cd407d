import { expecting, unknownKeyOr } from '../messages.js';
import { z } from '../zod.js';
import { FuzzyDate, IsoDate } from './dates.js';
import { LangTag } from './lang-tag.js';
import { trimmed } from './trimmed.js';
import { HttpUrl } from './url.js';

/** A citation backing a claim: at least a `url` or a `title`. */
export const Source = z
  .strictObject(
    {
      title: trimmed(z.string({ error: expecting('the title of the cited work') }))
        .min(1)
        .optional(),
      publisher: trimmed(z.string({ error: expecting('the publisher name') }))
        .min(1)
        .optional(),
      url: HttpUrl.optional(),
      date: FuzzyDate.optional(),
      accessed: IsoDate.optional(),
      lang: LangTag.optional(),
      quote: z.string({ error: expecting('the quoted text') }).optional(),
      note: z.string({ error: expecting('a note') }).optional(),
    },
    { error: unknownKeyOr('a source like { title: "…", publisher: "…", url: "https://…" }') },
  )
  .refine((source) => source.url !== undefined || source.title !== undefined, {
    error: 'a source needs at least a `url` or a `title`',
  })
  .meta({
    anyOf: [{ required: ['url'] }, { required: ['title'] }],
    id: 'Source',
    title: 'Source',
    description: 'A citation backing a claim; at least `url` or `title`.',
    examples: [
      {
        title: 'Statement by the Prime Minister',
        publisher: 'Prime Minister’s Media Office',
        date: '2024-01-05',
      },
    ],
  });
export type Source = z.infer<typeof Source>;

/** Sources list shared by every claim that can be wrong. */
export const Sources = z.array(Source, { error: expecting('a list of sources') });
