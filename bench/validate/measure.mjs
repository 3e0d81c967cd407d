import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time: its `%M` is the peak resident set size of the command, children it waited for included. */
export const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} Measurement
 * @property {number} ms wall time
 * @property {number} rssKb peak resident set size in KiB
 * @property {number} exitCode
 * @property {string} output the last 4 KB of stdout and stderr, to show when a run fails
 */

/**
 * Runs a command under GNU time and measures its wall time (here, around the whole process) and
 * peak memory. Throws when GNU time is missing, since a benchmark without memory figures is not the
 * one asked for.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<Measurement>}
 */
export async function measure(command, args, options = {}) {
  if (!existsSync(GNU_TIME))
    throw new Error(
      `${GNU_TIME} is missing: install GNU time (apt-get install -y time) to measure peak memory`,
    );
  const folder = await mkdtemp(join(tmpdir(), 'marsad-measure-'));
  const rssFile = join(folder, 'rss');
  try {
    const started = performance.now();
    const { exitCode, output } = await new Promise((resolve, reject) => {
      const child = spawn(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail = '';
      const keep = (/** @type {Buffer} */ chunk) => {
        tail = (tail + chunk.toString()).slice(-4096);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', reject);
      child.on('close', (code) => resolve({ exitCode: code ?? 1, output: tail }));
    });
    const ms = performance.now() - started;
    const rssKb = Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1));
    return { ms, rssKb, exitCode, output };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The median of a non-empty list of numbers.
 * @param {readonly number[]} values
 */
export function median(values) {
  if (values.length === 0) throw new RangeError('median() of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
