import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnostic } from '../../test/make-diagnostic.js';
import { readDiagnosticSources } from './read-sources.js';

describe('readDiagnosticSources', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'marsad-sources-'));
    await writeFile(join(root, 'a.yaml'), 'id: a\r\n');
    await writeFile(join(root, 'marsad.config.yaml'), 'name: x\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads each file once, by its path relative to the content root, and skips what cannot be read', async () => {
    const content = join(root, 'content');
    const sources = await readDiagnosticSources(root, [
      diagnostic({ file: 'a.yaml' }),
      diagnostic({ file: 'a.yaml', line: 2 }),
      diagnostic({ file: 'missing.yaml' }),
    ]);
    expect([...sources]).toEqual([['a.yaml', 'id: a\r\n']]);
    // A config file's diagnostics name it from the content root, which may sit beside it.
    const config = await readDiagnosticSources(content, [diagnostic({ file: '../marsad.config.yaml' })]);
    expect(config.get('../marsad.config.yaml')).toBe('name: x\n');
  });
});
