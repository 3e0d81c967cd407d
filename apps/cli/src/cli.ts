import { parseArgs } from 'node:util';
import { closestMatches } from '@marsad/content';
import packageJson from '../package.json' with { type: 'json' };
import { type Command, type OptionValues, UsageError } from './command.js';
import { commands } from './commands/index.js';
import { commandHelp, commandUsage, globalHelp, HELP_OPTION } from './help.js';
import type { CliIO } from './io.js';
import { ioErrorMessage } from './io-error.js';

export type { CliIO, Output } from './io.js';

/** The CLI's version, from its package.json. */
export const version: string = packageJson.version;

function usageFailure(io: CliIO, prefix: string, message: string, usage: string): number {
  io.stderr.write(`${prefix}: ${message}\n\n${usage}`);
  return 2;
}

function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}

function unknownCommand(name: string, io: CliIO): number {
  const [closest] = closestMatches(
    name,
    commands.map((command) => command.name),
  );
  const hint = closest ? ` Did you mean '${closest}'?` : '';
  return usageFailure(io, 'marsad', `unknown command '${name}'.${hint}`, globalHelp(commands, version));
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')
  );
}

async function runCommand(command: Command, args: readonly string[], io: CliIO): Promise<number> {
  const prefix = `marsad ${command.name}`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...command.options, help: HELP_OPTION },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    if (isParseArgsError(error)) return usageFailure(io, prefix, error.message, commandUsage(command));
    throw error;
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const extra = parsed.positionals[command.positionals.length];
  if (extra !== undefined) {
    return usageFailure(io, prefix, `unexpected argument '${extra}'.`, commandUsage(command));
  }
  try {
    // No option is declared `multiple`, so parseArgs gives a string or a boolean for each.
    const values = parsed.values as OptionValues<typeof command.options>;
    return await command.run({ values, positionals: parsed.positionals, io });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, prefix, error.message, commandUsage(command));
    const message = ioErrorMessage(error);
    if (message === undefined) throw error;
    io.stderr.write(`${prefix}: ${message}\n`);
    return 2;
  }
}

function help(topic: string | undefined, io: CliIO): number {
  if (topic === undefined) {
    io.stdout.write(globalHelp(commands, version));
    return 0;
  }
  const command = findCommand(topic);
  if (!command) return unknownCommand(topic, io);
  io.stdout.write(commandHelp(command));
  return 0;
}

/**
 * Runs `marsad` with the arguments after the program name and returns the exit code: 0 success,
 * 1 invalid content, 2 a usage or I/O error. All output goes through `io`; it never exits the process,
 * so it can run in tests and inside other programs. Errors other than usage and I/O ones are bugs and
 * are thrown.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(globalHelp(commands, version));
    return 2;
  }
  if (first === '--help' || first === '-h') return help(undefined, io);
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (first === 'help') {
    if (rest.length > 1)
      return usageFailure(io, 'marsad help', 'takes one command name.', globalHelp(commands, version));
    return help(rest[0], io);
  }
  if (first.startsWith('-')) {
    return usageFailure(io, 'marsad', `unknown option '${first}'.`, globalHelp(commands, version));
  }
  const command = findCommand(first);
  return command ? runCommand(command, rest, io) : unknownCommand(first, io);
}
