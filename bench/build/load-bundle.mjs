// What a server pays to start on a bundle, measured inside one process: readBundle (format and hash
// checks, graph.json parsed, the content graph linked, the search database opened), then the first
// searches, and an event filter over the loaded graph. Prints one JSON object. See bench/README.md (## build).
import { readBundle } from '@marsad/content';
import { fuzzyDateBounds } from '@marsad/schema';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node load-bundle.mjs <bundle folder>');
  process.exit(2);
}

/** CPU milliseconds of the whole process, the thread pool that hashes the files included. */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Wall and CPU milliseconds of `work`, median of `times` runs.
 * @template T
 * @param {() => T} work
 * @param {number} times
 */
function timed(work, times) {
  const runs = [];
  /** @type {T | undefined} */
  let result;
  for (let run = 0; run < times; run++) {
    const [wall, cpu] = [performance.now(), cpuMs()];
    result = work();
    runs.push({ ms: performance.now() - wall, cpuMs: cpuMs() - cpu });
  }
  const middle = (/** @type {number[]} */ values) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    ms: round(middle(runs.map((run) => run.ms))),
    cpuMs: round(middle(runs.map((run) => run.cpuMs))),
    result: /** @type {T} */ (result),
  };
}

const round = (/** @type {number} */ value) => Number(value.toFixed(1));

const [wall, cpu] = [performance.now(), cpuMs()];
const bundle = await readBundle(folder);
const load = { ms: round(performance.now() - wall), cpuMs: round(cpuMs() - cpu) };
const rssAfterLoadMb = Math.round(process.memoryUsage().rss / 2 ** 20);

/** Queries of each kind a reader types: a common word, two words, a name, a prefix of a few letters. */
const QUERIES = ['القوات', 'الامريكيه قوات', 'الحشد الشعبي', 'Baghdad', 'الح'];
const search = QUERIES.map((query) => {
  const { ms, cpuMs: cpuOfQuery, result } = timed(() => bundle.search.search(query, { limit: 20 }), 5);
  return { query, ms, cpuMs: cpuOfQuery, results: result.length };
});

// The API's list filters (from/to, bbox) over every event: the one-off pass that reads each event's
// date bounds and coordinates, then a filter as a request would run it.
const prepared = timed(
  () =>
    bundle.graph.all('event').map((event) => {
      const place = event.location ? bundle.graph.place(event.location.place) : undefined;
      return { event, ...fuzzyDateBounds(event.date), at: event.location?.coordinates ?? place?.coordinates };
    }),
  1,
);
const IRAQ = { west: 38.8, south: 29.1, east: 48.6, north: 37.4 };
const filter = timed(
  () =>
    prepared.result.filter(
      ({ earliest, latest, at }) =>
        (latest === null || latest >= '2023-01-01') &&
        (earliest === null || earliest <= '2023-12-31') &&
        at !== undefined &&
        at[0] >= IRAQ.west &&
        at[0] <= IRAQ.east &&
        at[1] >= IRAQ.south &&
        at[1] <= IRAQ.north,
    ).length,
  5,
);

bundle.close();
console.log(
  JSON.stringify({
    load,
    rssAfterLoadMb,
    search,
    events: {
      count: prepared.result.length,
      prepare: { ms: prepared.ms, cpuMs: prepared.cpuMs },
      filter: { ms: filter.ms, cpuMs: filter.cpuMs, matched: filter.result },
    },
  }),
);
