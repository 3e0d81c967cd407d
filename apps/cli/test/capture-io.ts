import type { CliIO } from '../src/io.js';

/** A CliIO whose streams collect what is written, for asserting on a run's output. */
export interface CapturedIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

/** Builds a {@link CapturedIO}: not a terminal, no colour variables, the given cwd. */
export function captureIO(cwd: string, overrides: Partial<CliIO> = {}): CapturedIO {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      cwd,
      env: {},
      isTTY: false,
      ...overrides,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
