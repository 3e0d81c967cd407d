/** Text styles of the pretty reporter; each is the identity when colours are off. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const style =
  (open: number, close: number, enabled: boolean) =>
  (text: string): string =>
    enabled && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** ANSI SGR styles (a few escape codes are all a report needs, so no dependency). */
export function createColors(enabled: boolean): Colors {
  return {
    red: style(31, 39, enabled),
    yellow: style(33, 39, enabled),
    blue: style(34, 39, enabled),
    green: style(32, 39, enabled),
    cyan: style(36, 39, enabled),
    dim: style(2, 22, enabled),
    bold: style(1, 22, enabled),
  };
}

/**
 * Whether to colour output: `FORCE_COLOR` (any value but `0` or `false`) forces colours on, as in
 * Node and chalk; otherwise only on a terminal and when `NO_COLOR` is unset or empty (no-color.org).
 */
export function colorsWanted(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
