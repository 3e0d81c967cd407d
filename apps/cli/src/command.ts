import type { CliIO } from './io.js';

/** One option of a command, as `node:util` `parseArgs` takes it, plus what help shows. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** One line for the help text. */
  description: string;
  /** What help shows as the value: `--format <format>`. */
  valueName?: string;
}

/** Options of a command by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Values parsed from the command line: strings for string options, `true` for flags given. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['type'] extends 'string'
      ? string
      : string | boolean;
};

/** A usage example shown in help. */
export interface Example {
  command: string;
  description: string;
}

/** What a command's `run` receives. */
export interface CommandInput<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
  io: CliIO;
}

/**
 * A subcommand of `marsad`. One module per command under `src/commands/` exports one of these, and the
 * registry in `src/commands/index.ts` lists them: parsing, help and dispatch are shared.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for `marsad --help`. */
  summary: string;
  /** Synopsis lines: `marsad validate [path] [options]`. */
  usage: readonly string[];
  /** Paragraphs after the synopsis in the command's help. */
  details?: readonly string[];
  /** Positional arguments, in order; more than these is a usage error. */
  positionals: readonly { name: string; description: string }[];
  options: O;
  examples: readonly Example[];
  /** Runs the command and returns its exit code. */
  run(input: CommandInput<O>): Promise<number>;
}

/**
 * Declares a command with its options' types inferred, and returns it in the registry's erased shape.
 * The erasure is sound because the CLI only ever calls `run` with values parsed from `options`.
 */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}

/** A problem with the command line itself: the CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The value of option `--flag`, or `undefined` when it is absent; a {@link UsageError} unless one of `allowed`. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}
