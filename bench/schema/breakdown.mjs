// Where Event.safeParse and Actor.safeParse spend their time: each field's schema timed alone on the
// values the generated corpus holds, in µs per event or actor, beside the whole schema and beside zod's
// floor (the same object shape with plain types and no refinements). The entities switch to zod's
// compiled parser after their first 1,000 values, so every row is compiled too (z.compile), as its
// code runs inside the compiled entity; the floor is given both compiled and interpreted. A JSON
// round trip of the same objects is the yardstick that says how fast the machine was.
// Complements a CPU profile (`node --cpu-prof bench/schema/throughput.mjs 20000`), which attributes
// time to zod internals rather than to Marsad's fields.
// Run: node bench/schema/breakdown.mjs [count]   (default 20000)
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import * as schema from '../../packages/schema/dist/index.js';
import { median } from '../lib/median.mjs';
import { generateCorpus } from './generate.mjs';
import { plainActor, plainEvent } from './zod-floor.mjs';

const RUNS = 9;

/** CPU µs of the main thread per owner object to run `validate` over `values` once. */
function microsPerOwner(validate, values, owners) {
  const start = process.threadCpuUsage();
  for (const value of values) validate(value);
  const { user, system } = process.threadCpuUsage(start);
  return (user + system) / owners;
}

const present = (values) => values.filter((value) => value !== undefined);

/** `rowSchema` compiled (z.compile), timed through its safeParse, as its code runs inside a compiled entity. */
function compiled(rowSchema) {
  const compiledSchema = z.compile(rowSchema);
  return (value) => compiledSchema.safeParse(value);
}
/** `rowSchema` timed through its own safeParse, as it is: the entities as exported, a schema interpreted. */
const parsedBy = (rowSchema) => (value) => rowSchema.safeParse(value);
/** Not validation: the yardstick of how fast the machine ran. */
const jsonRoundTrip = (value) => JSON.parse(JSON.stringify(value));

/** The rows of the breakdown: label, the function timed, the values it sees in the corpus. */
function rows({ events, actors }) {
  const sources = events.flatMap((event) => event.sources ?? []);
  return {
    events: [
      ['Event (whole, as exported)', parsedBy(schema.Event), events],
      ['zod floor: same shape, plain types', compiled(plainEvent), events],
      ['zod floor, interpreted (not compiled)', parsedBy(plainEvent), events],
      ['yardstick: JSON.parse(JSON.stringify(event))', jsonRoundTrip, events],
      [
        'title, summary: Localized',
        compiled(schema.Localized),
        present(events.flatMap((event) => [event.title, event.summary])),
      ],
      ['date: FuzzyDate', compiled(schema.FuzzyDate), events.map((event) => event.date)],
      ['sources: Source (whole)', compiled(schema.Source), sources],
      ['  sources[].url: HttpUrl', compiled(schema.HttpUrl), present(sources.map((source) => source.url))],
      [
        '  sources[].date: FuzzyDate',
        compiled(schema.FuzzyDate),
        present(sources.map((source) => source.date)),
      ],
      [
        'participants: Participant',
        compiled(schema.Participant),
        events.flatMap((event) => event.participants ?? []),
      ],
      ['location: Location', compiled(schema.Location), present(events.map((event) => event.location))],
      [
        'fatalities: Fatalities',
        compiled(schema.Fatalities),
        present(events.map((event) => event.fatalities)),
      ],
      [
        'id, partOf, respondsTo: Id',
        compiled(schema.Id),
        present(events.flatMap((event) => [event.id, event.partOf, ...(event.respondsTo ?? [])])),
      ],
      ['ids: ExternalIds', compiled(schema.ExternalIds), present(events.map((event) => event.ids))],
    ],
    actors: [
      ['Actor (whole, as exported)', parsedBy(schema.Actor), actors],
      ['zod floor: same shape, plain types', compiled(plainActor), actors],
      ['yardstick: JSON.parse(JSON.stringify(actor))', jsonRoundTrip, actors],
      [
        'name, summary: Localized',
        compiled(schema.Localized),
        present(actors.flatMap((actor) => [actor.name, actor.summary])),
      ],
      ['aliases: Alias', compiled(schema.Alias), actors.flatMap((actor) => actor.aliases ?? [])],
      [
        'born…dissolved: FuzzyDate',
        compiled(schema.FuzzyDate),
        present(actors.flatMap((actor) => [actor.born, actor.died, actor.founded, actor.dissolved])),
      ],
      [
        'memberships: Membership',
        compiled(schema.Membership),
        actors.flatMap((actor) => actor.memberships ?? []),
      ],
      ['relations: Relation', compiled(schema.Relation), actors.flatMap((actor) => actor.relations ?? [])],
      [
        'designations: Designation',
        compiled(schema.Designation),
        actors.flatMap((actor) => actor.designations ?? []),
      ],
      ['ids: ExternalIds', compiled(schema.ExternalIds), present(actors.map((actor) => actor.ids))],
    ],
  };
}

/**
 * µs per event and per actor for each row, and each row's share of the whole schema's time.
 * @param {number} count
 */
export function measureBreakdown(count) {
  const corpus = generateCorpus(count);
  // Rows take turns, one pass each per round, so that a neighbour's load on a shared machine
  // falls on every row alike; the first round is the warm-up (and compiles the entities).
  const measure = (table, owners) => {
    const timed = table.map(([label, validate, values]) => ({ label, values, validate, runs: [] }));
    for (let round = 0; round <= RUNS; round++) {
      for (const row of timed) {
        const micros = microsPerOwner(row.validate, row.values, owners);
        if (round > 0) row.runs.push(micros);
      }
    }
    const whole = median(timed[0].runs);
    return timed.map(({ label, values, runs }) => ({
      label,
      perItem: values.length / owners,
      micros: median(runs),
      share: median(runs) / whole,
    }));
  };
  const table = rows(corpus);
  return {
    events: measure(table.events, corpus.events.length),
    actors: measure(table.actors, corpus.actors.length),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureBreakdown(Number(process.argv[2] ?? 20_000));
  for (const [owner, table] of Object.entries(result)) {
    console.log(`\nµs of CPU per ${owner.slice(0, -1)} (median of ${RUNS} interleaved runs)`);
    for (const row of table) {
      const items = row.perItem === 1 ? '' : ` (${row.perItem.toFixed(2)} per ${owner.slice(0, -1)})`;
      console.log(
        `${`${row.label}${items}`.padEnd(58)} ${row.micros.toFixed(2).padStart(7)} µs ${`${Math.round(row.share * 100)}%`.padStart(5)}`,
      );
    }
  }
}
