// zod's floor for Marsad's entities: each entity's shape (the same keys, nesting, optional fields and
// strict objects) with plain strings and numbers, no patterns, no formats, no refinements, no codecs.
// What it costs is zod's own work for the shape (walking the input, building the output object), the
// part of a validation no change to Marsad's checks can remove.
import * as z from 'zod';

const text = z.string();
const optionalText = text.optional();
const date = z.union([z.string(), z.number()]);
const localized = z.record(z.string(), z.string());
const sources = z
  .array(
    z.strictObject({
      title: optionalText,
      publisher: optionalText,
      url: optionalText,
      date: date.optional(),
      accessed: optionalText,
      lang: optionalText,
      quote: optionalText,
      note: optionalText,
    }),
  )
  .optional();
const ids = z.record(z.string(), z.union([z.string(), z.number()])).optional();

/** Event's shape with plain types. */
export const plainEvent = z.strictObject({
  id: text,
  title: localized,
  date,
  type: text,
  subtype: text,
  location: z
    .strictObject({ place: text, precision: text, coordinates: z.tuple([z.number(), z.number()]).optional() })
    .optional(),
  participants: z.array(z.strictObject({ actor: text, role: text, note: localized.optional() })).optional(),
  fatalities: z.record(z.string(), z.number()).optional(),
  injured: z.number().optional(),
  partOf: optionalText,
  respondsTo: z.array(text).optional(),
  summary: localized.optional(),
  sources,
  confidence: optionalText,
  ids,
});

const period = { from: date.optional(), to: date.optional() };

/** Actor's shape with plain types. */
export const plainActor = z.strictObject({
  id: text,
  kind: text,
  name: localized,
  aliases: z
    .array(z.strictObject({ value: text, lang: text, kind: optionalText, ...period, sources }))
    .optional(),
  summary: localized.optional(),
  born: date.optional(),
  died: date.optional(),
  founded: date.optional(),
  dissolved: date.optional(),
  country: optionalText,
  memberships: z
    .array(
      z.strictObject({
        organization: text,
        role: localized.optional(),
        ...period,
        sources,
        confidence: optionalText,
      }),
    )
    .optional(),
  relations: z
    .array(
      z.strictObject({
        type: text,
        target: text,
        ...period,
        note: localized.optional(),
        sources,
        confidence: optionalText,
      }),
    )
    .optional(),
  designations: z
    .array(z.strictObject({ by: text, list: localized, date, until: date.optional(), sources }))
    .optional(),
  ids,
});
