import { describeValue, expecting } from '../messages.js';
import { z } from '../zod.js';
import { LangTag } from './lang-tag.js';
import { trimmed } from './trimmed.js';

const localizedWords = 'text in one or more languages, like { ar: "…", en: "…" }';

/** A non-empty text in one language: surrounding whitespace is trimmed. */
export const LocalizedText = trimmed(z.string({ error: expecting('text') }))
  .min(1, { error: 'expected text, got empty text' })
  // JSON Schema cannot trim: a pattern that needs one non-space character says the same.
  .meta({ pattern: '\\S' });

/** Text in several languages keyed by language tag; at least one entry. */
export const Localized = z
  .record(LangTag, LocalizedText, {
    error: (issue) => {
      if (issue.code === 'invalid_key')
        return `"${String(issue.path?.at(-1) ?? '')}" is not a language tag: expected "ar", "en", "ckb"…`;
      return expecting(localizedWords)(issue);
    },
  })
  .refine((value) => Object.keys(value).length > 0, {
    error: (issue) => `expected ${localizedWords}, got ${describeValue(issue.input)}`,
  })
  .meta({
    minProperties: 1,
    id: 'Localized',
    title: 'Localized text',
    description:
      'Text in one or more languages, keyed by BCP 47 tag. `ar` text should be mostly Arabic script.',
    examples: [{ ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' }],
  });
export type Localized = z.infer<typeof Localized>;
