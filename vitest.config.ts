import { defineConfig } from 'vitest/config';

// One vitest process runs every workspace's project (turborepo's with-vitest layout);
// each package keeps its own vitest.config.ts so `npm test -w <pkg>` works alone.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench'],
  },
});
