import { checkDateOrder } from '../date-order.js';
import { expecting, unknownKeyOr } from '../messages.js';
import { FuzzyDate } from '../primitives/dates.js';
import { LangTag } from '../primitives/lang-tag.js';
import { oneOf } from '../primitives/one-of.js';
import { Sources } from '../primitives/source.js';
import { trimmed } from '../primitives/trimmed.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

/** Kinds of alternative names, from Arabic naming practice and transliteration. */
export const aliasKinds = [
  'kunya',
  'laqab',
  'nisba',
  'nom-de-guerre',
  'birth-name',
  'former-name',
  'abbreviation',
  'transliteration',
  'official',
] as const;

/** The kind of an alias: kunya (أبو مهدي), laqab (المهندس), birth name, abbreviation (PMF)… */
export const AliasKind = oneOf('an alias kind', aliasKinds).meta(
  titled({
    id: 'AliasKind',
    description:
      'kunya (أبو مهدي), laqab (المهندس), nisba, nom-de-guerre, birth-name, former-name, abbreviation (PMF), transliteration, official.',
  }),
);
export type AliasKind = z.infer<typeof AliasKind>;

/** Another name an actor or place is known by; used for search and mention detection. */
export const Alias = z
  .strictObject(
    {
      value: trimmed(z.string({ error: expecting('the alias text') })).min(1, {
        error: 'expected the alias text, got empty text',
      }),
      lang: LangTag,
      kind: AliasKind.optional(),
      from: FuzzyDate.optional(),
      to: FuzzyDate.optional(),
      sources: Sources.optional(),
    },
    { error: unknownKeyOr('an alias like { value: "أبو مهدي", lang: ar, kind: kunya }') },
  )
  .superRefine((alias, ctx) => checkDateOrder(ctx, alias, { start: 'from', end: 'to' }))
  .meta(
    titled({
      id: 'Alias',
      description: 'Another name, with its language and kind; optionally the period it was used.',
      examples: [{ value: 'أبو مهدي', lang: 'ar', kind: 'kunya' }],
    }),
  );
export type Alias = z.infer<typeof Alias>;
