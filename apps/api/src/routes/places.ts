import { createRoute, z } from '@hono/zod-openapi';
import { Id, Place, PlaceKind } from '@marsad/schema';
import { cursorParam, limitParam, namesParam, textParam } from '../http/params.js';
import { notFound } from '../http/problem.js';
import { cacheHeaders, jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { countFacets } from '../list/facets.js';
import { pickFields } from '../list/fields.js';
import { listBody, listSchema } from '../list/list-response.js';
import { paginate } from '../list/paginate.js';
import { createRouter, validationHook } from '../router.js';
import { ArticleSample, articleSample } from '../views/articles.js';
import { filterEvents, placeAndWithin } from '../views/event-filter.js';
import { nameFilter } from '../views/name-match.js';
import { RefCollector, Refs } from '../views/refs.js';

const placeFieldNames = Object.keys(Place.shape) as (keyof typeof Place.shape)[];

/** A place trimmed by `fields=`: any of its fields, `id` always. */
export const PlaceFields = z.object(Place.shape).partial().required({ id: true }).meta({
  id: 'PlaceFields',
  title: 'Place (trimmed)',
  description: 'A place with only the fields asked for.',
});

/** How many event ids a place response lists before pointing at the filtered event list. */
const EVENT_IDS = 100;

const listPlaces = createRoute({
  operationId: 'listPlaces',
  method: 'get',
  path: '/v1/places',
  tags: ['places'],
  summary: 'List places',
  description: 'Places in id order, filtered by kind, by the place they lie within and by name.',
  request: {
    query: z.strictObject({
      kind: PlaceKind.optional().meta({ description: 'Only places of this kind.' }),
      within: Id.optional().meta({ description: 'Only places within this place, at any depth.' }),
      q: textParam(
        'Only places whose id, name or an alias contains this text, compared Arabic-normalised and case-folded.',
      ).optional(),
      facets: namesParam(['kind'], 'Count these facets over the filtered list.'),
      fields: namesParam(placeFieldNames, 'Return only these fields of each place (and `id`).'),
      limit: limitParam(200, 50),
      cursor: cursorParam(['string']),
    }),
  },
  responses: {
    200: jsonOk(
      listSchema('PlaceList', z.union([Place, PlaceFields]), 'A page of places.'),
      'A page of places.',
      listHeaders,
    ),
    400: problemResponses[400],
  },
});

const getPlace = createRoute({
  operationId: 'getPlace',
  method: 'get',
  path: '/v1/places/{id}',
  tags: ['places'],
  summary: 'Get a place',
  description:
    'A place with the places it lies within, the places directly inside it, the events there or anywhere inside it (all of them at /v1/events?place=), and the public articles about it.',
  request: { params: z.object({ id: Id }), query: z.strictObject({}) },
  responses: {
    200: jsonOk(
      z
        .object({
          data: Place,
          within: z.array(Id).meta({ description: 'The places it lies within, innermost first.' }),
          contains: z.array(Id).meta({ description: 'The places directly inside it.' }),
          events: z.object({ total: z.int().min(0), ids: z.array(Id) }).meta({
            description: `The events at it or inside it: the count and the first ${EVENT_IDS} ids in date order.`,
          }),
          articles: ArticleSample,
          refs: Refs,
        })
        .meta({ id: 'PlaceDetail', title: 'Place detail', description: 'A place and what relates to it.' }),
      'The place.',
      cacheHeaders,
    ),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

/** Routes of the places resource. */
export const places = createRouter();

places.openapi(
  listPlaces,
  (c) => {
    const { kind, within, q, facets, fields, limit, cursor } = c.req.valid('query');
    const { graph } = c.get('view');
    const inside = within === undefined ? undefined : new Set(placeAndWithin(graph, within).slice(1));
    const matches = q === undefined ? undefined : nameFilter(q);
    const matched = graph
      .all('place')
      .filter(
        (place) =>
          (kind === undefined || place.kind === kind) &&
          (inside === undefined || inside.has(place.id)) &&
          (matches === undefined || matches(place)),
      );
    const page = paginate(matched, (place) => [place.id], { after: cursor, limit });
    const counted = facets && countFacets(matched, facets, { kind: (place) => [place.kind] });
    const data = page.items.map((place) => pickFields(place, fields) as Place);
    return c.json(listBody(c, page, data, counted), 200);
  },
  validationHook(listPlaces),
);

places.openapi(
  getPlace,
  (c) => {
    const { id } = c.req.valid('param');
    const view = c.get('view');
    const { graph } = view;
    const place = graph.place(id);
    if (place === undefined) return notFound(c, `place "${id}"`);
    const refs = new RefCollector(graph);
    const within: string[] = [];
    for (let outer = place.within; outer !== undefined && !within.includes(outer) && outer !== id; ) {
      within.push(outer);
      refs.add('place', outer);
      outer = graph.place(outer)?.within;
    }
    const contains = graph.placesWithin(id).map((inner) => {
      refs.add('place', inner.id);
      return inner.id;
    });
    const events = filterEvents(graph, { place: id });
    const { ids } = graph.timeline();
    const eventIds = events.slice(0, EVENT_IDS).map((rank) => {
      refs.add('event', ids[rank]!);
      return ids[rank]!;
    });
    return c.json(
      {
        data: place,
        within,
        contains,
        events: { total: events.length, ids: eventIds },
        articles: articleSample(view.articlesAbout('place', id)),
        refs: refs.refs,
      },
      200,
    );
  },
  validationHook(getPlace),
);
