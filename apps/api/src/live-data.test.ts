import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, get, NOW, PREVIEW_TOKEN, previewHeaders } from '../test/fixture.js';
import { createApp } from './app.js';
import { LiveData } from './live-data.js';
import { loadData } from './load-data.js';

let fixture: Fixture;
let live: LiveData;
let app: ReturnType<typeof createApp>;
let content: string;

const article = (title: string) => `---
title: ${title}
summary: A note on the committee.
type: brief
status: published
published: 2024-02-01T09:00:00+03:00
authors: [iraq-desk]
---

The committee met again.
`;

beforeAll(async () => {
  fixture = await createFixture();
  content = join(fixture.root, 'content');
  const bundleDir = join(fixture.root, '.live');
  const now = () => NOW;
  live = new LiveData(await loadData({ bundleDir, contentDir: content, now: NOW }), {
    bundleDir,
    contentDir: content,
    graceMs: 0,
    now,
  });
  app = createApp(() => live.current, { now, previewToken: PREVIEW_TOKEN, buildReport: () => live.report });
});
afterAll(async () => {
  await live.close();
  await fixture.cleanup();
});

describe('LiveData', () => {
  it('swaps in a rebuilt bundle when the content is valid', async () => {
    const before = live.current.hash;
    expect((await get(app, '/v1/articles/committee-note')).status).toBe(404);
    await writeFile(join(content, 'articles', 'committee-note.en.md'), article('Committee note'));
    await live.rebuild();
    expect(live.current.hash).not.toBe(before);
    expect((await get(app, '/v1/articles/committee-note')).body.data.title).toBe('Committee note');
    expect((await get(app, '/healthz')).body.build).toMatchObject({ ok: true, errors: 0, diagnostics: [] });
  });

  it('keeps serving the last good bundle when the content has errors, and reports them', async () => {
    const before = live.current.hash;
    await writeFile(
      join(content, 'events', 'broken-event.yaml'),
      'id: broken-event\ntitle: { en: Broken }\ndate: 2024-02-30\ntype: battle\nsubtype: statement\n',
    );
    await live.rebuild();
    expect(live.current.hash).toBe(before);
    expect((await get(app, '/v1/events/broken-event')).status).toBe(404);
    const anonymous = (await get(app, '/healthz')).body.build;
    expect(anonymous.ok).toBe(false);
    expect(anonymous.errors).toBeGreaterThanOrEqual(2);
    expect(anonymous.diagnostics).toEqual([]);
    const editor = (await get(app, '/healthz', previewHeaders)).body.build;
    expect(editor.diagnostics[0].file).toBe('events/broken-event.yaml');
    await writeFile(
      join(content, 'events', 'broken-event.yaml'),
      'id: broken-event\ntitle: { en: Fixed }\ndate: 2024-02-03\ntype: political\nsubtype: statement\n',
    );
  });

  it('rebuilds by itself when a file of the content root changes', async () => {
    const before = live.current.hash;
    await live.watch();
    await writeFile(join(content, 'articles', 'committee-note.en.md'), article('Committee note, revised'));
    const deadline = Date.now() + 20_000;
    while (live.current.hash === before && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 100));
    expect((await get(app, '/v1/articles/committee-note')).body.data.title).toBe('Committee note, revised');
    expect((await get(app, '/v1/events/broken-event')).body.data.title.en).toBe('Fixed');
  }, 30_000);
});

describe('LiveData after close', () => {
  it('neither rebuilds nor fails when the content folder is gone', async () => {
    const other = await createFixture();
    const dir = join(other.root, 'content');
    const bundleDir = join(other.root, '.live');
    const logged: string[] = [];
    const data = new LiveData(await loadData({ bundleDir, contentDir: dir, now: NOW }), {
      bundleDir,
      contentDir: dir,
      log: (line) => logged.push(line),
    });
    await other.cleanup();
    await data.rebuild();
    expect(data.report).toMatchObject({ ok: false, errors: 1 });
    expect(logged.join('\n')).toContain('rebuild failed');
    await data.close();
    await data.rebuild();
    expect(logged).toHaveLength(1);
  }, 30_000);
});

describe('LiveData with preview', () => {
  it('searches a draft written after the start once rebuilt, with the preview token only', async () => {
    const other = await createFixture();
    const dir = join(other.root, 'content');
    const bundleDir = join(other.root, '.live');
    const now = () => NOW;
    const data = new LiveData(await loadData({ bundleDir, contentDir: dir, now: NOW, preview: true }), {
      bundleDir,
      contentDir: dir,
      preview: true,
      graceMs: 0,
      now,
    });
    const previewApp = createApp(() => data.current, { now, previewToken: PREVIEW_TOKEN });
    const url = '/v1/search?q=pelicanwharf';
    try {
      expect((await get(previewApp, url, previewHeaders)).body.data).toEqual([]);
      const before = data.current;
      await writeFile(
        join(dir, 'articles', 'pelican-draft.en.md'),
        '---\ntitle: Pelican wharf\nsummary: A draft on the pelicanwharf.\ntype: brief\nstatus: draft\nauthors: [iraq-desk]\n---\n\nNot yet.\n',
      );
      await data.rebuild();
      const found = await get(previewApp, url, previewHeaders);
      expect(found.body.data.map((hit: { id: string }) => hit.id)).toEqual(['pelican-draft']);
      expect((await get(previewApp, url)).body).toEqual({ data: [], next: null });
      await new Promise((done) => setTimeout(done, 20));
      expect(() => before.previewSearch?.search('pelicanwharf')).toThrow(/closed/);
    } finally {
      await data.close();
      await other.cleanup();
    }
  }, 30_000);
});
