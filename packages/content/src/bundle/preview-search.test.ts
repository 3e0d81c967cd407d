import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../load-content.js';
import { previewSearchIndex } from './preview-search.js';

const SAMPLE_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const DRAFT = 'pmf-after-the-coalition';

describe('previewSearchIndex', () => {
  it('finds drafts by the words of their bodies, along with the public content', async () => {
    const { graph } = await loadContent(SAMPLE_CONTENT);
    expect(graph.article(DRAFT)?.meta.status).toBe('draft');
    const index = previewSearchIndex(graph);
    try {
      const found = (query: string) =>
        index.search(query, { limit: 100 }).map((hit) => `${hit.kind}:${hit.id}`);
      expect(found('ثلاثة أسئلة مفتوحة')).toEqual([`article:${DRAFT}`]);
      expect(found('الحشد')).toEqual(
        expect.arrayContaining([`article:${DRAFT}`, 'article:coalition-withdrawal']),
      );
    } finally {
      index.close();
    }
  });
});
