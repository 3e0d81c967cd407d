// Validation throughput of the built @marsad/schema (Event.safeParse, Actor.safeParse) on one thread,
// beside ajv running the package's own JSON Schemas on the same objects. ajv checks less (no calendar
// dates, no periods in order, no sub-type within its type), so it is expected to be faster: the ratio
// says what those checks, and zod, cost. A JSON round trip of the same objects (JSON.parse of
// JSON.stringify) is timed too, as a yardstick of how fast the machine ran: on a shared machine the
// figures move together, and the ratio to it travels between machines better than objects/s do.
// zod's floor (zod-floor.mjs: the entity's shape with plain types, compiled) is what zod alone costs
// for the shape: no change to Marsad's checks can make an entity faster than that.
// Run alone: node bench/schema/throughput.mjs [count]   (default 100000 of each)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as z from 'zod';
import { Actor, Event } from '../../packages/schema/dist/index.js';
import { median } from '../lib/median.mjs';
import { generateCorpus } from './generate.mjs';
import { plainActor, plainEvent } from './zod-floor.mjs';

const MEASURED_RUNS = 5;

/** Microseconds of CPU time the main thread has used: other processes on the machine do not count. */
function threadCpuMicros() {
  const { user, system } = process.threadCpuUsage();
  return user + system;
}

/**
 * Objects per second of each of `validators` over `objects`: one warm-up pass each (so the JIT has
 * compiled them, and the entity schemas, which switch to zod's compiled parser after their first
 * 1,000 values, have switched), then `runs` rounds in which each validator makes one timed pass in
 * turn, so that load from neighbours on a shared machine falls on all of them alike. Reported as
 * medians: `cpu` divides by the main thread's CPU time, which is what one core can do even when the
 * machine is shared; `wall` by elapsed time.
 * Throws when a validator rejects an object, since the corpus is valid and a rejection means the
 * benchmark would be timing the error path.
 * @param {Record<string, (object: unknown) => unknown>} validators
 * @param {unknown[]} objects
 */
export function objectsPerSecond(validators, objects, runs = MEASURED_RUNS) {
  const pass = (validate) => {
    const wallStart = performance.now();
    const cpuStart = threadCpuMicros();
    for (const object of objects) {
      if (!validate(object))
        throw new Error(`rejected a generated object: ${JSON.stringify(object).slice(0, 300)}`);
    }
    const cpuSeconds = (threadCpuMicros() - cpuStart) / 1e6;
    const wallSeconds = (performance.now() - wallStart) / 1000;
    return { cpu: Math.round(objects.length / cpuSeconds), wall: Math.round(objects.length / wallSeconds) };
  };
  const entries = Object.entries(validators);
  for (const [, validate] of entries) pass(validate);
  const perRun = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, validate] of entries) perRun[name].push(pass(validate));
  }
  const summary = (passes, key) => ({
    median: median(passes.map((result) => result[key])),
    runs: passes.map((result) => result[key]),
  });
  return Object.fromEntries(
    entries.map(([name]) => [
      name,
      { cpu: summary(perRun[name], 'cpu'), wall: summary(perRun[name], 'wall') },
    ]),
  );
}

function ajvValidator(file) {
  const ajv = new Ajv2020();
  addFormats(ajv);
  const schemaPath = fileURLToPath(new URL(`../../packages/schema/json-schema/${file}`, import.meta.url));
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

/**
 * Measures Marsad and ajv on `count` generated events and `count` generated actors.
 * @param {number} count
 */
export function measureThroughput(count) {
  const corpus = generateCorpus(count);
  const ratio = (a, b) => Number((a.cpu.median / b.cpu.median).toFixed(3));
  const compare = (schema, validateJson, plainShape, objects) => {
    const floor = z.compile(plainShape);
    const { marsad, ajv, zodFloor, jsonRoundTrip } = objectsPerSecond(
      {
        marsad: (object) => schema.safeParse(object).success,
        ajv: validateJson,
        zodFloor: (object) => floor.safeParse(object).success,
        jsonRoundTrip: (object) => JSON.parse(JSON.stringify(object)),
      },
      objects,
    );
    return {
      marsad,
      ajv,
      zodFloor,
      jsonRoundTrip,
      marsadToAjv: ratio(marsad, ajv),
      marsadToZodFloor: ratio(marsad, zodFloor),
      marsadToJsonRoundTrip: ratio(marsad, jsonRoundTrip),
    };
  };
  return {
    count,
    runs: MEASURED_RUNS,
    events: compare(Event, ajvValidator('event.json'), plainEvent, corpus.events),
    actors: compare(Actor, ajvValidator('actor.json'), plainActor, corpus.actors),
  };
}

/** One line of the report per schema. */
export function formatThroughput(result) {
  const rate = ({ cpu, wall }) =>
    `${cpu.median.toLocaleString('en')}/s (wall ${wall.median.toLocaleString('en')}/s)`;
  const line = (label, entry) =>
    `${label}: Marsad ${rate(entry.marsad)}, ajv ${rate(entry.ajv)}, Marsad/ajv ${entry.marsadToAjv}; ` +
    `zod floor ${rate(entry.zodFloor)}, Marsad/floor ${entry.marsadToZodFloor}; ` +
    `JSON round trip ${rate(entry.jsonRoundTrip)}, Marsad/round trip ${entry.marsadToJsonRoundTrip}`;
  return [
    `${result.count.toLocaleString('en')} objects each, median of ${result.runs} interleaved runs after a warm-up, one thread, per CPU second`,
    line('events', result.events),
    line('actors', result.actors),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatThroughput(measureThroughput(Number(process.argv[2] ?? 100_000))));
}
