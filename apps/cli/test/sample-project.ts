import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** The repository root: the sample project (marsad.config.yaml and content/). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** A throwaway copy of the sample project, to inject mistakes into. */
export interface SampleCopy {
  /** The copy's project root (holds marsad.config.yaml and content/). */
  root: string;
  /** Replaces the first `from` in a content file (path relative to content/) and returns where it was. */
  replace(file: string, from: string, to: string): Promise<{ line: number; column: number }>;
  write(file: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

/** Copies the sample project's config and content into a new temporary folder. */
export async function copySample(): Promise<SampleCopy> {
  const root = await mkdtemp(join(tmpdir(), 'marsad-cli-'));
  await cp(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(REPO_ROOT, 'marsad.config.yaml'), join(root, 'marsad.config.yaml'));
  const pathOf = (file: string) => join(root, 'content', file);
  return {
    root,
    async replace(file, from, to) {
      const text = await readFile(pathOf(file), 'utf8');
      const offset = text.indexOf(from);
      if (offset < 0) throw new Error(`${file} does not contain ${from}`);
      await writeFile(pathOf(file), text.slice(0, offset) + to + text.slice(offset + from.length));
      const before = text.slice(0, offset).split('\n');
      return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    },
    write: (file, text) => writeFile(pathOf(file), text),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * A copy of the sample project for the tests of one `describe` block: made before them (before each,
 * with `each`) and removed after. The returned object stands for the current copy, so a block declares
 * it once instead of a variable with its own before and after hooks.
 */
export function useSampleCopy(options: { each?: boolean } = {}): SampleCopy & { articles: string } {
  let copy: SampleCopy | undefined;
  const current = () => {
    if (!copy) throw new Error('the sample copy is made in a before hook: use it inside a test');
    return copy;
  };
  (options.each ? beforeEach : beforeAll)(async () => {
    copy = await copySample();
  });
  (options.each ? afterEach : afterAll)(() => copy?.remove());
  return {
    get root() {
      return current().root;
    },
    get articles() {
      return join(current().root, 'content', 'articles');
    },
    replace: (file, from, to) => current().replace(file, from, to),
    write: (file, text) => current().write(file, text),
    remove: () => current().remove(),
  };
}
