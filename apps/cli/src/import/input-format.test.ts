import { describe, expect, it } from 'vitest';
import { detectFormat } from './input-format.js';

describe('detectFormat', () => {
  it('trusts the extension', () => {
    expect(detectFormat('# heading', 'a.txt')).toBe('text');
    expect(detectFormat('plain', 'a.MD')).toBe('markdown');
    expect(detectFormat('plain', 'a.htm')).toBe('html');
  });

  it('sniffs HTML documents and fragments, but not a tag inside prose', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>', '-')).toBe('html');
    expect(detectFormat('<p>قال السوداني</p>', '-')).toBe('html');
    expect(detectFormat('a <b>bold</b> word', '-')).toBe('text');
  });

  it('sniffs Markdown by what plain prose does not hold', () => {
    expect(detectFormat('---\ntitle: x\n---\nbody', '-')).toBe('markdown');
    expect(detectFormat('intro\n\n## Section\n', '-')).toBe('markdown');
    expect(detectFormat('see [the report](https://example.org)', '-')).toBe('markdown');
    expect(detectFormat('قال :actor[السوداني]{#al-sudani}', '-')).toBe('markdown');
    expect(detectFormat('#hashtag and 3 * 4 = 12', '-')).toBe('text');
  });
});
