import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs a command and resolves with its stdout. A non-zero exit rejects with the command line,
 * stdout and stderr in the message, so a failing packaging step says what the tool printed.
 */
export async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      [`${command} ${args.join(' ')} (in ${cwd}) failed`, failure.stdout, failure.stderr || failure.message]
        .filter(Boolean)
        .join('\n'),
    );
  }
}
