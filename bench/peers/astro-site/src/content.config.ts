// Only the articles, one entry per file (`<id>.<lang>.md`), from the corpus that bench/web/build.mjs
// writes with `generate.mjs --format astro` and points MARSAD_BENCH_CONTENT at.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.MARSAD_BENCH_CONTENT ?? './src/content';

const articles = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: `${contentDir}/articles`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    published: z.coerce.date().optional(),
  }),
});

export const collections = { articles };
