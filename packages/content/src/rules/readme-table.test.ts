import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { integrityRules } from './index.js';

it('documents every integrity rule, with its severity, in the package README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
  const documented = [...table.matchAll(/^\| `([^`]+)` \| (\w+) \|/gm)].map(
    ([, id, severity]) => `${id} ${severity}`,
  );
  expect(documented).toEqual(integrityRules.map((rule) => `${rule.id} ${rule.severity}`));
});
