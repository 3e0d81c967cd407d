import { defineConfig } from 'tsup';

// The server runs from dist without building the workspace packages first: their TypeScript sources
// (the "source" condition) are bundled in, while npm dependencies stay external, so zod is the one
// instance both @marsad/schema and @hono/zod-openapi register schemas with.
export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts'],
  format: 'esm',
  clean: true,
  sourcemap: true,
  platform: 'node',
  target: 'node22',
  // node:sqlite exists only under its node: name.
  removeNodeProtocol: false,
  noExternal: [/^@marsad\//],
  // Every other bare import (the workspace packages' own dependencies too) is left to Node to resolve.
  external: [/^(?!@marsad\/)[^./]/],
  esbuildOptions(options) {
    options.conditions = ['source'];
  },
});
