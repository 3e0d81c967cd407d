import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../bundle/write-bundle.js';
import { type LoadedContent, loadContent } from '../load-content.js';
import type { EntityKind } from '../model/entities.js';
import { ContentCache } from './content-cache.js';

const SAMPLE = join(import.meta.dirname, '../../../../content');
const KINDS: EntityKind[] = ['actor', 'event', 'place', 'author', 'article'];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'marsad-cache-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** What a run yields, in a form `toEqual` compares fully. */
const outcome = (loaded: LoadedContent) => ({
  diagnostics: loaded.diagnostics,
  fileCount: loaded.fileCount,
  graph: Object.fromEntries(KINDS.map((kind) => [kind, loaded.graph.all(kind)])),
});

describe('loadContent with a cache', () => {
  let root: string;
  let cacheDir: string;
  const warm = () => loadContent(root, { cache: { dir: cacheDir } });
  /** A cached run must give exactly what a cold run without a cache gives. */
  const expectSameAsCold = async () => {
    const cached = await warm();
    expect(outcome(cached)).toEqual(outcome(await loadContent(root)));
    return cached;
  };

  beforeAll(async () => {
    root = join(work, 'content');
    cacheDir = join(work, 'cache');
    await cp(SAMPLE, root, { recursive: true });
  });

  it('fills the cache, then takes every unchanged file from it', async () => {
    const cold = await expectSameAsCold();
    expect(cold.cachedFileCount).toBe(0);
    const again = await expectSameAsCold();
    expect(again.cachedFileCount).toBe(again.fileCount);
  });

  it('re-reads an edited file and only that one', async () => {
    const file = join(root, 'articles/coalition-withdrawal.ar.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nفقرة جديدة عن :actor[السوداني]{#al-sudani}.\n`);
    const loaded = await expectSameAsCold();
    expect(loaded.cachedFileCount).toBe(loaded.fileCount - 1);
  });

  it('follows added, renamed and deleted files', async () => {
    await writeFile(
      join(root, 'places/nowhere.yaml'),
      'name:\n  en: Nowhere\nkind: city\nwithin: atlantis\n',
    );
    expect((await expectSameAsCold()).diagnostics.some((d) => d.file === 'places/nowhere.yaml')).toBe(true);
    await rename(join(root, 'places/nowhere.yaml'), join(root, 'places/elsewhere.yaml'));
    await expectSameAsCold();
    await rm(join(root, 'places/elsewhere.yaml'));
    await expectSameAsCold();
  });

  it('reports a reference broken by a change in another file', async () => {
    await rm(join(root, 'actors/al-sudani.md'));
    const loaded = await expectSameAsCold();
    const broken = loaded.diagnostics.filter(
      (d) => d.ruleId === 'ref/unknown' && d.message.includes('al-sudani'),
    );
    expect(broken.map((d) => d.file)).toContain('articles/coalition-withdrawal.ar.md');
  });

  it('reports a name in an unchanged body once an actor of that name is added', async () => {
    const article = join(root, 'articles/coalition-withdrawal.ar.md');
    await writeFile(
      article,
      `${await readFile(article, 'utf8')}\nوقال زيد المختار الحارثي إن الأمر انتهى.\n`,
    );
    await expectSameAsCold();
    const actor =
      'id: zaid-al-harithi\nkind: person\nname:\n  ar: زيد المختار الحارثي\n  en: Zaid al-Harithi\n';
    await writeFile(join(root, 'actors/zaid-al-harithi.yaml'), actor);
    const loaded = await expectSameAsCold();
    const unlinked = loaded.diagnostics.filter((d) => d.ruleId === 'mention/unlinked');
    expect(unlinked.map((d) => [d.file, d.message.includes('zaid-al-harithi')])).toContainEqual([
      'articles/coalition-withdrawal.ar.md',
      true,
    ]);
  });

  it('places diagnostics of cached entries in their files', async () => {
    await writeFile(join(root, 'actors/broken.yaml'), 'name:\n  en: Broken\ntype: person\nborn: yesterday\n');
    const first = await expectSameAsCold();
    const second = await expectSameAsCold();
    expect(second.cachedFileCount).toBe(second.fileCount);
    const positions = (loaded: LoadedContent) =>
      loaded.diagnostics.filter((d) => d.file === 'actors/broken.yaml').map((d) => [d.ruleId, d.line]);
    expect(positions(second)).toEqual(positions(first));
    expect(positions(second).length).toBeGreaterThan(0);
  });

  it('ignores and rewrites corrupt, truncated or foreign cache files', async () => {
    const shards = (await readdir(cacheDir)).filter((name) => name.endsWith('.bin'));
    expect(shards.length).toBeGreaterThan(0);
    const [first, second, ...rest] = shards;
    await writeFile(join(cacheDir, first!), 'not a cache');
    const whole = await readFile(join(cacheDir, second!));
    await writeFile(join(cacheDir, second!), whole.subarray(0, whole.length >> 1));
    for (const name of rest) await writeFile(join(cacheDir, name), Buffer.alloc(0));
    const loaded = await expectSameAsCold();
    expect(loaded.cachedFileCount).toBe(0);
    const rewritten = deserialize(await readFile(join(cacheDir, first!))) as {
      records: Map<string, unknown>;
    };
    expect(rewritten.records.size).toBeGreaterThan(0);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the same outcome when files are checked in worker threads', async () => {
    const single = await loadContent(root, { workerMinFiles: Number.POSITIVE_INFINITY });
    const threaded = await loadContent(root, { workerMinFiles: 0, workers: 1 });
    expect(outcome(threaded)).toEqual(outcome(single));
  });
});

describe('a bundle built from cached entries', () => {
  /** Every file of a folder with its bytes, by name. */
  const filesOf = async (folder: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(folder)).sort().map(async (name) => [name, await readFile(join(folder, name))]),
      ),
    );

  it('has the same bytes as one built without a cache (bodies come back from the cache whole)', async () => {
    const cacheDir = join(work, 'bundle-cache');
    const build = async (name: string, options: Parameters<typeof loadContent>[1]) => {
      const out = join(work, name);
      await writeBundle(await loadContent(SAMPLE, options), out, { now: new Date('2024-06-01T00:00:00Z') });
      return filesOf(out);
    };
    await loadContent(SAMPLE, { cache: { dir: cacheDir } });
    const cached = await loadContent(SAMPLE, { cache: { dir: cacheDir } });
    expect(cached.cachedFileCount).toBe(cached.fileCount);
    const article = cached.graph.all('article')[0]!;
    expect(Object.values(article.versions)[0]!.body.length).toBeGreaterThan(0);
    expect(await build('from-cache', { cache: { dir: cacheDir } })).toEqual(await build('cold', {}));
  });
});

