import { defineConfig } from 'tsup';

// ESM only: the binary and the programmatic API are both ES modules, and Node 22 runs nothing older.
export default defineConfig({
  entry: ['src/cli.ts', 'src/index.ts'],
  format: 'esm',
  dts: true,
  clean: true,
  sourcemap: true,
  platform: 'node',
  target: 'node22',
});
