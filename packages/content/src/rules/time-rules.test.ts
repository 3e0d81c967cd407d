import { fileURLToPath } from 'node:url';
import { type Event, type ParticipantRole, participantRoles } from '@marsad/schema';
import { describe, expect, it } from 'vitest';
import { ContentGraph } from '../graph/content-graph.js';
import { loadContent } from '../load-content.js';
import type { ActorEntry } from '../model/entities.js';
import { integrityRules } from './index.js';
import type { Rule, RuleReport } from './rule.js';
import { timeAfterEnd } from './time-after-end.js';
import { timeMembershipOutsideLife } from './time-membership-outside-life.js';
import { timeNotYet } from './time-not-yet.js';
import { timeResponseBeforeCause } from './time-response-before-cause.js';

// The four time rules share one way of comparing dates (certain day bounds, lifetimes parsed once), so
// their cases live together; the fixtures under test/fixtures/time-* show them with positions.

const actor = (id: string, fields: Partial<ActorEntry> = {}): ActorEntry => ({
  id,
  kind: 'person',
  name: { en: id },
  ...fields,
});
const organization = (id: string, fields: Partial<ActorEntry> = {}) =>
  actor(id, { kind: 'armed-group', ...fields });
const event = (id: string, date: string, fields: Partial<Event> = {}): Event => ({
  id,
  title: { en: id },
  date,
  type: 'political',
  subtype: 'statement',
  ...fields,
});
const withParticipant = (actorId: string, role: ParticipantRole): Partial<Event> => ({
  participants: [
    { actor: 'bystander', role: 'target' },
    { actor: actorId, role },
  ],
});

/** What a rule reports over a graph of these actors and events. */
function reportsOf(rule: Rule, actors: ActorEntry[], events: Event[] = []): RuleReport[] {
  const graph = new ContentGraph({ actor: actors, event: events, place: [], author: [], article: [] });
  const reports: RuleReport[] = [];
  rule.check({
    graph,
    isFailed: () => false,
    report: (report) => reports.push(report),
    subjects: (kind) => graph.all(kind),
    shared: rule.shared?.compute(graph),
  });
  return reports;
}

describe('time/not-yet', () => {
  const check = (born: string, date: string, role: ParticipantRole = 'perpetrator') =>
    reportsOf(
      timeNotYet,
      [actor('ali', { born }), actor('bystander')],
      [event('e', date, withParticipant('ali', role))],
    );

  it.each([
    ['1985-03-02', '1980-05-01', true],
    ['1985', '1984-12-31', true],
    ['1985-03-02', '1985-03-02', false],
    ['1985-03-02', '1985', false],
    ['1985-03-02', '1985-03~', false],
    ['2013-04', '2010-06/2012', true],
    ['2013-04', '2010-06/2014', false],
    ['2013-04', '../2013-03-31', true],
    ['2013-04', '../2013-05', false],
    ['2013-04', '2010/..', false],
    ['../1975', '1960', false],
    ['2024-01-04T12:00:00Z', '2024-01-04T10:00:00Z', true],
    ['2024-01-04T12:00:00Z', '2024-01-04', false],
  ])('born %s, event %s: reported %s', (born, date, reported) => {
    expect(check(born, date)).toHaveLength(reported ? 1 : 0);
  });

  it.each(participantRoles)('reports the %s role too', (role) => {
    expect(check('1985', '1980', role)).toHaveLength(1);
  });

  it('points at the participant and names the birth as the cause', () => {
    expect(check('1985-03-02', '1980-05-01')).toEqual([
      {
        at: { kind: 'event', id: 'e' },
        path: ['participants', 1, 'actor'],
        message:
          'perpetrator "ali" was born 1985-03-02, after this event (1980-05-01): correct the event\'s `date`, the participant, or `born` of "ali"',
        cause: { at: { kind: 'actor', id: 'ali' }, path: ['born'], message: '"ali" was born 1985-03-02' },
      },
    ]);
  });

  it('says founded for an organisation', () => {
    const [report] = reportsOf(
      timeNotYet,
      [organization('front', { founded: '2013-04' })],
      [event('e', '2012-12', { participants: [{ actor: 'front', role: 'claimant' }] })],
    );
    expect(report?.message).toContain('claimant "front" was founded 2013-04, after this event (2012-12)');
    expect(report?.cause?.path).toEqual(['founded']);
  });

  it('ignores actors without a start and participants that do not exist', () => {
    expect(
      reportsOf(
        timeNotYet,
        [actor('ali', { died: '2000' })],
        [
          event('e', '1900', {
            participants: [
              { actor: 'ali', role: 'victim' },
              { actor: 'nobody', role: 'victim' },
            ],
          }),
        ],
      ),
    ).toEqual([]);
  });
});

