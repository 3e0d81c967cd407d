// `npm run bench:schema`: validation throughput and bundle size of the built @marsad/schema, checked
// against the targets of the issue, written to bench/results/schema.json with the machine it ran on.
// Build first (`npm run build -w @marsad/schema`): the benchmark measures dist/, as users get it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { formatSize, measureSize } from './size.mjs';
import { formatThroughput, measureThroughput } from './throughput.mjs';

const COUNT = 100_000;

/** The targets: events validated per second on one core, and bytes min+gz without zod. */
export const targets = { eventsPerSecond: 200_000, minGzipBytes: 15 * 1024 };

const size = await measureSize();
console.log(formatSize(size));
const throughput = measureThroughput(COUNT);
console.log(formatThroughput(throughput));

const met = {
  eventsPerSecond: throughput.events.marsad.cpu.median >= targets.eventsPerSecond,
  minGzipBytes: size.marsad.gzip <= targets.minGzipBytes,
};
console.log(
  `targets: ≥ ${targets.eventsPerSecond.toLocaleString('en')} events/s ${met.eventsPerSecond ? 'met' : 'MISSED'}, ` +
    `≤ ${targets.minGzipBytes} bytes min+gz ${met.minGzipBytes ? 'met' : 'MISSED'}`,
);

const result = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  },
  throughput,
  size,
  targets,
  met,
};
const resultsDir = new URL('../results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL('schema.json', resultsDir), `${JSON.stringify(result, null, 2)}\n`);
console.log('wrote bench/results/schema.json');
