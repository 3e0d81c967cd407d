import type { Command, OptionSpec } from './command.js';

/** The option every command has; parsing adds it, help lists it. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help.' };

/** Two columns, the left padded to its widest entry. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionLabel(name: string, option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : '';
  return `${short}--${name}${value}`;
}

/** The synopsis, arguments and options of a command: what a usage error prints. */
export function commandUsage(command: Command): string {
  const lines = command.usage.map((line, index) => `${index === 0 ? 'Usage:' : '      '} ${line}`);
  if (command.positionals.length > 0) {
    lines.push('', 'Arguments:', ...table(command.positionals.map((p) => [p.name, p.description])));
  }
  const options = Object.entries({ ...command.options, help: HELP_OPTION });
  lines.push(
    '',
    'Options:',
    ...table(options.map(([name, option]) => [optionLabel(name, option), option.description])),
  );
  return `${lines.join('\n')}\n`;
}

/** A command's full help: summary, usage, details and examples. */
export function commandHelp(command: Command): string {
  const sections = [command.summary, commandUsage(command).trimEnd()];
  if (command.details?.length) sections.push(command.details.join('\n\n'));
  if (command.examples.length > 0) {
    const examples = command.examples.flatMap((example) => [
      `  $ ${example.command}`,
      `      ${example.description}`,
    ]);
    sections.push(['Examples:', ...examples].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

/** `marsad --help`: the commands and the global options. */
export function globalHelp(commands: readonly Command[], version: string): string {
  return [
    `marsad ${version}: typed content for geopolitical analysis (Markdown and YAML in git, checked in CI).`,
    '',
    'Usage: marsad <command> [options]',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'Show this help.'],
      ['-v, --version', 'Show the version.'],
    ]),
    '',
    "Run 'marsad help <command>' for a command's options and examples.",
    '',
  ].join('\n');
}
