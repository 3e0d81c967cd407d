import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcome, SAMPLE, workFolder } from '../../test/cached-runs.js';
import { writeBundle } from '../bundle/write-bundle.js';
import { type LoadedContent, loadContent } from '../load-content.js';

const folder = workFolder('marsad-cache-');

describe('loadContent with a cache', () => {
  let root: string;
  let cacheDir: string;
  const warm = () => loadContent(root, { cache: { dir: cacheDir } });
  /** A run that reuses the kept outcome must give exactly what a run without a cache gives. */
  const expectSameAsCold = async () => {
    const cached = await warm();
    expect(outcome(cached)).toEqual(outcome(await loadContent(root)));
    return cached;
  };

  beforeAll(async () => {
    root = join(folder(), 'content');
    cacheDir = join(folder(), 'cache');
    await cp(SAMPLE, root, { recursive: true });
  });

  it('keeps the outcome, then takes every unchanged file from it', async () => {
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

  it('re-checks a reference whose target lies within a place that changed', async () => {
    const article = join(root, 'articles/pmf-after-the-coalition.ar.md');
    await writeFile(
      article,
      (await readFile(article, 'utf8')).replace('regions: [iraq]', 'regions: [ain-al-asad]'),
    );
    const suggested = async () =>
      (await expectSameAsCold()).diagnostics
        .filter((d) => d.ruleId === 'ref/kind' && d.file === 'articles/pmf-after-the-coalition.ar.md')
        .map((d) => d.suggestions);
    expect(await suggested()).toEqual([['anbar']]);
    // Ain al-Asad lies within Anbar: once Anbar is no area, the area to suggest is the one Anbar lies within.
    const anbar = join(root, 'places/anbar.yaml');
    await writeFile(anbar, (await readFile(anbar, 'utf8')).replace('kind: province', 'kind: military-base'));
    expect(await suggested()).toEqual([['iraq']]);
  });

  it('reports a loop closed by a change at its entry that sorts first, however far up the chain', async () => {
    const place = (id: string, within: string) =>
      writeFile(join(root, `places/${id}.yaml`), `name: { en: ${id} }\nkind: region\nwithin: ${within}\n`);
    await place('zz-a', 'aa-b');
    await place('aa-b', 'zz-c');
    await place('zz-c', 'zz-d');
    await place('zz-d', 'iraq');
    expect((await expectSameAsCold()).diagnostics.filter((d) => d.ruleId === 'ref/cycle')).toEqual([]);
    // aa-b is neither what zz-d now lies within nor what lies within zz-d: only the chain reaches it.
    await place('zz-d', 'zz-a');
    const loops = (await expectSameAsCold()).diagnostics.filter((d) => d.ruleId === 'ref/cycle');
    expect(loops.map((d) => d.file)).toEqual(['places/aa-b.yaml']);
    for (const id of ['zz-a', 'aa-b', 'zz-c', 'zz-d']) await rm(join(root, `places/${id}.yaml`));
  });

  it('suggests an actor added elsewhere for an unknown id in an unchanged file', async () => {
    const article = join(root, 'articles/pmf-after-the-coalition.ar.md');
    await writeFile(article, `${await readFile(article, 'utf8')}\nقال :actor[الرجل]{#al-sudan} ذلك.\n`);
    const suggested = async () =>
      (await expectSameAsCold()).diagnostics
        .filter((d) => d.ruleId === 'ref/unknown' && d.message.includes('"al-sudan"'))
        .flatMap((d) => d.suggestions);
    expect(await suggested()).not.toContain('al-sudana');
    await writeFile(join(root, 'actors/al-sudana.yaml'), 'kind: person\nname: { en: Al Sudana }\n');
    expect(await suggested()).toContain('al-sudana');
    await rm(join(root, 'actors/al-sudana.yaml'));
  });

  it('places diagnostics of kept entries in their files', async () => {
    await writeFile(join(root, 'actors/broken.yaml'), 'name:\n  en: Broken\ntype: person\nborn: yesterday\n');
    const first = await expectSameAsCold();
    const second = await expectSameAsCold();
    const positions = (loaded: LoadedContent) =>
      loaded.diagnostics.filter((d) => d.file === 'actors/broken.yaml').map((d) => [d.ruleId, d.line]);
    expect(positions(second)).toEqual(positions(first));
    expect(positions(second).length).toBeGreaterThan(0);
  });

  it('starts over from a corrupt or truncated state file, and rewrites it', async () => {
    const state = join(cacheDir, 'state.sqlite');
    const whole = await readFile(state);
    await writeFile(state, whole.subarray(0, whole.length >> 1));
    expect((await expectSameAsCold()).cachedFileCount).toBe(0);
    await writeFile(state, 'not a database');
    expect((await expectSameAsCold()).cachedFileCount).toBe(0);
    expect((await expectSameAsCold()).cachedFileCount).toBeGreaterThan(0);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to a full run when the state cannot be updated, and replaces it', async () => {
    // Opening the state does not read every table: one that is gone fails only the update.
    const db = new DatabaseSync(join(cacheDir, 'state.sqlite'));
    db.exec('DROP TABLE findings');
    db.close();
    await writeFile(join(root, 'places/nowhere.yaml'), 'name:\n  en: Nowhere\nkind: city\nwithin: iraq\n');
    expect((await expectSameAsCold()).cachedFileCount).toBe(0);
    expect((await expectSameAsCold()).cachedFileCount).toBeGreaterThan(0);
    await rm(join(root, 'places/nowhere.yaml'));
  });

  it('gives the same outcome when files are checked in worker threads', async () => {
    const single = await loadContent(root, { workerMinFiles: Number.POSITIVE_INFINITY });
    const threaded = await loadContent(root, { workerMinFiles: 0, workers: 1 });
    expect(outcome(threaded)).toEqual(outcome(single));
  });
});

describe('a bundle built from a kept outcome', () => {
  /** Every file of a folder with its bytes, by name. */
  const filesOf = async (folder: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(folder)).sort().map(async (name) => [name, await readFile(join(folder, name))]),
      ),
    );

  it('has the same bytes as one built without a cache (bodies come back from the cache whole)', async () => {
    const cacheDir = join(folder(), 'bundle-cache');
    const build = async (name: string, options: Parameters<typeof loadContent>[1]) => {
      const out = join(folder(), name);
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
