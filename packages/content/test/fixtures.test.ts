import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { loadContent } from '../src/load-content.js';
import { loadSources } from '../src/source/load-sources.js';

/**
 * Every folder under test/fixtures is a small content root plus `expected.json`. Inputs that git
 * cannot hold cleanly (binary bytes, BOM + CRLF text, symlinks, files outside the root) are described
 * in `setup.json` and written into a temporary copy before loading.
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const CONTROL_FILES = new Set(['expected.json', 'setup.json']);

interface ExpectedDiagnostic extends Partial<Omit<Diagnostic, 'cause' | 'message'>> {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  /** A part of the message that must appear in it. */
  message?: string;
  cause?: { file: string; line: number; column: number };
}

interface Expected {
  diagnostics: ExpectedDiagnostic[];
  /** `collection/id` of every loaded entry, in load order. */
  entries?: string[];
  /** `kind:id` of the mentions of each Markdown file. */
  mentions?: Record<string, string[]>;
}

interface Setup {
  /** Text files, written as UTF-8 exactly as given (JSON escapes make BOMs and CRLFs visible). */
  files?: Record<string, string>;
  /** Binary files, base64. */
  bytes?: Record<string, string>;
  /** Text files written next to the content root, outside it. */
  outside?: Record<string, string>;
  /** Symlinks, each target relative to the link's folder. */
  symlinks?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((path) => rm(path, { recursive: true, force: true })));
});

async function writeAt(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** A temporary copy of a fixture with its setup applied; returns the content root. */
async function prepare(name: string): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), `marsad-fixture-${name}-`));
  temporary.push(base);
  const root = join(base, 'content');
  const source = join(FIXTURES, name);
  await cp(source, root, { recursive: true, filter: (path) => !CONTROL_FILES.has(basename(path)) });
  let setup: Setup = {};
  try {
    setup = readJson<Setup>(join(source, 'setup.json'));
  } catch {
    // no setup: the fixture's files are the whole input
  }
  for (const [path, text] of Object.entries(setup.files ?? {})) await writeAt(join(root, path), text);
  for (const [path, base64] of Object.entries(setup.bytes ?? {}))
    await writeAt(join(root, path), Buffer.from(base64, 'base64'));
  for (const [path, text] of Object.entries(setup.outside ?? {}))
    await writeAt(join(base, 'outside', path), text);
  for (const [path, target] of Object.entries(setup.symlinks ?? {})) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await symlink(target, join(root, path));
  }
  return root;
}

/** The fields of `actual` that the expectation names, so fixtures state only what matters to them. */
function project(actual: Diagnostic | undefined, expected: ExpectedDiagnostic): Record<string, unknown> {
  if (!actual) return {};
  const projected: Record<string, unknown> = {};
  for (const key of Object.keys(expected) as (keyof ExpectedDiagnostic)[]) {
    if (key === 'message')
      projected.message = actual.message.includes(expected.message ?? '') ? expected.message : actual.message;
    else if (key === 'cause')
      projected.cause = actual.cause && {
        file: actual.cause.file,
        line: actual.cause.line,
        column: actual.cause.column,
      };
    else projected[key] = actual[key];
  }
  return projected;
}

describe('content fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  it.each(cases)('%s', async (name) => {
    const expected = readJson<Expected>(join(FIXTURES, name, 'expected.json'));
    const root = await prepare(name);
    // Diagnostics come from the whole pipeline (sources, schema, integrity rules); entries and
    // mentions are what the source layer read.
    const { diagnostics } = await loadContent(root);
    const result = await loadSources(root);

    const summary = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    expect(diagnostics.length, summary.join('\n')).toBe(expected.diagnostics.length);
    expected.diagnostics.forEach((want, index) => {
      expect(project(diagnostics[index], want), summary.join('\n')).toEqual(want);
    });

    if (expected.entries) {
      expect(result.entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual(expected.entries);
    }
    for (const [file, mentions] of Object.entries(expected.mentions ?? {})) {
      const entry = result.entries.find((candidate) => candidate.file === file);
      expect(entry?.markdown?.mentions.map((mention) => `${mention.kind}:${mention.id ?? ''}`)).toEqual(
        mentions,
      );
    }
  });
});
