import { createRoute, z } from '@hono/zod-openapi';
import { acledRow, type EventTimeline, eventFeature, toAcledCsv } from '@marsad/content';
import { Event, EventSubtype, EventType, Id, isSubtypeOf, ParticipantRole, subtypesOf } from '@marsad/schema';
import { bboxParam, cursorParam, dayParam, intParam, limitParam, namesParam } from '../http/params.js';
import { invalidParameters, notFound } from '../http/problem.js';
import { cacheHeaders, jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { countFacets, type FacetOf } from '../list/facets.js';
import { pickFields } from '../list/fields.js';
import { listBody, listSchema, setNextLink } from '../list/list-response.js';
import { paginate } from '../list/paginate.js';
import { createRouter, validationHook } from '../router.js';
import { ArticleSample, articleSample } from '../views/articles.js';
import { type EventFilter, filterEvents } from '../views/event-filter.js';
import { EventFeatureCollection } from '../views/geojson.js';
import { eventAt, eventDays, eventsAt, rankKey } from '../views/graph-index.js';
import { RefCollector, Refs } from '../views/refs.js';

const eventFieldNames = Object.keys(Event.shape) as (keyof typeof Event.shape)[];

/** An event trimmed by `fields=`: any of its fields, `id` always. */
export const EventFields = z.object(Event.shape).partial().required({ id: true }).meta({
  id: 'EventFields',
  title: 'Event (trimmed)',
  description: 'An event with only the fields asked for.',
});

const filters = {
  from: dayParam(
    'Only events that may have happened on or after the first day of this year, month or day (an event dated 2023-10/2024-01 is in from=2024).',
  ),
  to: dayParam('Only events that may have happened on or before the last day of this year, month or day.'),
  type: EventType.optional().meta({ description: 'Only events of this type.' }),
  subtype: EventSubtype.optional().meta({ description: 'Only events of this sub-type.' }),
  actor: Id.optional().meta({ description: 'Only events this actor takes part in.' }),
  role: ParticipantRole.optional().meta({
    description: 'Only events with a participant in this role (with `actor`: that actor in this role).',
  }),
  place: Id.optional().meta({ description: 'Only events at this place or at any place within it.' }),
  partOf: Id.optional().meta({ description: 'Only the member events of this campaign or wave.' }),
  respondsTo: Id.optional().meta({ description: 'Only events that respond to this event.' }),
  bbox: bboxParam(),
  minFatalities: intParam(0, 10_000_000, 'Only events with at least this best estimate of deaths.'),
};

const facetNames = ['type', 'subtype', 'year', 'actor', 'place'] as const;
/** What each event facet counts; `year` is the year of the earliest possible day (none when open). */
function eventFacets(index: EventTimeline): Record<(typeof facetNames)[number], FacetOf<Event>> {
  return {
    type: (event) => [event.type],
    subtype: (event) => [event.subtype],
    year: (event) => {
      const { earliest } = eventDays(index, event.id);
      return earliest === '' ? [] : [earliest.slice(0, 4)];
    },
    actor: (event) => (event.participants ?? []).map((participant) => participant.actor),
    place: (event) => (event.location ? [event.location.place] : []),
  };
}

const cursor = cursorParam(['string', 'string', 'string']);

const listEvents = createRoute({
  operationId: 'listEvents',
  method: 'get',
  path: '/v1/events',
  tags: ['events'],
  summary: 'List events',
  description: 'Events in date order (earliest possible day, then latest, then id), filtered.',
  request: {
    query: z.strictObject({
      ...filters,
      facets: namesParam(facetNames, 'Count these facets over the filtered list.'),
      fields: namesParam(eventFieldNames, 'Return only these fields of each event (and `id`).'),
      limit: limitParam(200, 50),
      cursor,
    }),
  },
  responses: {
    200: jsonOk(
      listSchema('EventList', z.union([Event, EventFields]), 'A page of events.'),
      'A page of events.',
      listHeaders,
    ),
    400: problemResponses[400],
  },
});

const exportQuery = z.strictObject({ ...filters, limit: limitParam(5000, 1000), cursor });

const eventsCsv = createRoute({
  operationId: 'exportEventsCsv',
  method: 'get',
  path: '/v1/events.csv',
  tags: ['events'],
  summary: 'Export events as CSV (ACLED columns)',
  description:
    'The filtered events as CSV with ACLED’s column names (event_id_cnty, event_date, event_type, actor1…), then Marsad’s id, type and sub-type. Pages like the JSON list, through the `Link` header.',
  request: { query: exportQuery },
  responses: {
    200: {
      description: 'CSV (RFC 4180), one header line.',
      headers: listHeaders,
      content: { 'text/csv': { schema: z.string() } },
    },
    400: problemResponses[400],
  },
});

const eventsGeojson = createRoute({
  operationId: 'exportEventsGeojson',
  method: 'get',
  path: '/v1/events.geojson',
  tags: ['events'],
  summary: 'Export located events as GeoJSON',
  description: 'The filtered events that have a known point, as a GeoJSON FeatureCollection.',
  request: { query: exportQuery },
  responses: {
    200: {
      description: 'A GeoJSON FeatureCollection.',
      headers: listHeaders,
      content: { 'application/geo+json': { schema: EventFeatureCollection } },
    },
    400: problemResponses[400],
  },
});

/** How many related ids an event response lists before pointing at the filtered list. */
const RELATED_IDS = 100;

const IdSample = z.object({ total: z.int().min(0), ids: z.array(Id) }).meta({
  id: 'IdSample',
  title: 'Related ids',
  description: `The first ${RELATED_IDS} ids, in order, and the count.`,
});

const getEvent = createRoute({
  operationId: 'getEvent',
  method: 'get',
  path: '/v1/events/{id}',
  tags: ['events'],
  summary: 'Get an event',
  description:
    'An event with its member events (`parts`, all of them at /v1/events?partOf=), the events that respond to it (/v1/events?respondsTo=), the public articles about it, and the names of everything it refers to.',
  request: { params: z.object({ id: Id }), query: z.strictObject({}) },
  responses: {
    200: jsonOk(
      z
        .object({
          data: Event,
          parts: IdSample,
          responses: IdSample,
          articles: ArticleSample,
          refs: Refs,
        })
        .meta({ id: 'EventDetail', title: 'Event detail', description: 'An event and what relates to it.' }),
      'The event.',
      cacheHeaders,
    ),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

/** Routes of the events resource: the list, its CSV and GeoJSON exports, and one event. */
export const events = createRouter();

/** The error of a `subtype` that does not belong to the `type` asked for, if any. */
function checkSubtype(filter: EventFilter) {
  if (filter.type === undefined || filter.subtype === undefined) return [];
  if (isSubtypeOf(filter.type, filter.subtype)) return [];
  return [
    {
      parameter: 'subtype',
      in: 'query' as const,
      detail: `"${filter.subtype}" is not a sub-type of "${filter.type}": expected ${subtypesOf(filter.type).join(', ')}`,
    },
  ];
}

events.openapi(
  listEvents,
  (c) => {
    const { facets, fields, limit, cursor: after, ...filter } = c.req.valid('query');
    const errors = checkSubtype(filter);
    if (errors.length > 0) return invalidParameters(c, errors);
    const { graph } = c.get('view');
    const index = graph.timeline();
    const matched = filterEvents(graph, filter);
    const page = paginate(matched, (rank) => rankKey(index, rank), { after, limit });
    const counted = facets && countFacets(eventsAt(graph, matched), facets, eventFacets(index));
    const data = eventsAt(graph, page.items).map((event) => pickFields(event, fields) as Event);
    return c.json(listBody(c, page, data, counted), 200);
  },
  validationHook(listEvents),
);

events.openapi(
  eventsCsv,
  (c) => {
    const { limit, cursor: after, ...filter } = c.req.valid('query');
    const errors = checkSubtype(filter);
    if (errors.length > 0) return invalidParameters(c, errors);
    const { graph } = c.get('view');
    const index = graph.timeline();
    const page = paginate(filterEvents(graph, filter), (rank) => rankKey(index, rank), { after, limit });
    setNextLink(c, page.next);
    const rows = eventsAt(graph, page.items).map((event) => acledRow(graph, event));
    return c.body(toAcledCsv(rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'inline; filename="events.csv"',
    });
  },
  validationHook(eventsCsv),
);

events.openapi(
  eventsGeojson,
  (c) => {
    const { limit, cursor: after, ...filter } = c.req.valid('query');
    const errors = checkSubtype(filter);
    if (errors.length > 0) return invalidParameters(c, errors);
    const { graph } = c.get('view');
    const index = graph.timeline();
    const located = filterEvents(graph, filter).flatMap((rank) => {
      const feature = eventFeature(graph, eventAt(graph, rank));
      return feature ? [{ rank, feature }] : [];
    });
    const page = paginate(located, ({ rank }) => rankKey(index, rank), { after, limit });
    setNextLink(c, page.next);
    const body = {
      type: 'FeatureCollection' as const,
      features: page.items.map(({ feature }) => feature),
      total: page.total,
      next: page.next,
    };
    return c.json(body, 200, { 'Content-Type': 'application/geo+json' });
  },
  validationHook(eventsGeojson),
);

events.openapi(
  getEvent,
  (c) => {
    const { id } = c.req.valid('param');
    const view = c.get('view');
    const event = view.graph.event(id);
    if (event === undefined) return notFound(c, `event "${id}"`);
    const refs = new RefCollector(view.graph).addReferencesOf('event', id);
    const sample = (related: Event[]) => {
      const ids = related.slice(0, RELATED_IDS).map((item) => item.id);
      for (const relatedId of ids) refs.add('event', relatedId);
      return { total: related.length, ids };
    };
    return c.json(
      {
        data: event,
        parts: sample(view.graph.partsOf(id)),
        responses: sample(view.graph.responsesTo(id)),
        articles: articleSample(view.articlesAbout('event', id)),
        refs: refs.refs,
      },
      200,
    );
  },
  validationHook(getEvent),
);
