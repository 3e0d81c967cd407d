import { runCli } from '../src/cli.js';
import { captureIO } from './capture-io.js';

/** What a run printed and returned. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `marsad` with `args` in `cwd`, not on a terminal, and returns its exit code and output. */
export async function runCaptured(args: readonly string[], cwd: string): Promise<CapturedRun> {
  const captured = captureIO(cwd);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}