describe('time/after-end', () => {
  const check = (died: string, date: string, role: ParticipantRole) =>
    reportsOf(
      timeAfterEnd,
      [actor('karim', { died }), actor('bystander')],
      [event('e', date, withParticipant('karim', role))],
    );

  // Every role gets the same whole-day test: victims fall on the day of death, and so may actors
  // (a suicide bomber); only an event certainly on a later day is reported.
  it.each([
    ['2020-01-03', '2020-01-03', false],
    ['2020-01-03', '2020-01-04', true],
    ['2023-12', '2023-12-20', false],
    ['2023-12', '2024-01-01', true],
    ['2024-01-04', '2023-10/2024-02', false],
    ['2024-01-04', '2024-01-05/2024-02', true],
    ['2024-01-04', '2024-01-05/..', true],
    ['2024-01-04', '../2024-02', false],
    ['2019/..', '2030', false],
    ['2024-01-04T10:00:00Z', '2024-01-04T15:00:00Z', false],
    ['2024-01-04T23:30:00-05:00', '2024-01-05T01:00:00+03:00', false],
    ['2024-01-04T23:30:00-05:00', '2024-01-05T10:00:00+03:00', true],
    ['2024-01-04T10:00:00Z', '2024-01-05', true],
  ])('died %s, event %s: reported %s, for victims and perpetrators alike', (died, date, reported) => {
    expect(check(died, date, 'victim')).toHaveLength(reported ? 1 : 0);
    expect(check(died, date, 'perpetrator')).toHaveLength(reported ? 1 : 0);
  });

  it.each(participantRoles)('reports the %s role after the day of death', (role) => {
    expect(check('2024-01-04', '2024-01-05', role)).toHaveLength(1);
  });

  it('points at the participant, names the death as the cause and suggests who acted instead', () => {
    expect(check('2024-01-04', '2024-02-10', 'perpetrator')).toEqual([
      {
        at: { kind: 'event', id: 'e' },
        path: ['participants', 1, 'actor'],
        message:
          'perpetrator "karim" died 2024-01-04, before this event (2024-02-10): correct the event\'s `date`, name the actor that acted in its place, or correct `died` of "karim"',
        cause: { at: { kind: 'actor', id: 'karim' }, path: ['died'], message: '"karim" died 2024-01-04' },
      },
    ]);
  });

  it('tells that victims and targets may fall on the day of death but not after', () => {
    const [report] = check('2020-01-03', '2020-01-05', 'victim');
    expect(report?.message).toContain('an actor can be a victim on the day it died but not after');
  });

  it('says dissolved for an organisation', () => {
    const [report] = reportsOf(
      timeAfterEnd,
      [organization('council', { founded: '2011', dissolved: '2017-12' })],
      [event('e', '2018-04', { participants: [{ actor: 'council', role: 'target' }] })],
    );
    expect(report?.message).toContain('target "council" was dissolved 2017-12, before this event (2018-04)');
    expect(report?.cause?.path).toEqual(['dissolved']);
  });
});

describe('time/response-before-cause', () => {
  const check = (response: string, cause: string) =>
    reportsOf(
      timeResponseBeforeCause,
      [],
      [
        event('cause', cause),
        event('earlier', '1990'),
        event('response', response, { respondsTo: ['earlier', 'cause'] }),
      ],
    );

  it.each([
    ['2020-01-02', '2020-01-03', true],
    ['2020-01-03', '2020-01-03', false],
    ['2023-11-17', '2023-10-17/2024-01', false],
    ['2024-01', '2024-01-20', false],
    ['2024-01-04T10:30:00+03:00', '2024-01-04T12:00:00+03:00', true],
    ['2024-01-04', '2024-01-04T12:00:00+03:00', false],
    ['../2019', '2020', true],
    ['2019/..', '2020', false],
    ['2021', '2020/..', false],
  ])('response %s, cause %s: reported %s', (response, cause, reported) => {
    expect(check(response, cause)).toHaveLength(reported ? 1 : 0);
  });

  it('points at the respondsTo entry and names the cause date', () => {
    expect(check('2020-01-02', '2020-01-03')).toEqual([
      {
        at: { kind: 'event', id: 'response' },
        path: ['respondsTo', 1],
        message:
          'this event (2020-01-02) cannot respond to "cause", which happened later (2020-01-03): correct either `date`, or remove "cause" from `respondsTo` (if it responds to this event, list this event in its `respondsTo` instead)',
        cause: { at: { kind: 'event', id: 'cause' }, path: ['date'], message: '"cause" happened 2020-01-03' },
      },
    ]);
  });

  it('leaves unknown events to ref/unknown', () => {
    expect(reportsOf(timeResponseBeforeCause, [], [event('e', '2020', { respondsTo: ['nothing'] })])).toEqual(
      [],
    );
  });
});

