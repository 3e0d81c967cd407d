import { cp, mkdtemp, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readingTime } from '@marsad/arabic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentGraph } from '../graph/content-graph.js';
import { type LoadedContent, loadContent } from '../load-content.js';
import type { EntityKind } from '../model/entities.js';
import { BundleError } from './bundle-error.js';
import { canonicalJson } from './canonical-json.js';
import { BUNDLE_FILES, type BundleManifest } from './manifest.js';
import { publicEntities } from './public-content.js';
import { type Bundle, readBundle } from './read-bundle.js';
import { writeBundle } from './write-bundle.js';

const SAMPLE_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const NOW = new Date('2024-06-01T00:00:00Z');
const KINDS: EntityKind[] = ['actor', 'event', 'place', 'author', 'article'];

let scratch: string;
let built: string;
let sample: LoadedContent;
let manifest: BundleManifest;
let bundle: Bundle;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'marsad-read-bundle-'));
  built = join(scratch, 'bundle');
  sample = await loadContent(SAMPLE_CONTENT);
  manifest = await writeBundle(sample, built, { now: NOW });
  bundle = await readBundle(built);
});

afterAll(async () => {
  bundle.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('readBundle', () => {
  it('gives back the manifest and exactly the public content, article bodies included', () => {
    expect(bundle.manifest).toEqual(manifest);
    const expected = publicEntities(sample.graph, NOW);
    for (const kind of KINDS) {
      expect(canonicalJson(bundle.graph.all(kind)), kind).toBe(canonicalJson(expected[kind]));
    }
    expect(bundle.graph.article('coalition-withdrawal')?.versions.en?.body).toBe(
      sample.graph.article('coalition-withdrawal')?.versions.en?.body,
    );
    // The original's frontmatter is the article's metadata, as loadContent gives it, and is stored once.
    const article = bundle.graph.article('coalition-withdrawal')!;
    expect(article.versions.ar?.frontmatter).toBe(article.meta);
    expect(article.versions.en?.frontmatter).not.toBe(article.meta);
    expect(bundle.graph.article('coalition-withdrawal')?.versions.en?.frontmatter).toEqual(
      sample.graph.article('coalition-withdrawal')?.versions.en?.frontmatter,
    );
  });

  it('links the graph again, without the references of articles left out', () => {
    expect(bundle.graph.eventsOf('al-sudani')).toEqual(sample.graph.eventsOf('al-sudani'));
    expect(bundle.graph.placesWithin('iraq', { deep: true })).toEqual(
      sample.graph.placesWithin('iraq', { deep: true }),
    );
    const mentionedBy = (graph: { referencesTo: Bundle['graph']['referencesTo'] }) =>
      graph
        .referencesTo('actor', 'islamic-resistance-in-iraq', 'mention')
        .map((reference) => reference.from.id);
    expect(mentionedBy(sample.graph)).toContain('pmf-after-the-coalition');
    expect(mentionedBy(bundle.graph)).not.toContain('pmf-after-the-coalition');
  });

  it('answers the graph queries as the same content held in memory does', () => {
    const memory = new ContentGraph(publicEntities(sample.graph, NOW));
    for (const kind of KINDS) {
      expect(bundle.graph.count(kind), kind).toBe(memory.count(kind));
      for (const { id } of memory.all(kind)) {
        expect(bundle.graph.has(kind, id)).toBe(true);
        expect(bundle.graph.referencesTo(kind, id), `${kind}:${id}`).toEqual(memory.referencesTo(kind, id));
        expect(bundle.graph.referencesFrom(kind, id), `${kind}:${id}`).toEqual(
          memory.referencesFrom(kind, id),
        );
      }
    }
    expect(bundle.graph.has('article', 'pmf-after-the-coalition')).toBe(false);
    const [stored, held] = [bundle.graph.timeline(), memory.timeline()];
    expect(stored.ids.length).toBeGreaterThan(1);
    expect([stored.ids, stored.earliest, stored.latest]).toEqual([held.ids, held.earliest, held.latest]);
    for (const kind of ['actor', 'place'] as const) {
      for (const { id } of memory.all(kind)) expect(stored.ranksOf(kind, id)).toEqual(held.ranksOf(kind, id));
    }
    expect(stored.ranksOf('actor', 'al-sudani').length).toBeGreaterThan(0);
    expect(stored.rankOf(held.ids[1]!)).toBe(1);
  });

  it('keeps reading times counted at build time', () => {
    const body = sample.graph.article('coalition-withdrawal')!.versions.ar!.body;
    expect(bundle.readingTime('coalition-withdrawal', 'ar')).toEqual(readingTime(body));
    expect(bundle.readingTime('pmf-after-the-coalition', 'ar')).toBeUndefined();
  });

  it('opens the search index', () => {
    const [first] = bundle.search.search('الامريكيه', { kinds: ['article'] });
    expect(first).toMatchObject({ kind: 'article', id: 'coalition-withdrawal', lang: 'ar' });
  });
});

describe('readBundle on a damaged bundle', () => {
  /** A copy of the built bundle, damaged by `damage`, and the error reading it gives. */
  async function readDamaged(damage: (folder: string) => Promise<void>): Promise<BundleError> {
    const folder = await mkdtemp(join(scratch, 'damaged-'));
    await cp(built, folder, { recursive: true });
    await damage(folder);
    const error = await readBundle(folder).then(
      (opened) => {
        opened.close();
        throw new Error('a damaged bundle was read');
      },
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).problem).toBe('corrupt');
    expect((error as BundleError).message).not.toContain('\n');
    return error as BundleError;
  }

  it('says a folder without a manifest holds no bundle', async () => {
    const error = await readDamaged((folder) => unlink(join(folder, BUNDLE_FILES.manifest)));
    expect(error.message).toMatch(/holds no bundle \(no manifest\.json\); build one with marsad build\.$/);
  });

  it('names a missing data file', async () => {
    const error = await readDamaged((folder) => unlink(join(folder, BUNDLE_FILES.graph)));
    expect(error.message).toMatch(/graph\.sqlite is missing: the bundle is incomplete/);
  });

  it('notices a half-copied search database by its size', async () => {
    const error = await readDamaged((folder) => truncate(join(folder, BUNDLE_FILES.search), 4096));
    expect(error.message).toMatch(/search\.sqlite has 4096 bytes where the manifest says \d+/);
  });

  it('notices a changed byte by its hash', async () => {
    const error = await readDamaged(async (folder) => {
      const path = join(folder, BUNDLE_FILES.graph);
      const bytes = await readFile(path);
      bytes[100] = bytes[100] === 0x61 ? 0x62 : 0x61;
      await writeFile(path, bytes);
    });
    expect(error.message).toMatch(/graph\.sqlite does not match the sha256 in the manifest/);
  });

  it('refuses another bundle format and a damaged manifest', async () => {
    const rewrite = (change: (manifest: Record<string, unknown>) => unknown) => async (folder: string) => {
      const path = join(folder, BUNDLE_FILES.manifest);
      await writeFile(path, JSON.stringify(change(JSON.parse(await readFile(path, 'utf8')))));
    };
    const newer = await readDamaged(rewrite((data) => ({ ...data, format: 4 })));
    expect(newer.message).toMatch(/has bundle format 4, but this engine reads format 3/);
    const damaged = await readDamaged(rewrite((data) => ({ ...data, counts: { articles: -1 } })));
    expect(damaged.message).toMatch(/manifest\.json is damaged \(counts\.articles: /);
    const notJson = await readDamaged((folder) =>
      writeFile(join(folder, BUNDLE_FILES.manifest), '{"format":'),
    );
    expect(notJson.message).toMatch(/manifest\.json is not valid JSON/);
  });
});
