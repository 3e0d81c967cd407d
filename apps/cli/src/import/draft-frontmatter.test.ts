import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftFrontmatter } from './draft-frontmatter.js';

const fields = { title: 'العنوان', summary: 'الملخص', type: 'analysis' };

describe('draftFrontmatter', () => {
  it('writes a draft with empty authors and about for the editor', () => {
    const { yaml, leftOut } = draftFrontmatter(fields, {});
    expect(parse(yaml)).toEqual({ ...fields, status: 'draft', authors: [], about: [] });
    expect(leftOut).toEqual([]);
  });

  it('keeps valid imported fields, its own title, summary and status always', () => {
    const imported = {
      title: 'x',
      summary: 'y',
      status: 'published',
      type: 'brief',
      tags: ['foreign-forces'],
    };
    expect(parse(draftFrontmatter(fields, imported).yaml)).toEqual({
      ...fields,
      type: 'brief',
      status: 'draft',
      authors: [],
      about: [],
      tags: ['foreign-forces'],
    });
  });

  it('comments out unknown keys and refused values, falling back to the defaults', () => {
    const { yaml, leftOut } = draftFrontmatter(fields, { type: 'blog', author: 'Ali', about: 'Iraq' });
    expect(leftOut.sort()).toEqual(['about', 'author', 'type']);
    expect(parse(yaml)).toEqual({ ...fields, status: 'draft', authors: [], about: [] });
    expect(yaml).toContain('# Left out of the imported frontmatter');
    expect(yaml).toContain('\n# type: blog\n');
    expect(yaml).toContain('\n# author: Ali\n');
  });
});