describe('time/membership-outside-life', () => {
  const union = organization('union', { founded: '1950' });
  const memberWith = (from?: string, to?: string) =>
    reportsOf(timeMembershipOutsideLife, [
      actor('layla', {
        born: '1970',
        died: '2015-06-01',
        memberships: [{ organization: 'union', ...(from && { from }), ...(to && { to }) }],
      }),
      union,
    ]);
  const where = (reports: RuleReport[]) =>
    reports.map(
      (report) => `${report.path.join('.')} ${report.cause?.at.id}.${report.cause?.path.join('.')}`,
    );

  it.each([
    ['1965', undefined, ['memberships.0.from layla.born']],
    [undefined, '1965', ['memberships.0.to layla.born']],
    ['2010', '2016', ['memberships.0.to layla.died']],
    ['2017-03', undefined, ['memberships.0.from layla.died']],
    ['2017-03', '2018', ['memberships.0.from layla.died']],
    ['1960', '2020', ['memberships.0.from layla.born', 'memberships.0.to layla.died']],
    ['1995', '2015-06-01', []],
    ['1970', undefined, []],
    ['2010', undefined, []],
    ['2014~', '2015', []],
  ])('from %s to %s: %j', (from, to, expected) => {
    expect(where(memberWith(from, to))).toEqual(expected);
  });

  it('says which end lies on which side of which date, and how to fix it', () => {
    const [report] = memberWith('2010', '2016');
    expect(report?.message).toBe(
      'this membership ends (2016) after "layla" died (2015-06-01): correct `to`, or `died` of "layla"',
    );
    expect(report?.at).toEqual({ kind: 'actor', id: 'layla' });
  });

  it("checks the organisation's founding and dissolution", () => {
    const front = organization('front', { founded: '2013-04', dissolved: '2019' });
    const omar = actor('omar', {
      born: '1960',
      memberships: [
        { organization: 'front', from: '2012', to: '2014' },
        { organization: 'front', from: '2018', to: '2020-03' },
        { organization: 'front', from: '2013', to: '2019' },
      ],
    });
    const reports = reportsOf(timeMembershipOutsideLife, [omar, front]);
    expect(where(reports)).toEqual(['memberships.0.from front.founded', 'memberships.1.to front.dissolved']);
    expect(reports[0]?.message).toContain(
      'this membership starts (2012) before "front" was founded (2013-04)',
    );
  });

  it('checks relations against both actors, except the end of a predecessor', () => {
    const front = organization('front', { founded: '2013-04', dissolved: '2018-12' });
    const militia = organization('militia', {
      founded: '2014',
      relations: [
        { type: 'part-of', target: 'front', from: '2013' },
        { type: 'opposes', target: 'front', from: '2020' },
        { type: 'successor-of', target: 'front', from: '2019-01' },
        { type: 'successor-of', target: 'front', from: '2012', to: '2020' },
      ],
    });
    const reports = reportsOf(timeMembershipOutsideLife, [militia, front]);
    expect(where(reports)).toEqual([
      'relations.0.from militia.founded',
      'relations.1.from front.dissolved',
      'relations.3.from militia.founded',
      'relations.3.from front.founded',
    ]);
    expect(reports[1]?.message).toContain(
      'this relation starts (2020) after "front" was dissolved (2018-12)',
    );
  });

  it('checks a lifetime once when an actor names itself, and skips actors that do not exist', () => {
    const self = organization('self', {
      founded: '2000',
      memberships: [{ organization: 'self', from: '1990' }],
      relations: [{ type: 'allied-with', target: 'nobody', from: '1995' }],
    });
    expect(where(reportsOf(timeMembershipOutsideLife, [self]))).toEqual([
      'memberships.0.from self.founded',
      'relations.0.from self.founded',
    ]);
  });
});

describe('the time rules in the pipeline', () => {
  it('run with every integrity rule, in the order of the table', () => {
    const ids = integrityRules.map((rule) => rule.id);
    const time = [
      'time/not-yet',
      'time/after-end',
      'time/response-before-cause',
      'time/membership-outside-life',
    ];
    expect(ids.filter((id) => id.startsWith('time/'))).toEqual(time);
  });

  it('find nothing in the seed content, where victims die on the day of the strike', async () => {
    const root = fileURLToPath(new URL('../../../../content/', import.meta.url));
    const { graph, diagnostics } = await loadContent(root);
    expect(graph.actor('qasem-soleimani')?.died).toBe('2020-01-03');
    expect(graph.eventsOf('qasem-soleimani', { role: 'victim' }).map(({ event }) => event.date)).toEqual([
      '2020-01-03',
    ]);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('time/'))).toEqual([]);
  });
});
