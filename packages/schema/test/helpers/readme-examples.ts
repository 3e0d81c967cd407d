import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { run } from './run.js';
import { packageDir } from './workspace-package.js';

/** A fenced code block of the README marked runnable (```ts run), with the line its code starts on. */
export interface ReadmeExample {
  line: number;
  code: string;
}

const FENCE = /^```ts run[^\S\n]*\n([\s\S]*?)^```[^\S\n]*$/gm;

/** The ```ts run blocks of a Markdown text, in order. */
export function runnableExamples(markdown: string): ReadmeExample[] {
  return [...markdown.matchAll(FENCE)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length + 1,
    code: match[1] ?? '',
  }));
}

/**
 * Bundles an example with esbuild against the package's TypeScript sources (the "source" export
 * condition, so no build is needed) and runs it in a fresh node process, as a reader would run a
 * copy of it. Resolves with its stdout; rejects with its stderr when it throws.
 */
export async function runExample(example: ReadmeExample): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: example.code,
      loader: 'ts',
      resolveDir: packageDir,
      sourcefile: `README.md:${example.line}`,
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    conditions: ['source'],
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'marsad-readme-'));
  try {
    const file = join(dir, 'example.mjs');
    await writeFile(file, bundle.outputFiles[0]?.text ?? '');
    return await run(process.execPath, ['--enable-source-maps', file], dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
