import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, readText, stripBom } from './read-text.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'id: بغداد\n'), 'places/baghdad.yaml')).toEqual({
      ok: true,
      text: 'id: بغداد\n',
    });
  });

  it('reports a NUL byte as binary, with its byte offset and place', () => {
    const result = decodeText(bytes('id: x\nab', [0, 1, 2]), 'actors/x.yaml');
    expect(!result.ok && result.diagnostic).toMatchObject({ ruleId: 'file/not-text', line: 2, column: 3 });
    expect(!result.ok && result.diagnostic.message).toContain('byte 8');
  });

  it('reports invalid UTF-8 at the first bad byte, columns in UTF-16 units', () => {
    const result = decodeText(bytes('a: 1\nb: بـ', [0xc3, 0x28]), 'actors/x.yaml');
    expect(!result.ok && result.diagnostic).toMatchObject({ ruleId: 'file/not-text', line: 2, column: 6 });
    expect(!result.ok && result.diagnostic.message).toContain('byte 12');
  });

  it('tells a UTF-16 file apart', () => {
    const result = decodeText(bytes([0xff, 0xfe], [0x69, 0, 0x64, 0]), 'actors/x.yaml');
    expect(!result.ok && result.diagnostic.message).toContain('UTF-16');
  });

  it('reports an empty or whitespace-only file', () => {
    for (const content of ['', ' \n\t\r\n', '\ufeff\n']) {
      const result = decodeText(bytes(content), 'places/x.yaml');
      expect(!result.ok && result.diagnostic).toMatchObject({
        ruleId: 'file/empty',
        severity: 'error',
        line: 1,
      });
    }
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts well-formed text and finds malformed sequences', () => {
    expect(firstInvalidUtf8(bytes('abc بغداد 😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xc0, 0xaf]))).toBe(2); // overlong
    expect(firstInvalidUtf8(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(bytes('a', [0xf4, 0x90, 0x80, 0x80]))).toBe(1); // above U+10FFFF
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82]))).toBe(2); // truncated
    expect(firstInvalidUtf8(bytes([0x80]))).toBe(0); // stray continuation
  });
});

describe('readText', () => {
  it('reads a file and reports one that cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-read-'));
    try {
      await writeFile(join(dir, 'a.yaml'), 'id: a\n');
      expect(await readText(join(dir, 'a.yaml'), 'a.yaml')).toEqual({ ok: true, text: 'id: a\n' });
      const missing = await readText(join(dir, 'gone.yaml'), 'gone.yaml');
      expect(!missing.ok && missing.diagnostic).toMatchObject({
        ruleId: 'file/unreadable',
        file: 'gone.yaml',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('strips only a leading BOM', () => {
    expect(stripBom('\ufeffa\ufeff')).toBe('a\ufeff');
  });
});
