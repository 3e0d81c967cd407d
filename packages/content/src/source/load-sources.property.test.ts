import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { LineIndex } from './line-index.js';
import { loadSources, parseSourceFile, type SourceFileInfo } from './load-sources.js';
import { decodeText } from './read-text.js';

const ARTICLE = `---
title: خروج قوات التحالف من العراق
summary: تقدير موقف
authors: [analyst]
about: [actor:al-sudani, "event:brigade-12-strike"]
cover: { src: cover.jpg, alt: { ar: بغداد } }
---

## المقدمة

أعلن :actor[رئيس الوزراء محمد شياع السوداني]{#al-sudani} في :event[الخامس من يناير]{#bilateral-committee-announced}
تشكيل لجنة[^1].

\`\`\`
:actor[code]{#x}
\`\`\`

[^1]: المصدر.
`;

const EVENT = `id: brigade-12-strike
title:
  ar: ضربة على مقر اللواء 12
  en: Strike on the Brigade 12 headquarters
date: 2024-01-04
type: remote-violence
participants:
  - actor: us-armed-forces
    role: perpetrator
  - { actor: harakat-al-nujaba, role: target }
fatalities: { best: 2 }
`;

const FILES: { info: SourceFileInfo; text: string }[] = [
  {
    info: { file: 'articles/coalition-withdrawal.ar.md', collection: 'articles', format: 'markdown' },
    text: ARTICLE,
  },
  { info: { file: 'events/brigade-12-strike.yaml', collection: 'events', format: 'yaml' }, text: EVENT },
];

const TOKENS = [
  '---',
  '---\n',
  ':',
  ': ',
  '[',
  ']',
  '{#',
  '}',
  '\0',
  '\r\n',
  '\r',
  '\n',
  '- ',
  '"',
  '\t',
  '::',
  '`',
  '```\n',
  '*a',
  '&a ',
  '\ufeff',
  '{',
  '#',
];

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
);

function mutate(source: string, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(source, 'utf8');
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % (bytes.length + 1);
    if (change.kind === 'flip' && at < bytes.length) bytes[at] = change.value;
    if (change.kind === 'truncate') bytes = bytes.subarray(0, at);
    if (change.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.token), bytes.subarray(at)]);
    if (change.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
  }
  return bytes;
}

/** A range must lie inside the text: lines from 1 to the last, and an end that does not precede the start. */
function expectInside(range: Range, lineCount: number): void {
  expect(range.line).toBeGreaterThanOrEqual(1);
  expect(range.column).toBeGreaterThanOrEqual(1);
  expect(range.endLine).toBeLessThanOrEqual(lineCount);
  expect(
    range.endLine > range.line || (range.endLine === range.line && range.endColumn >= range.column),
  ).toBe(true);
}

function expectWellFormed(diagnostic: Diagnostic, file: string, lineCount: number): void {
  expect(diagnostic.file).toBe(file);
  expect(diagnostic.ruleId).toMatch(/^[a-z]+\/[a-z_-]+$/);
  expect(diagnostic.message.length).toBeGreaterThan(10);
  expect(diagnostic.fatal).toBe(diagnostic.severity === 'error');
  expectInside(diagnostic, lineCount);
}

describe('parseSourceFile under random damage', () => {
  it.each(FILES)('never throws on a damaged $info.file and returns well-formed results', ({ info, text }) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const bytes = mutate(text, mutations);
        const lineCount = new LineIndex(new TextDecoder().decode(bytes)).lineCount;
        const decoded = decodeText(bytes, info.file);
        if (!decoded.ok) {
          expectWellFormed(decoded.diagnostic, info.file, lineCount);
          return;
        }
        const result = parseSourceFile(info, decoded.text);
        for (const diagnostic of result.diagnostics) expectWellFormed(diagnostic, info.file, lineCount);
        for (const entry of result.entries) {
          expect(entry.file).toBe(info.file);
          for (const path of [['id'], ['title', 'ar'], ['participants', 1, 'role'], ['missing', 'deeper']]) {
            expectInside(entry.locator.locate(path, 'key'), lineCount);
            expectInside(entry.locator.locate(path, 'value'), lineCount);
          }
          for (const mention of entry.markdown?.mentions ?? []) expectInside(mention.range, lineCount);
        }
        if (info.format === 'markdown')
          expect(result.entries.length + result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('loadSources under random damage', () => {
  it('never throws on a damaged content root', async () => {
    const base = await mkdtemp(join(tmpdir(), 'marsad-property-'));
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.nat(),
          async (mutations, seed) => {
            const root = join(base, String(seed));
            await rm(root, { recursive: true, force: true });
            for (const { info, text } of FILES) {
              await mkdir(join(root, info.collection), { recursive: true });
              await writeFile(join(root, info.file), mutate(text, mutations));
            }
            const result = await loadSources(root);
            expect(result.fileCount).toBe(FILES.length);
            for (const diagnostic of result.diagnostics) {
              expect(FILES.map((f) => f.info.file)).toContain(diagnostic.file);
              expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            }
            await rm(root, { recursive: true, force: true });
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
