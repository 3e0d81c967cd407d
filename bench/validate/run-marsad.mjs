#!/usr/bin/env node
// What `marsad validate <dir> --format json` does, minus the reporter: load and check a content root
// with the built engine (and a cache in `cache-dir` when given), print the diagnostic counts as JSON, exit 1 when there are errors.
import { loadContent } from '../../packages/content/dist/index.js';

const [root, cacheDir] = process.argv.slice(2);
if (!root) {
  console.error('Usage: node bench/validate/run-marsad.mjs <content-root> [cache-dir]');
  process.exit(2);
}
const { diagnostics, fileCount } = await loadContent(root, cacheDir ? { cache: { dir: cacheDir } } : {});
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
/** @type {Record<string, number>} */
const rules = {};
for (const diagnostic of diagnostics) rules[diagnostic.ruleId] = (rules[diagnostic.ruleId] ?? 0) + 1;
console.log(
  JSON.stringify({
    files: fileCount,
    errors: errors.length,
    warnings: diagnostics.length - errors.length,
    rules,
    firstErrors: errors.slice(0, 5),
  }),
);
process.exitCode = errors.length ? 1 : 0;
