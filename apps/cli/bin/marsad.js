#!/usr/bin/env node
import { runCli } from '../dist/cli.js';

// Ctrl-C asks a running command to stop (watch mode closes its watcher and returns); if the command
// does not finish promptly (a long validation cannot be cancelled), the process exits as interrupted.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  setTimeout(() => process.exit(130), 1000).unref();
});

// A reader that stops early (`marsad validate | head`) closes the pipe: the rest of the output has nobody to
// read it, which is no error of the command's, so the process ends quietly as `head` and `git` do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Touched only when a command reads it (`marsad import -`), so other commands never open stdin.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
  signal: interrupt.signal,
});
