import { defineProject } from 'vitest/config';

// "source" resolves workspace packages to their TypeScript sources, so tests need no build.
// The end-to-end tests build the site once when dist/ is missing, which takes longer than a unit test.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'web', hookTimeout: 300_000, testTimeout: 60_000 },
});
