/** Something text can be written to: `process.stdout`, or a collector in tests. */
export interface Output {
  write(text: string): unknown;
  /** Set by Node on terminal streams. */
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so it runs the same in a terminal, in CI and in tests. */
export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Folder relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** What `-` reads (`marsad import -`): `process.stdin` in the binary; absent, `-` is refused. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Aborted when the user interrupts (Ctrl-C); long-running commands such as `--watch` stop on it. */
  signal?: AbortSignal;
}
