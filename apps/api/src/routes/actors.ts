import { createRoute, z } from '@hono/zod-openapi';
import type { ActorEntry } from '@marsad/content';
import {
  Actor,
  ActorKind,
  Designation,
  Event,
  Id,
  LangTag,
  Membership,
  ParticipantRole,
  Relation,
} from '@marsad/schema';
import { cursorParam, dayParam, intParam, limitParam, namesParam, textParam } from '../http/params.js';
import { notFound } from '../http/problem.js';
import { cacheHeaders, jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { countFacets } from '../list/facets.js';
import { pickFields } from '../list/fields.js';
import { listBody, listSchema } from '../list/list-response.js';
import { paginate } from '../list/paginate.js';
import { createRouter, validationHook } from '../router.js';
import { ArticleList, articleSummary } from '../views/articles.js';
import { filterEvents } from '../views/event-filter.js';
import { articleKey, eventsAt, rankKey } from '../views/graph-index.js';
import { nameFilter } from '../views/name-match.js';
import { actorNetwork, Network } from '../views/network.js';
import { RefCollector, Refs } from '../views/refs.js';

const actorFieldNames = Object.keys(Actor.shape) as (keyof typeof Actor.shape)[];

/** An actor trimmed by `fields=`: any of its fields, `id` always. */
export const ActorFields = z.object(Actor.shape).partial().required({ id: true }).meta({
  id: 'ActorFields',
  title: 'Actor (trimmed)',
  description: 'An actor with only the fields asked for.',
});

/** An actor as served: the entry without its Markdown profile, which detail responses give apart. */
function actorData({ profile: _profile, ...actor }: ActorEntry): Actor {
  return actor;
}

const idParams = z.object({ id: Id });

const listActors = createRoute({
  operationId: 'listActors',
  method: 'get',
  path: '/v1/actors',
  tags: ['actors'],
  summary: 'List actors',
  description: 'Actors in id order, filtered by kind and by name.',
  request: {
    query: z.strictObject({
      kind: ActorKind.optional().meta({ description: 'Only actors of this kind.' }),
      q: textParam(
        'Only actors whose id, name or an alias contains this text, compared Arabic-normalised and case-folded.',
      ).optional(),
      facets: namesParam(['kind'], 'Count these facets over the filtered list.'),
      fields: namesParam(actorFieldNames, 'Return only these fields of each actor (and `id`).'),
      limit: limitParam(200, 50),
      cursor: cursorParam(['string']),
    }),
  },
  responses: {
    200: jsonOk(
      listSchema('ActorList', z.union([Actor, ActorFields]), 'A page of actors.'),
      'A page of actors.',
      listHeaders,
    ),
    400: problemResponses[400],
  },
});

const getActor = createRoute({
  operationId: 'getActor',
  method: 'get',
  path: '/v1/actors/{id}',
  tags: ['actors'],
  summary: 'Get an actor',
  description:
    'An actor with its profile, its members, its relations both ways (those it states and those stated towards it) and the designations it made, with the names of every actor and place referred to in `refs`.',
  request: { params: idParams, query: z.strictObject({}) },
  responses: {
    200: jsonOk(
      z
        .object({
          data: Actor,
          profile: z.object({ markdown: z.string(), html: z.string() }).nullable().meta({
            description: 'The longer profile (Markdown and sanitised HTML), when the actor has one.',
          }),
          members: z.array(z.object({ actor: Id, membership: Membership })).meta({
            description: 'The persons with a membership in this organisation.',
          }),
          relations: z.object({
            outgoing: z
              .array(Relation)
              .meta({ description: 'The relations this actor states (also in `data`).' }),
            incoming: z
              .array(z.object({ actor: Id, relation: Relation }))
              .meta({ description: 'Relations other actors state towards this one.' }),
          }),
          designationsMade: z
            .array(z.object({ actor: Id, designation: Designation }))
            .meta({ description: 'The designations of other actors this actor made.' }),
          refs: Refs,
        })
        .meta({ id: 'ActorDetail', title: 'Actor detail', description: 'An actor and its links.' }),
      'The actor.',
      cacheHeaders,
    ),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

const ActorEvent = z.object({ roles: z.array(ParticipantRole).min(1), event: Event }).meta({
  id: 'ActorEvent',
  title: 'Actor event',
  description: 'An event and the roles the actor plays in it.',
});

const actorEvents = createRoute({
  operationId: 'listActorEvents',
  method: 'get',
  path: '/v1/actors/{id}/events',
  tags: ['actors'],
  summary: 'Events of an actor',
  description: 'The events an actor takes part in, in date order, with its roles.',
  request: {
    params: idParams,
    query: z.strictObject({
      role: ParticipantRole.optional().meta({ description: 'Only events where the actor plays this role.' }),
      from: dayParam('Only events that may have happened on or after the first day of this period.'),
      to: dayParam('Only events that may have happened on or before the last day of this period.'),
      limit: limitParam(200, 50),
      cursor: cursorParam(['string', 'string', 'string']),
    }),
  },
  responses: {
    200: jsonOk(
      listSchema('ActorEventList', ActorEvent, 'A page of an actor’s events.'),
      'A page of events.',
      listHeaders,
    ),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

const actorArticles = createRoute({
  operationId: 'listActorArticles',
  method: 'get',
  path: '/v1/actors/{id}/articles',
  tags: ['actors'],
  summary: 'Articles about an actor',
  description: 'Public articles with the actor as a subject or mentioned in a body, newest first.',
  request: {
    params: idParams,
    query: z.strictObject({
      lang: LangTag.optional().meta({
        description: 'Give titles and summaries in this language where there is a version.',
      }),
      limit: limitParam(200, 50),
      cursor: cursorParam(['number', 'string']),
    }),
  },
  responses: {
    200: jsonOk(ArticleList, 'A page of articles.', listHeaders),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

const actorNetworkRoute = createRoute({
  operationId: 'getActorNetwork',
  method: 'get',
  path: '/v1/actors/{id}/network',
  tags: ['actors'],
  summary: 'Network of an actor',
  description: `The actors within \`depth\` links (relations, memberships, designations) of an actor, and the links among them; at most 500 actors.`,
  request: {
    params: idParams,
    query: z.strictObject({ depth: intParam(1, 2, 'How many links away to go: 1 (default) or 2.') }),
  },
  responses: {
    200: jsonOk(Network, 'The network.', cacheHeaders),
    400: problemResponses[400],
    404: problemResponses[404],
  },
});

/** Routes of the actors resource. */
export const actors = createRouter();

actors.openapi(
  listActors,
  (c) => {
    const { kind, q, facets, fields, limit, cursor } = c.req.valid('query');
    const matches = q === undefined ? undefined : nameFilter(q);
    const matched = c
      .get('view')
      .graph.all('actor')
      .filter(
        (actor) => (kind === undefined || actor.kind === kind) && (matches === undefined || matches(actor)),
      );
    const page = paginate(matched, (actor) => [actor.id], { after: cursor, limit });
    const counted = facets && countFacets(matched, facets, { kind: (actor) => [actor.kind] });
    const data = page.items.map((actor) => pickFields(actorData(actor), fields) as Actor);
    return c.json(listBody(c, page, data, counted), 200);
  },
  validationHook(listActors),
);

actors.openapi(
  getActor,
  (c) => {
    const { id } = c.req.valid('param');
    const { graph, data } = c.get('view');
    const actor = graph.actor(id);
    if (actor === undefined) return notFound(c, `actor "${id}"`);
    const refs = new RefCollector(graph).addReferencesOf('actor', id);
    const members = graph.membersOf(id).map(({ actor: member, membership }) => {
      refs.add('actor', member.id);
      return { actor: member.id, membership };
    });
    const { incoming } = graph.relationsOf(id);
    const designationsMade = graph.designationsBy(id).map(({ actor: designated, designation }) => {
      refs.add('actor', designated.id);
      return { actor: designated.id, designation };
    });
    for (const { source } of incoming) refs.add('actor', source.id);
    const profile =
      actor.profile === undefined
        ? null
        : { markdown: actor.profile.body, html: c.get('renderer').profile(graph, actor, data.hash) };
    return c.json(
      {
        data: actorData(actor),
        profile,
        members,
        relations: {
          outgoing: actor.relations ?? [],
          incoming: incoming.map(({ relation, source }) => ({ actor: source.id, relation })),
        },
        designationsMade,
        refs: refs.refs,
      },
      200,
    );
  },
  validationHook(getActor),
);

actors.openapi(
  actorEvents,
  (c) => {
    const { id } = c.req.valid('param');
    const { role, from, to, limit, cursor } = c.req.valid('query');
    const { graph } = c.get('view');
    if (graph.actor(id) === undefined) return notFound(c, `actor "${id}"`);
    const index = graph.timeline();
    const matched = filterEvents(graph, { actor: id, role, from, to });
    const page = paginate(matched, (rank) => rankKey(index, rank), { after: cursor, limit });
    const data = eventsAt(graph, page.items).map((event) => ({
      roles: [
        ...new Set(
          (event.participants ?? [])
            .filter(
              (participant) => participant.actor === id && (role === undefined || participant.role === role),
            )
            .map((participant) => participant.role),
        ),
      ],
      event,
    }));
    return c.json(listBody(c, page, data), 200);
  },
  validationHook(actorEvents),
);

actors.openapi(
  actorArticles,
  (c) => {
    const { id } = c.req.valid('param');
    const { lang, limit, cursor } = c.req.valid('query');
    const view = c.get('view');
    if (view.graph.actor(id) === undefined) return notFound(c, `actor "${id}"`);
    const page = paginate(view.articlesAbout('actor', id), articleKey, { after: cursor, limit });
    return c.json(
      listBody(
        c,
        page,
        page.items.map((article) => articleSummary(article, lang)),
      ),
      200,
    );
  },
  validationHook(actorArticles),
);

actors.openapi(
  actorNetworkRoute,
  (c) => {
    const { id } = c.req.valid('param');
    const { depth = 1 } = c.req.valid('query');
    const { graph } = c.get('view');
    if (graph.actor(id) === undefined) return notFound(c, `actor "${id}"`);
    return c.json(actorNetwork(graph, id, depth), 200);
  },
  validationHook(actorNetworkRoute),
);
