// What a server pays to start on a bundle, measured inside one process: readBundle (format, size and
// hash checks, both databases opened), then the first searches, and the API's first filtered list. Prints one JSON object. See bench/README.md (## build).
import { readBundle } from '@marsad/content';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node load-bundle.mjs <bundle folder>');
  process.exit(2);
}

/** CPU milliseconds of the whole process, including the thread pool that reads the files. */
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
  const run = () => bundle.search.search(query, { limit: 20 });
  const first = timed(run, 1);
  const { ms, cpuMs: cpuOfQuery, result } = timed(run, 5);
  return { query, firstMs: first.ms, ms, cpuMs: cpuOfQuery, results: result.length };
});

// The API's filtered list as its first request runs it: the graph's timeline (stored in date order),
// one actor's ranks, the day filter over arrays, and the events of one page read from the database.
// The actor in most events (found through the reference index, before the timeline is read).
const actorId = bundle.graph
  .all('actor')
  .map(({ id }) => ({ id, events: bundle.graph.referencesTo('actor', id, 'participants').length }))
  .sort((a, b) => b.events - a.events)[0]?.id;
const firstList = timed(() => {
  const timeline = bundle.graph.timeline();
  const ranks = actorId === undefined ? [] : timeline.ranksOf('actor', actorId);
  // The first half of the year of the actor's middle event: a filter that returns a page, as in bench/api.
  const year = timeline.earliest[ranks[ranks.length >> 1] ?? 0]?.slice(0, 4) ?? '';
  const kept = ranks.filter(
    (rank) => timeline.latest[rank] >= `${year}-01-01` && timeline.earliest[rank] <= `${year}-06-30`,
  );
  return kept.slice(0, 50).map((rank) => bundle.graph.event(timeline.ids[rank]));
}, 1);
const rssAfterFirstRequestsMb = Math.round(process.memoryUsage().rss / 2 ** 20);

bundle.close();
console.log(
  JSON.stringify({
    load,
    rssAfterLoadMb,
    search,
    firstList: { ms: firstList.ms, cpuMs: firstList.cpuMs, events: firstList.result.length },
    rssAfterFirstRequestsMb,
  }),
);
