import { expecting } from '../messages.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

function boundedNumber(words: string, min: number, max: number) {
  const error = expecting(words);
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** A point as `[lon, lat]` (GeoJSON order), longitude in [-180, 180], latitude in [-90, 90]. */
export const Coordinates = z
  .tuple(
    [
      boundedNumber('a longitude between -180 and 180', -180, 180),
      boundedNumber('a latitude between -90 and 90 (GeoJSON puts longitude first)', -90, 90),
    ],
    { error: expecting('[longitude, latitude] in GeoJSON order, like [44.36, 33.31]') },
  )
  .meta(
    titled({
      id: 'Coordinates',
      description: 'A point as `[longitude, latitude]`, GeoJSON order.',
      examples: [[44.3661, 33.3152]],
    }),
  );
export type Coordinates = z.infer<typeof Coordinates>;
