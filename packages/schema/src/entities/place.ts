import { compileWhenHot } from '../compile-when-hot.js';
import { expecting, listOptions, unknownKeyOr } from '../messages.js';
import { Coordinates } from '../primitives/coordinates.js';
import { ExternalIds } from '../primitives/external-ids.js';
import { Id } from '../primitives/id.js';
import { Localized } from '../primitives/localized.js';
import { oneOf } from '../primitives/one-of.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';
import { Alias } from './alias.js';

/** Kinds of places. */
export const placeKinds = [
  'country',
  'province',
  'district',
  'city',
  'site',
  'military-base',
  'region',
  'sea',
] as const;

/** The kind of a place. */
export const PlaceKind = oneOf('a place kind', placeKinds).meta(
  titled({
    id: 'PlaceKind',
    description: `${listOptions(placeKinds, '')}.`,
  }),
);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** A place events happen in; `within` nests it in a larger place. */
export const Place = compileWhenHot(
  z.strictObject(
    {
      id: Id,
      kind: PlaceKind,
      name: Localized,
      aliases: z.array(Alias, { error: expecting('a list of aliases') }).optional(),
      within: Id.optional(),
      coordinates: Coordinates.optional(),
      ids: ExternalIds.optional(),
    },
    { error: unknownKeyOr('a place with at least id, kind and name') },
  ),
  titled({
    id: 'Place',
    description: 'A country, province, city, site or base, nested with `within`.',
    examples: [
      {
        id: 'ain-al-asad',
        kind: 'military-base',
        name: { ar: 'قاعدة عين الأسد', en: 'Ain al-Asad Air Base' },
        within: 'anbar',
      },
    ],
  }),
);
export type Place = z.infer<typeof Place>;
export type PlaceInput = z.input<typeof Place>;
