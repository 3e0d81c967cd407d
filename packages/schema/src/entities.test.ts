import { describe, expect, it } from 'vitest';
import { type CaseSchema, invalidCases } from '../test/invalid-cases.js';
import * as seed from '../test/seed.js';
import { publicSchemas } from './json-schema.js';
import { ruleIdOf } from './rule-id.js';

const validCases: [string, CaseSchema, unknown][] = [
  ['al-sudani', 'actor', seed.alSudani],
  ['abu-mahdi-al-muhandis with kunya, laqab and birth name', 'actor', seed.abuMahdiAlMuhandis],
  ['harakat-al-nujaba, part of the PMF as Brigade 12', 'actor', seed.harakatAlNujaba],
  ['the Brigade 12 strike', 'event', seed.brigade12Strike],
  ['the attack campaign (an interval)', 'event', seed.attackCampaign],
  ['Sudani’s approximate statement', 'event', seed.sudaniStatement],
  ['Ain al-Asad', 'place', seed.ainAlAsad],
  ['the analysis desk', 'author', seed.analysisDesk],
  ['the withdrawal analysis', 'article', seed.withdrawalArticle],
  ['its English translation', 'article-translation', seed.withdrawalTranslation],
];

describe('valid seed entities', () => {
  it.each(validCases)('%s parses', (_name, schema, input) => {
    const result = publicSchemas[schema].safeParse(input);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('reads a bare YAML year as the text of that year', () => {
    const actor = publicSchemas.actor.parse(seed.alSudani);
    expect(actor.born).toBe('1970');
    expect(publicSchemas.actor.parse({ ...seed.alSudani, born: 800 }).born).toBe('0800');
  });
});

describe('invalid entities', () => {
  it.each(invalidCases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const result = publicSchemas[testCase.schema].safeParse(testCase.input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    const atPath = issues.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(testCase.path));
    expect(atPath.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(testCase.message)]),
    );
    const issue = atPath.find((candidate) => testCase.message.test(candidate.message))!;
    expect(ruleIdOf(issue)).toBe(testCase.ruleId ?? `schema/${issue.code}`);
  });

  it('never shows zod’s internal wording to an editor', () => {
    const zodWording =
      /^(Invalid input|Invalid option|Invalid key|Invalid element|Too small|Too big|Unrecognized key|Expected |Invalid string)/;
    const messages = invalidCases.flatMap(
      (testCase) =>
        publicSchemas[testCase.schema]
          .safeParse(testCase.input)
          .error?.issues.map((issue) => issue.message) ?? [],
    );
    expect(messages.length).toBeGreaterThan(invalidCases.length - 1);
    expect(messages.filter((message) => zodWording.test(message))).toEqual([]);
  });

  it('reports every problem of an entry, not only the first', () => {
    const result = publicSchemas.event.safeParse({
      ...seed.brigade12Strike,
      type: 'airstrike',
      confidence: 'certain',
      injured: -3,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'confidence',
      'injured',
      'type',
    ]);
  });
});
