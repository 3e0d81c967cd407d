import { createRoute, z } from '@hono/zod-openapi';
import { DateTime, Event, Id, IsoDate, LangTag } from '@marsad/schema';
import { cursorParam, dayParam, limitParam, namesParam } from '../http/params.js';
import { jsonOk, listHeaders, problemResponses } from '../http/responses.js';
import { listBody, listSchema } from '../list/list-response.js';
import { paginate } from '../list/paginate.js';
import { type SortKey, sortByKey } from '../list/sort-key.js';
import { createRouter, validationHook } from '../router.js';
import { articleSummary } from '../views/articles.js';
import { filterEvents } from '../views/event-filter.js';
import { eventAt } from '../views/graph-index.js';

const eventFields = z
  .object(Event.shape)
  .pick({ id: true, title: true, date: true, type: true, subtype: true });

/** An event on the timeline. */
const TimelineEvent = eventFields
  .extend({
    kind: z.literal('event'),
    day: IsoDate.meta({
      description: 'The first possible day of the event (absent when its start is open).',
    }).optional(),
  })
  .meta({ id: 'TimelineEvent', title: 'Timeline event', description: 'An event on the timeline.' });

/** An article on the timeline, on the day it was published. */
const TimelineArticle = z
  .object({
    kind: z.literal('article'),
    id: Id,
    day: IsoDate.meta({ description: 'The day of publication, as written (in the editor’s offset).' }),
    date: DateTime,
    lang: LangTag,
    title: z.string(),
    summary: z.string(),
  })
  .meta({
    id: 'TimelineArticle',
    title: 'Timeline article',
    description: 'A public article on the timeline.',
  });

type TimelineItem = z.infer<typeof TimelineEvent> | z.infer<typeof TimelineArticle>;

const kinds = ['event', 'article'] as const;

const timelineRoute = createRoute({
  operationId: 'getTimeline',
  method: 'get',
  path: '/v1/timeline',
  tags: ['timeline'],
  summary: 'Timeline of events and articles',
  description:
    'Events (by their first possible day) and public articles (by their publication day) merged in date order, oldest first; filtered by actor, place and period.',
  request: {
    query: z.strictObject({
      actor: Id.optional().meta({
        description: 'Only events this actor takes part in and articles about it.',
      }),
      place: Id.optional().meta({
        description: 'Only events at this place (or within it) and articles about it (or a place within it).',
      }),
      from: dayParam('Only items on or after the first day of this year, month or day.'),
      to: dayParam('Only items on or before the last day of this year, month or day.'),
      kind: namesParam(kinds, 'Only these kinds of items.'),
      lang: LangTag.optional().meta({
        description: 'Give article titles in this language where there is a version.',
      }),
      limit: limitParam(200, 50),
      cursor: cursorParam(['string', 'string', 'string']),
    }),
  },
  responses: {
    200: jsonOk(
      listSchema(
        'Timeline',
        z.discriminatedUnion('kind', [TimelineEvent, TimelineArticle]),
        'A page of the timeline.',
      ),
      'A page of the timeline.',
      listHeaders,
    ),
    400: problemResponses[400],
  },
});

/** The timeline route. */
export const timeline = createRouter();

const itemKey = (item: TimelineItem): SortKey => [item.day ?? '', item.kind, item.id];

timeline.openapi(
  timelineRoute,
  (c) => {
    const { actor, place, from, to, kind, lang, limit, cursor } = c.req.valid('query');
    const view = c.get('view');
    const { graph } = view;
    const wanted = new Set(kind ?? kinds);
    const items: TimelineItem[] = [];
    if (wanted.has('event')) {
      const index = graph.timeline();
      for (const rank of filterEvents(graph, { actor, place, from, to })) {
        const earliest = index.earliest[rank]!;
        const { id, title, date, type, subtype } = eventAt(graph, rank);
        items.push({
          kind: 'event',
          id,
          title,
          date,
          type,
          subtype,
          ...(earliest !== '' && { day: earliest }),
        });
      }
    }
    if (wanted.has('article')) {
      const about = (what: 'actor' | 'place', id: string | undefined) =>
        id === undefined ? undefined : new Set(view.articlesAbout(what, id).map((article) => article.id));
      const subjects = [about('actor', actor), about('place', place)];
      for (const article of view.articles()) {
        const published = article.meta.published;
        if (published === undefined) continue;
        const day = published.slice(0, 10);
        if (from !== undefined && day < from.earliest) continue;
        if (to !== undefined && day > to.latest) continue;
        if (subjects.some((ids) => ids !== undefined && !ids.has(article.id))) continue;
        const summary = articleSummary(article, lang);
        items.push({
          kind: 'article',
          id: article.id,
          day,
          date: published,
          lang: summary.lang,
          title: summary.title,
          summary: summary.summary,
        });
      }
    }
    const page = paginate(sortByKey(items, itemKey), itemKey, { after: cursor, limit });
    return c.json(listBody(c, page, page.items), 200);
  },
  validationHook(timelineRoute),
);
