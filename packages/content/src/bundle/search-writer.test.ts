import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from './search-documents.js';
import { SearchIndex } from './search-index.js';
import { SearchThread, writeSearchIndex } from './search-writer.js';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'marsad-search-writer-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const article = (id: string, body: string): SearchDocument => ({
  kind: 'article',
  id,
  lang: 'ar',
  title: `مقال ${id}`,
  names: [],
  text: 'ملخص',
  body,
});

/** Steps of other work, counting how many ran. */
function* counted(steps: number, ran: { steps: number }): Generator<void> {
  for (let step = 0; step < steps; step++) {
    ran.steps++;
    yield;
  }
}

describe('writeSearchIndex', () => {
  it('counts the text indexed and writes the same bytes for the same documents', async () => {
    const paths = [join(folder, 'one.sqlite'), join(folder, 'two.sqlite')];
    const document: SearchDocument = {
      kind: 'article',
      id: 'a',
      lang: 'en',
      title: 'ab',
      names: ['cd'],
      text: 'ef',
      body: '**gh**',
    };
    const [one, two] = await Promise.all(
      paths.map((path) => writeSearchIndex(path, [document], undefined, SearchThread.start())),
    );
    expect(one).toEqual({ documents: 1, textBytes: 8 });
    expect(two).toEqual(one);
    const [first, second] = await Promise.all(paths.map((path) => readFile(path)));
    expect(first!.equals(second!)).toBe(true);
  });

  it('writes every document of many batches and runs the other work to its end', async () => {
    const path = join(folder, 'many.sqlite');
    // More batches than the thread is let to fall behind by, so the posting waits or works meanwhile.
    const documents = Array.from({ length: 3000 }, (_, index) =>
      article(`a-${index}`, `نص **القوات** رقم ${index}. ${'كلمة '.repeat(200)}`),
    );
    const ran = { steps: 0 };
    const stats = await writeSearchIndex(path, documents, counted(500, ran), SearchThread.start());
    expect(ran.steps).toBe(500);
    expect(stats.documents).toBe(3000);
    // Nothing was prepared, so once the other work was done this thread made bodies' texts too: the
    // bytes are those of one thread making them all.
    const here = join(folder, 'many-here.sqlite');
    expect(await writeSearchIndex(here, documents, undefined, undefined)).toEqual(stats);
    expect((await readFile(path)).equals(await readFile(here))).toBe(true);
    const index = SearchIndex.open(path);
    try {
      expect(index.search('قوات', { limit: 100, offset: 2900 })).toHaveLength(100);
      expect(index.articleBody('a-2999', 'ar')).toBe(documents[2999]!.body);
      expect(index.search('2999')[0]).toMatchObject({ id: 'a-2999' });
    } finally {
      index.close();
    }
  });

  it('fails with the error of the other work', async () => {
    function* failing(): Generator<void> {
      yield;
      throw new Error('graph failed');
    }
    await expect(
      writeSearchIndex(join(folder, 'failing.sqlite'), [article('a', 'نص')], failing(), SearchThread.start()),
    ).rejects.toThrow('graph failed');
  });

  it('writes the same bytes on this thread when there is no other, and runs the other work first', async () => {
    const documents = Array.from({ length: 200 }, (_, index) => article(`a-${index}`, `نص **${index}**`));
    const [there, here] = [join(folder, 'there.sqlite'), join(folder, 'here.sqlite')];
    const ran = { steps: 0 };
    const stats = await writeSearchIndex(here, documents, counted(3, ran), undefined);
    expect(ran.steps).toBe(3);
    expect(stats).toEqual(await writeSearchIndex(there, documents, undefined, SearchThread.start()));
    const [first, second] = await Promise.all([there, here].map((path) => readFile(path)));
    expect(first!.equals(second!)).toBe(true);
  });

  it('prepares nothing for a project that is not there, and writes all the same', async () => {
    const thread = SearchThread.start(join(folder, 'no-such-project'))!;
    expect(await thread.prepared).toBe(0);
    const path = join(folder, 'unprepared.sqlite');
    expect(await writeSearchIndex(path, [article('a', 'نص')], undefined, thread)).toMatchObject({
      documents: 1,
    });
  });

  it('fails when the thread cannot write the database', async () => {
    await expect(
      writeSearchIndex(
        join(folder, 'missing', 'search.sqlite'),
        [article('a', 'نص')],
        undefined,
        SearchThread.start(),
      ),
    ).rejects.toThrow();
  });
});
