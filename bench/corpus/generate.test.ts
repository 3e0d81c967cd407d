import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { countWords } from '@marsad/arabic';
import { type LoadedContent, loadContent } from '@marsad/content';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus.mjs';

const size = { articles: 14, actors: 60, events: 240, seed: 7 };
const folders: string[] = [];

async function corpus(options: Record<string, unknown>) {
  const out = await mkdtemp(join(tmpdir(), 'marsad-corpus-test-'));
  folders.push(out);
  await generateCorpus({ ...size, out, ...options });
  return out;
}

/** Relative path → sha256 of every file under `root`. */
async function fingerprint(root: string): Promise<Map<string, string>> {
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const file of files.filter((entry) => entry.isFile())) {
    const path = join(file.parentPath, file.name);
    hashes.set(
      relative(root, path),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return hashes;
}

let root: string;
let loaded: LoadedContent;

beforeAll(async () => {
  root = await corpus({ format: 'marsad' });
  loaded = await loadContent(root);
}, 120_000);

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('generateCorpus (marsad)', () => {
  it('writes a content root the engine loads without a single error', () => {
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('holds exactly the requested number of each entry', () => {
    expect(loaded.graph.count('article')).toBe(size.articles);
    expect(loaded.graph.count('actor')).toBe(size.actors);
    expect(loaded.graph.count('event')).toBe(size.events);
    expect(loaded.graph.count('place')).toBeGreaterThanOrEqual(12);
  });

  it('spreads events over single YAML files, YAML lists and JSONL imports, and writes some actors as .md', async () => {
    const files = await readdir(root, { recursive: true });
    expect(files.some((file) => /^events\/[^/]+\.yaml$/.test(file))).toBe(true);
    expect(files.some((file) => /^events\/lists\/.+\.yaml$/.test(file))).toBe(true);
    expect(files.some((file) => /^events\/imports\/.+\.jsonl$/.test(file))).toBe(true);
    expect(files.some((file) => /^actors\/.+\.md$/.test(file))).toBe(true);
  });

  it('gives every Arabic original 800-1500 words of prose and 5-20 mentions, and links its references', () => {
    for (const article of loaded.graph.all('article')) {
      const original = article.versions.ar!;
      // The prose paragraphs alone: no mention labels, headings, lists or footnote definitions.
      const prose = original.body
        .replace(/:[a-z]+\[[^\]]*\]\{#[^}]+\}/g, '')
        .replace(/^(?:#|- |\[\^\d+\]:).*$/gm, '');
      const words = countWords(prose);
      expect(words).toBeGreaterThanOrEqual(780);
      expect(words).toBeLessThanOrEqual(1600);
      expect(original.mentions.length).toBeGreaterThanOrEqual(5);
      expect(original.mentions.length).toBeLessThanOrEqual(20);
      expect(original.headings.length).toBeGreaterThan(0);
      expect(original.body).toMatch(/^\[\^1\]: /m);
    }
  });

  it('gives actors aliases, memberships and relations, and places within chains', () => {
    const actors = loaded.graph.all('actor');
    expect(actors.every((actor) => actor.kind === 'state' || (actor.aliases?.length ?? 0) > 0)).toBe(true);
    expect(actors.some((actor) => actor.memberships?.length)).toBe(true);
    expect(actors.some((actor) => actor.relations?.length)).toBe(true);
    const deep = loaded.graph.all('place').filter((place) => {
      const parent = place.within ? loaded.graph.place(place.within) : undefined;
      return parent?.within !== undefined;
    });
    expect(deep.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed writes the same bytes, another seed does not', async () => {
    const again = await fingerprint(await corpus({ format: 'marsad' }));
    expect(again).toEqual(await fingerprint(root));
    const other = await fingerprint(await corpus({ format: 'marsad', seed: 8 }));
    expect(other).not.toEqual(again);
  }, 120_000);
});

describe('generateCorpus (astro)', () => {
  it('writes the same entries as Astro collections, one file an entry, about split by collection', async () => {
    const astro = await corpus({ format: 'astro' });
    const content = join(astro, 'src/content');
    const events = await readdir(join(content, 'events'));
    expect(events.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual(
      loaded.graph
        .all('event')
        .map((event) => event.id)
        .sort(),
    );
    const articles = await readdir(join(content, 'articles'));
    const original = loaded.graph.all('article')[0]!;
    const text = await readFile(join(content, 'articles', `${original.id}.ar.md`), 'utf8');
    const frontmatter = loadYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(articles).toHaveLength(
      loaded.graph.all('article').reduce((sum, article) => sum + Object.keys(article.versions).length, 0),
    );
    expect(frontmatter.about).toBeUndefined();
    const split = ['aboutActors', 'aboutEvents', 'aboutPlaces'].flatMap((key) =>
      ((frontmatter[key] as string[] | undefined) ?? []).map(
        (id) => `${key.slice(5, -1).toLowerCase()}:${id}`,
      ),
    );
    expect(split.sort()).toEqual([...(original.meta.about ?? [])].sort());
    // js-yaml (Astro's parser) reads bare days as Date objects: the Astro corpus quotes them.
    const event = loadYaml(await readFile(join(content, 'events', events[0]!), 'utf8')) as { date: unknown };
    expect(typeof event.date).toBe('string');
  }, 120_000);
});
