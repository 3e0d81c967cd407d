import { defineProject } from 'vitest/config';

// bench/ is not a workspace, but its corpus generator is tested with the others; "source" resolves
// @marsad/* to their TypeScript sources, so the test needs no build.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'bench', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', 'peers/**'] },
});
