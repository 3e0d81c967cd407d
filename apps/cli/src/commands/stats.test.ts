import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCaptured } from '../../test/run-captured.js';
import { REPO_ROOT, useSampleCopy } from '../../test/sample-project.js';

interface RawEvent {
  id: string;
  date: string | number;
  type: string;
  participants?: { actor: string }[];
}

/** The sample content read straight from its files with a YAML parser, not through the engine. */
async function readSample(root: string) {
  const content = join(root, 'content');
  const files = async (folder: string) =>
    (await readdir(join(content, folder), { recursive: true })).filter((name) =>
      /\.(ya?ml|md|jsonl)$/.test(name),
    );
  const text = (folder: string, name: string) => readFile(join(content, folder, name), 'utf8');
  const frontmatter = (source: string) => parse(source.split(/^---$/m)[1] ?? '');

  const actors = new Map<string, { ar: string }>();
  for (const name of await files('actors')) {
    const source = await text('actors', name);
    actors.set(name.replace(/\.\w+$/, ''), (name.endsWith('.md') ? frontmatter(source) : parse(source)).name);
  }
  const events: RawEvent[] = [];
  for (const name of await files('events')) {
    const source = await text('events', name);
    if (name.endsWith('.jsonl'))
      events.push(
        ...source
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
      );
    else events.push(...[parse(source)].flat());
  }
  const articles: { id: string; lang: string; about: string[]; mentions: string[] }[] = [];
  for (const name of await files('articles')) {
    const [, id = '', lang = ''] = /^(.+)\.([a-z-]+)\.md$/.exec(name) ?? [];
    const source = await text('articles', name);
    const mentions = [...source.matchAll(/:actor\[[^\]]*\]\{#([a-z0-9-]+)\}/g)].map((match) => match[1]!);
    articles.push({ id, lang, about: frontmatter(source).about ?? [], mentions });
  }
  const places = (await files('places')).length;
  const authors = (await files('authors')).length;
  return { actors, events, articles, places, authors };
}

function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys.sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** Runs `marsad stats --format json` at `root` and checks every figure against the files read directly. */
async function expectStatsOfFiles(root: string): Promise<void> {
  const sample = await readSample(root);
  const result = await runCaptured(['stats', '--format', 'json', '--top', '1000'], root);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const stats = JSON.parse(result.stdout);
  const { actors, events, articles } = sample;
  expect(stats.counts).toEqual({
    articles: new Set(articles.map((article) => article.id)).size,
    articleVersions: articles.length,
    actors: actors.size,
    events: events.length,
    places: sample.places,
    authors: sample.authors,
  });
  expect(stats.articlesByLanguage).toEqual(tally(articles.map((article) => article.lang)));
  expect(stats.eventsByYear).toEqual(tally(events.map((event) => /\d{4}/.exec(String(event.date))![0])));
  expect(stats.eventsByType).toEqual(tally(events.map((event) => event.type)));

  // An actor counts once per article version naming it in the body or listed in its article's `about`.
  const aboutOf = new Map(
    articles.filter((article) => article.about.length > 0).map((article) => [article.id, article.about]),
  );
  const mentions = new Map<string, number>();
  for (const article of articles) {
    const about = (aboutOf.get(article.id) ?? [])
      .filter((ref) => ref.startsWith('actor:'))
      .map((ref) => ref.slice(6));
    for (const actor of new Set([...article.mentions, ...about]))
      mentions.set(actor, (mentions.get(actor) ?? 0) + 1);
  }
  const expected = [...mentions]
    .map(([id, articleVersions]) => ({ id, name: actors.get(id), articleVersions }))
    .sort((a, b) => b.articleVersions - a.articleVersions || (a.id < b.id ? -1 : 1));
  expect(stats.mostMentionedActors).toEqual(expected);

  const referred = new Set([
    ...mentions.keys(),
    ...events.flatMap((event) => event.participants?.map((participant) => participant.actor) ?? []),
  ]);
  expect(stats.orphans).toEqual(
    [...actors]
      .filter(([id]) => !referred.has(id))
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
}

describe('marsad stats on the sample project', () => {
  let sample: Awaited<ReturnType<typeof readSample>>;

  beforeAll(async () => {
    sample = await readSample(REPO_ROOT);
  });

  it('reports, as one JSON document, what the files hold', () => expectStatsOfFiles(REPO_ROOT));

  it('lists only the --top most-mentioned actors', async () => {
    const all = JSON.parse((await runCaptured(['stats', '-f', 'json', '--top', '1000'], REPO_ROOT)).stdout);
    const three = JSON.parse((await runCaptured(['stats', '-f', 'json', '--top', '3'], REPO_ROOT)).stdout);
    expect(three.mostMentionedActors).toEqual(all.mostMentionedActors.slice(0, 3));
  });

  it('prints aligned tables with names in the default language', async () => {
    const result = await runCaptured(['stats'], REPO_ROOT);
    expect(result.code).toBe(0);
    const [counts, , , byType, top] = result.stdout.split('\n\n').slice(1);
    expect(counts).toContain(`\n  events            ${String(sample.events.length).padStart(2)}\n`);
    expect(byType?.split('\n')[0]).toBe('Events by type');
    const rows = top!.trimEnd().split('\n').slice(1);
    expect(rows.length).toBe(10);
    const [first] = JSON.parse(
      (await runCaptured(['stats', '-f', 'json', '--top', '1'], REPO_ROOT)).stdout,
    ).mostMentionedActors;
    expect(rows[0]).toMatch(new RegExp(`^ +${first.articleVersions}  ${first.id} +${first.name.ar}$`));
    // The names start in one column: every id is padded to the longest.
    expect(new Set(rows.map((row) => row.search(/[\u0600-\u06ff]/))).size).toBe(1);
  });
});

describe('marsad stats on content with errors and bad input', () => {
  const sample = useSampleCopy();

  it('counts an actor listed in `about` once for every version of the article, translations too', async () => {
    // Named in no body and by no event until now: the English translation counts it through the original.
    await sample.replace(
      'articles/coalition-withdrawal.ar.md',
      '  - actor:al-sudani\n',
      '  - actor:al-sudani\n  - actor:akram-al-kaabi\n',
    );
    await expectStatsOfFiles(sample.root);
    const stats = JSON.parse(
      (await runCaptured(['stats', '-f', 'json', '--top', '1000'], sample.root)).stdout,
    );
    expect(stats.mostMentionedActors).toContainEqual(
      expect.objectContaining({ id: 'akram-al-kaabi', articleVersions: 2 }),
    );
  });

  it('still reports what loaded, says on stderr how many errors there are, and exits 1', async () => {
    const before = JSON.parse((await runCaptured(['stats', '-f', 'json'], sample.root)).stdout);
    await sample.replace('events/brigade-12-strike.yaml', 'type: remote-violence', 'type: drone-strike');
    const result = await runCaptured(['stats', '-f', 'json'], sample.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'marsad stats: the content has 1 error; entries with errors are not counted (run marsad validate).\n',
    );
    const stats = JSON.parse(result.stdout);
    expect(stats.errors).toBe(1);
    expect(stats.counts.events).toBe(before.counts.events - 1);
  });

  it.each([
    [['--top', '0'], 'marsad stats: --top takes a whole number from 1 to 1000; got "0".'],
    [['--top', 'ten'], 'marsad stats: --top takes a whole number from 1 to 1000; got "ten".'],
    [['--format', 'table'], 'marsad stats: --format must be one of pretty, json; got "table".'],
  ])('refuses %j with the usage and exit 2', async (args, message) => {
    const result = await runCaptured(['stats', ...args], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('refuses a path that does not exist, in one line', async () => {
    const result = await runCaptured(['stats', 'nowhere'], sample.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^marsad stats: The content root .*nowhere does not exist\.\n$/);
  });
});
