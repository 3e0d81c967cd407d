// Where Event.safeParse and Actor.safeParse spend their time: each field's schema timed alone on the
// values the generated corpus holds, in µs per event or actor, beside the whole schema and beside zod's
// floor (the same object shape with plain types and no refinements). Complements a CPU profile
// (`node --cpu-prof bench/schema/throughput.mjs 20000`), which attributes time to zod internals
// rather than to Marsad's fields.
// Run: node bench/schema/breakdown.mjs [count]   (default 20000)
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import * as schema from '../../packages/schema/dist/index.js';
import { generateCorpus } from './generate.mjs';
import { median } from './throughput.mjs';

/** Median CPU µs of the main thread per owner object to run `validate` over `values` (warm-up first). */
function microsPerOwner(validate, values, owners) {
  const pass = () => {
    const start = process.threadCpuUsage();
    for (const value of values) validate(value);
    const { user, system } = process.threadCpuUsage(start);
    return (user + system) / owners;
  };
  pass();
  return median(Array.from({ length: 5 }, pass));
}

const plainLocalized = z.record(z.string(), z.string());
const plainSource = z.strictObject(
  Object.fromEntries(
    ['title', 'publisher', 'url', 'date', 'accessed', 'lang', 'quote', 'note'].map((key) => [
      key,
      z.string().optional(),
    ]),
  ),
);
/** zod's floor for an event: Event's shape with plain strings and numbers, no patterns, no refinements. */
const plainEvent = z.strictObject({
  id: z.string(),
  title: plainLocalized,
  date: z.union([z.string(), z.number()]),
  type: z.string(),
  subtype: z.string(),
  location: z
    .strictObject({
      place: z.string(),
      precision: z.string(),
      coordinates: z.tuple([z.number(), z.number()]).optional(),
    })
    .optional(),
  participants: z
    .array(z.strictObject({ actor: z.string(), role: z.string(), note: plainLocalized.optional() }))
    .optional(),
  fatalities: z.record(z.string(), z.number()).optional(),
  injured: z.number().optional(),
  partOf: z.string().optional(),
  respondsTo: z.array(z.string()).optional(),
  summary: plainLocalized.optional(),
  sources: z.array(plainSource).optional(),
  confidence: z.string().optional(),
  ids: z.record(z.string(), z.string()).optional(),
});

const present = (values) => values.filter((value) => value !== undefined);

/** The rows of the breakdown: label, the schema that validates it, the values it sees in the corpus. */
function rows({ events, actors }) {
  const sources = events.flatMap((event) => event.sources ?? []);
  return {
    events: [
      ['Event (whole)', schema.Event, events],
      ['zod floor: same shape, plain types', plainEvent, events],
      [
        'title, summary: Localized',
        schema.Localized,
        present(events.flatMap((event) => [event.title, event.summary])),
      ],
      ['date: FuzzyDate', schema.FuzzyDate, events.map((event) => event.date)],
      ['sources: Source (whole)', schema.Source, sources],
      ['  sources[].url: HttpUrl', schema.HttpUrl, present(sources.map((source) => source.url))],
      ['  sources[].date: FuzzyDate', schema.FuzzyDate, present(sources.map((source) => source.date))],
      ['participants: Participant', schema.Participant, events.flatMap((event) => event.participants ?? [])],
      ['location: Location', schema.Location, present(events.map((event) => event.location))],
      ['fatalities: Fatalities', schema.Fatalities, present(events.map((event) => event.fatalities))],
      [
        'id, partOf, respondsTo: Id',
        schema.Id,
        present(events.flatMap((event) => [event.id, event.partOf, ...(event.respondsTo ?? [])])),
      ],
      ['ids: ExternalIds', schema.ExternalIds, present(events.map((event) => event.ids))],
    ],
    actors: [
      ['Actor (whole)', schema.Actor, actors],
      [
        'name, summary: Localized',
        schema.Localized,
        present(actors.flatMap((actor) => [actor.name, actor.summary])),
      ],
      ['aliases: Alias', schema.Alias, actors.flatMap((actor) => actor.aliases ?? [])],
      [
        'born…dissolved: FuzzyDate',
        schema.FuzzyDate,
        present(actors.flatMap((actor) => [actor.born, actor.died, actor.founded, actor.dissolved])),
      ],
      ['memberships: Membership', schema.Membership, actors.flatMap((actor) => actor.memberships ?? [])],
      ['relations: Relation', schema.Relation, actors.flatMap((actor) => actor.relations ?? [])],
      ['designations: Designation', schema.Designation, actors.flatMap((actor) => actor.designations ?? [])],
      ['ids: ExternalIds', schema.ExternalIds, present(actors.map((actor) => actor.ids))],
    ],
  };
}

/**
 * µs per event and per actor for each row, and each row's share of the whole schema's time.
 * @param {number} count
 */
export function measureBreakdown(count) {
  const corpus = generateCorpus(count);
  const measure = (table, owners) => {
    const timed = table.map(([label, rowSchema, values]) => ({
      label,
      perItem: values.length / owners,
      micros: microsPerOwner((value) => rowSchema.safeParse(value), values, owners),
    }));
    const whole = timed[0].micros;
    return timed.map((row) => ({ ...row, share: row.micros / whole }));
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
    console.log(`\nµs of CPU per ${owner.slice(0, -1)} (median of 5 runs)`);
    for (const row of table) {
      const items = row.perItem === 1 ? '' : ` (${row.perItem.toFixed(2)} per ${owner.slice(0, -1)})`;
      console.log(
        `${`${row.label}${items}`.padEnd(58)} ${row.micros.toFixed(2).padStart(7)} µs ${`${Math.round(row.share * 100)}%`.padStart(5)}`,
      );
    }
  }
}
