import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * GNU time: `%M` is the peak resident set size of the command or of the largest child it waited for,
 * `%U` and `%S` the CPU seconds of the command and its children.
 */
export const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} Measurement
 * @property {number} ms wall time
 * @property {number} rssKb peak resident set size in KiB
 * @property {number} cpuMs user and system CPU time: unlike wall time, it hardly moves when other
 *   processes compete for the cores
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
  const figuresFile = join(folder, 'rss');
  try {
    const started = performance.now();
    const { exitCode, output } = await new Promise((resolve, reject) => {
      const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', figuresFile, command, ...args], {
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
    // A failed command adds a "Command exited with non-zero status" line before the figures.
    const [rss, user, system] = ((await readFile(figuresFile, 'utf8')).trim().split('\n').at(-1) ?? '').split(
      ' ',
    );
    return { ms, rssKb: Number(rss), cpuMs: (Number(user) + Number(system)) * 1000, exitCode, output };
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
