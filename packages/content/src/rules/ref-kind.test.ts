import type { Actor, Event, Place } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { ContentGraph } from '../graph/content-graph.js';
import type { ArticleEntry, EntityKind, Reference } from '../model/entities.js';
import { collectionsHolding, refKind } from './ref-kind.js';
import { refUnknown } from './ref-unknown.js';
import type { Rule, RuleReport } from './rule.js';

const place = (id: string, kind: Place['kind'], within?: string): Place => ({
  id,
  kind,
  name: { en: id },
  ...(within && { within }),
});
const actor = (id: string, kind: Actor['kind'], fields: Partial<Actor> = {}): Actor => ({
  id,
  kind,
  name: { en: id },
  ...fields,
});
const event = (id: string, fields: Partial<Event>): Event => ({
  id,
  title: { en: id },
  date: '2024-01-05',
  type: 'political',
  subtype: 'visit',
  ...fields,
});

function graphOf(entities: Partial<ConstructorParameters<typeof ContentGraph>[0]>): ContentGraph {
  return new ContentGraph({ actor: [], event: [], place: [], author: [], article: [], ...entities });
}

/** The reports of one rule over a graph; `failed` lists `kind:id` of entries that failed validation. */
function run(rule: Rule, graph: ContentGraph, failed: string[] = []): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.check({
    graph,
    isFailed: (kind: EntityKind, id: string) => failed.includes(`${kind}:${id}`),
    report: (report) => reports.push(report),
    subjects: (kind) => graph.all(kind),
    shared: undefined,
  });
  return reports;
}

const at = (reports: RuleReport[]) => reports.map((report) => `${report.at.id} ${report.path.join('.')}`);

describe('collectionsHolding', () => {
  const graph = graphOf({ place: [place('baghdad', 'city')], actor: [actor('al-sudani', 'person')] });
  const to = (kind: EntityKind, id: string): Reference => ({
    from: { kind: 'event', id: 'visit' },
    to: { kind, id },
    path: ['participants', 0, 'actor'],
    field: 'participants',
  });
  const context = (failed: string[] = []) => ({
    graph,
    isFailed: (kind: EntityKind, id: string) => failed.includes(`${kind}:${id}`),
  });

  it('names the collections that hold the id when the expected one does not', () => {
    expect(collectionsHolding(context(), to('actor', 'baghdad'))).toEqual(['place']);
  });

  it('is empty when the expected collection holds the id, or when no collection does', () => {
    expect(collectionsHolding(context(), to('actor', 'al-sudani'))).toEqual([]);
    expect(collectionsHolding(context(), to('actor', 'nobody'))).toEqual([]);
  });

  it('counts entries that exist but failed validation', () => {
    expect(collectionsHolding(context(['place:erbil']), to('actor', 'erbil'))).toEqual(['place']);
    expect(collectionsHolding(context(['actor:baghdad']), to('actor', 'baghdad'))).toEqual([]);
  });
});

describe('ref/kind and ref/unknown', () => {
  const graph = graphOf({
    place: [place('baghdad', 'city')],
    event: [
      event('visit', {
        participants: [
          { actor: 'baghdad', role: 'participant' },
          { actor: 'nobody', role: 'participant' },
        ],
      }),
    ],
  });

  it('report each bad reference once: an id of another collection by ref/kind, a missing one by ref/unknown', () => {
    expect(at(run(refKind, graph))).toEqual(['visit participants.0.actor']);
    expect(at(run(refUnknown, graph))).toEqual(['visit participants.1.actor']);
  });

  it('points ref/kind at the entry the id belongs to', () => {
    const [report] = run(refKind, graph);
    expect(report?.message).toContain('"baghdad" is a place, not an actor');
    expect(report?.cause?.at).toEqual({ kind: 'place', id: 'baghdad' });
  });
});

describe('ref/kind on kinds', () => {
  it('wants organisations in memberships, designations and part-of targets, and lets other relations be', () => {
    const graph = graphOf({
      actor: [
        actor('ali', 'person'),
        actor('front', 'alliance'),
        actor('brigade', 'armed-group', {
          relations: [
            { type: 'part-of', target: 'ali' },
            { type: 'commands', target: 'ali' },
            { type: 'part-of', target: 'front' },
          ],
        }),
        actor('hadi', 'person', {
          memberships: [{ organization: 'front' }, { organization: 'ali' }],
          designations: [{ by: 'ali', list: { en: 'a list' }, date: '2020' }],
        }),
      ],
    });
    const reports = run(refKind, graph);
    expect(at(reports)).toEqual([
      'brigade relations.0.target',
      'hadi memberships.1.organization',
      'hadi designations.0.by',
    ]);
    expect(reports.every((report) => report.cause?.path[0] === 'kind')).toBe(true);
  });

  it('suggests the country a place lies within, and stops at a within loop', () => {
    const graph = graphOf({
      place: [
        place('iraq', 'country'),
        place('anbar', 'province', 'iraq'),
        place('ramadi', 'city', 'anbar'),
        place('east', 'region', 'west'),
        place('west', 'region', 'east'),
      ],
      actor: [
        actor('tribe', 'other', { country: 'ramadi' }),
        actor('nomads', 'other', { country: 'east' }),
        actor('state', 'state', { country: 'iraq' }),
      ],
    });
    const reports = run(refKind, graph);
    expect(reports.map((report) => [report.at.id, report.suggestions])).toEqual([
      ['nomads', []],
      ['tribe', ['iraq']],
    ]);
  });

  it('takes areas and seas as regions, not sites or bases', () => {
    const article: ArticleEntry = {
      id: 'gulf-shipping',
      lang: 'en',
      meta: {
        title: 'Shipping in the Gulf',
        summary: 'A brief.',
        type: 'brief',
        status: 'draft',
        regions: ['gulf', 'anbar', 'ain-al-asad', 'harbour'],
      },
      versions: {},
    };
    const graph = graphOf({
      place: [
        place('gulf', 'sea'),
        place('anbar', 'province'),
        place('ain-al-asad', 'military-base', 'anbar'),
        place('harbour', 'site'),
      ],
      article: [article],
    });
    const reports = run(refKind, graph);
    expect(reports.map((report) => [report.path.join('.'), report.suggestions])).toEqual([
      ['regions.2', ['anbar']],
      ['regions.3', []],
    ]);
  });

  it('offers no subject prefix for an author named in about', () => {
    const article: ArticleEntry = {
      id: 'note',
      lang: 'en',
      meta: { title: 'A note', summary: 'A note.', type: 'brief', status: 'draft', about: ['actor:analyst'] },
      versions: {},
    };
    const graph = graphOf({ author: [{ id: 'analyst', name: { en: 'Analyst' } }], article: [article] });
    const [report] = run(refKind, graph);
    expect(report?.message).toContain('`about` names only actors, events and places');
    expect(report?.suggestions).toEqual([]);
  });
});