describe('ContentCache', () => {
  const record = {
    hash: 'h',
    stamp: { size: 1, mtimeMs: 0, ctimeMs: 0, ino: 1 },
    seenAt: Date.now(),
    checked: { entries: [], diagnostics: [], failed: [] },
  };

  it('drops what another engine version cached', async () => {
    const dir = join(work, 'versions');
    const old = await ContentCache.open(dir, 'engine-1');
    old.set('actors/a.yaml', record);
    await old.save();
    expect((await ContentCache.open(dir, 'engine-1')).get('actors/a.yaml')).toEqual(record);
    expect((await ContentCache.open(dir, 'engine-2')).get('actors/a.yaml')).toBeUndefined();
  });

  it('trusts a stamp only when the file was not written just before it was read', async () => {
    const cache = await ContentCache.open(join(work, 'stamps'), 'engine');
    cache.set('old.yaml', record);
    cache.set('racy.yaml', { ...record, stamp: { ...record.stamp, mtimeMs: record.seenAt - 10 } });
    expect(cache.untouched('old.yaml', record.stamp)).toEqual(record);
    expect(cache.untouched('old.yaml', { ...record.stamp, size: 2 })).toBeUndefined();
    expect(cache.untouched('racy.yaml', { ...record.stamp, mtimeMs: record.seenAt - 10 })).toBeUndefined();
  });
});
