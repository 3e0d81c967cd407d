// Static, Arabic-first site: `ar` at `/`, `en` under `/en/`. Pages read the content through
// src/lib/content.ts, which loads the content root once per build.
import { defineConfig } from 'astro/config';

// Workspace packages resolve to their TypeScript sources (the "source" export condition), as in
// tests, so the site builds without building the packages first. Astro prerenders pages in a Vite
// environment of its own, which takes its resolve options from `environments`, not `ssr`; the
// packages are bundled, never externalised, or Node would load their dist/ instead.
const conditions = ['source', 'import', 'module', 'node', 'default'];
const serverResolve = { conditions, externalConditions: ['source'], noExternal: [/^@marsad\//] };

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Several pages in flight at once, so writing one page's file overlaps rendering the next.
  build: { format: 'directory', concurrency: 4 },
  // No `i18n` option: the pages route the languages themselves (`[...lang]`, src/lib/paths.ts) and use
  // none of Astro's i18n helpers, which would only add a routing middleware to every page's render.
  // No client-side prefetching or dev toolbar: no request the reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    resolve: { conditions },
    ssr: { resolve: serverResolve },
    environments: {
      ssr: { resolve: serverResolve },
      prerender: { resolve: serverResolve },
    },
  },
});
