import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcome, SAMPLE, workFolder } from '../../test/cached-runs.js';
import { loadContent } from '../load-content.js';

const folder = workFolder('marsad-incremental-');

/** The content files under `root`, relative, sorted. */
async function contentFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  return names
    .filter((entry) => entry.isFile() && /\.(md|ya?ml|json|jsonl)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .filter((file) => file.includes('/'))
    .sort();
}

/** The ids written in a text (`#id}` of mentions, `key: id` values, list items): what edits swap around. */
const idsIn = (text: string) => [...new Set(text.match(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g) ?? [])];

/**
 * An edit an editor (or a bad merge) could make to one file, chosen by numbers so fast-check can shrink it:
 * each touches what the rules read across files (ids, names, dates, chains, mentions, whole files).
 */
type Edit = { file: number; kind: number; pick: number; other: number };

async function apply(root: string, edit: Edit, pool: string[]): Promise<string> {
  const files = await contentFiles(root);
  const file = files[edit.file % files.length]!;
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  const ids = idsIn(text);
  const everyId = pool;
  const id = ids[edit.pick % Math.max(1, ids.length)];
  const other = everyId[edit.other % everyId.length]!;
  switch (edit.kind % 7) {
    case 0:
      await rm(path);
      return `delete ${file}`;
    case 1:
      if (!id) return 'nothing';
      await writeFile(path, text.replaceAll(id, other));
      return `${file}: ${id} → ${other}`;
    case 2:
      if (!id) return 'nothing';
      await writeFile(path, text.replaceAll(id, `${id}-gone`));
      return `${file}: ${id} → ${id}-gone`;
    case 3: {
      const copy = file.replace(/([^/]+)$/, `copy-${edit.pick % 3}-$1`);
      await writeFile(join(root, copy), text);
      return `copy ${file} → ${copy}`;
    }
    case 4: {
      const year = 1990 + (edit.other % 40);
      await writeFile(path, text.replace(/\b(19|20)\d\d(?=-)/, String(year)));
      return `${file}: first year → ${year}`;
    }
    case 5:
      await writeFile(path, text.slice(0, (text.length * (edit.pick % 10)) / 10));
      return `truncate ${file}`;
    default:
      await writeFile(
        path,
        file.endsWith('.md')
          ? `${text}\nذكر السوداني و Kataib Hezbollah و :actor[هنا]{#${other}} هنا.\n`
          : `${text}\n# edited\n`,
      );
      return `append to ${file}`;
  }
}

describe('a run after random edits', () => {
  it('gives what a run without a cache gives, edit after edit', async () => {
    const pool = [...new Set((await contentFiles(SAMPLE)).map((file) => file.replace(/^.*\/|\..*$/g, '')))];
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ file: fc.nat(), kind: fc.nat(), pick: fc.nat(), other: fc.nat() }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (edits) => {
          const root = join(folder(), `content-${round}`);
          const cache = { dir: join(folder(), `cache-${round++}`) };
          await cp(SAMPLE, root, { recursive: true });
          await loadContent(root, { cache });
          for (const edit of edits) {
            const done = await apply(root, edit, pool);
            const incremental = await loadContent(root, { cache });
            expect(outcome(incremental), done).toEqual(outcome(await loadContent(root)));
          }
          await rm(root, { recursive: true });
        },
      ),
      { numRuns: 12, seed: 20261201 },
    );
  }, 240_000);
});
