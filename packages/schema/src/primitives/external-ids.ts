import { expecting, unknownKeyOr } from '../messages.js';
import { z } from '../zod.js';
import { trimmed } from './trimmed.js';
import { HttpUrl } from './url.js';

/** Identifiers of the same entity in the databases analysts already use. */
export const ExternalIds = z
  .strictObject(
    {
      wikidata: z
        .string({ error: expecting('a Wikidata item id like "Q796"') })
        .regex(/^Q[1-9]\d*$/, { error: expecting('a Wikidata item id like "Q796"') })
        .optional(),
      geonames: z
        .int({ error: expecting('a GeoNames id (a positive whole number)') })
        .positive()
        .optional(),
      acled: trimmed(z.string({ error: expecting('an ACLED id like "IRQ12345"') }))
        .min(1)
        .optional(),
      ucdp: z
        .int({ error: expecting('a UCDP id (a positive whole number)') })
        .positive()
        .optional(),
      viaf: z
        .string({ error: expecting('a VIAF id (digits)') })
        .regex(/^[1-9]\d*$/, { error: expecting('a VIAF id (digits)') })
        .optional(),
      website: HttpUrl.optional(),
    },
    { error: unknownKeyOr('ids like { wikidata: "Q796" }') },
  )
  .meta({
    id: 'ExternalIds',
    title: 'External identifiers',
    description: 'Wikidata, GeoNames, ACLED, UCDP and VIAF identifiers and an official website.',
    examples: [{ wikidata: 'Q796', geonames: 99237 }],
  });
export type ExternalIds = z.infer<typeof ExternalIds>;
