import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  // Each worker is an entry of its own: `new Worker()` takes a file, found beside `dist/index.*`
  // (see start-worker.ts).
  entry: {
    index: 'src/index.ts',
    'check-worker': 'src/worker/check-worker.ts',
    'search-worker': 'src/bundle/search-worker.ts',
  },
  dts: { entry: { index: 'src/index.ts' } },
  // `import.meta.url` in the CommonJS build too: the cache hashes the engine's code, the pool finds the worker.
  shims: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
};

// The unified/remark/micromark family ships ESM only. esbuild's CommonJS interop gives a package with
// "type": "module" Node's semantics, where `require()` of an ES module yields its namespace, not its
// default export, so `unified().use(remarkParse)` would receive an object. The CommonJS build
// therefore carries those packages inside it; the ESM build imports them as usual.
const ESM_ONLY = [/^unified$/, /^remark-/, /^rehype-/, /^mdast-util-/, /^unist-util-/];

export default defineConfig([
  // Each build cleans only its own outputs: the two run at the same time in one dist folder.
  { ...shared, format: 'esm', clean: ['**/*.js', '**/*.js.map', '**/*.d.ts'] },
  { ...shared, format: 'cjs', clean: ['**/*.cjs', '**/*.cjs.map', '**/*.d.cts'], noExternal: ESM_ONLY },
]);
