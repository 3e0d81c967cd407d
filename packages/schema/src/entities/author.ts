import { compileWhenHot } from '../compile-when-hot.js';
import { expecting, unknownKeyOr } from '../messages.js';
import { Id } from '../primitives/id.js';
import { Localized } from '../primitives/localized.js';
import { HttpUrl } from '../primitives/url.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

/** An analyst who writes articles (authors are not actors). */
export const Author = compileWhenHot(
  z.strictObject(
    {
      id: Id,
      name: Localized,
      title: Localized.optional(),
      bio: Localized.optional(),
      links: z.array(HttpUrl, { error: expecting('a list of web addresses') }).optional(),
    },
    { error: unknownKeyOr('an author with at least id and name') },
  ),
  titled({
    id: 'Author',
    description: 'An analyst who writes articles. Analysts are authors, not actors.',
    examples: [{ id: 'analysis-desk', name: { ar: 'وحدة التحليل', en: 'Analysis Desk' } }],
  }),
);
export type Author = z.infer<typeof Author>;
