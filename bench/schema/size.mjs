// Bundle size of the built @marsad/schema as an application pays for it: bundled with esbuild
// (minified, ESM, platform neutral) and gzipped at level 9. zod is a peer dependency, so Marsad is
// measured without it; zod itself, bundled the same way, is the peer figure for context.
// Run alone: node bench/schema/size.mjs
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const schemaEntry = fileURLToPath(new URL('../../packages/schema/dist/index.js', import.meta.url));

/**
 * Minified and minified+gzipped bytes of a bundle of `contents` (an ES module resolved from this folder).
 * @param {string} contents
 * @param {string[]} external
 */
export async function bundleSize(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** Sizes of the package without zod, of zod alone, and of both in one bundle. */
export async function measureSize() {
  const everything = `export * from ${JSON.stringify(schemaEntry)};`;
  return {
    marsad: await bundleSize(everything, ['zod']),
    zod: await bundleSize(`export * from 'zod';`),
    marsadWithZod: await bundleSize(everything),
  };
}

/** The report, in bytes and KiB. */
export function formatSize(result) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const line = (label, { min, gzip }) => `${label}: ${kib(min)} min, ${kib(gzip)} min+gz (${gzip} bytes)`;
  return [
    line('@marsad/schema without zod', result.marsad),
    line('zod (peer)', result.zod),
    line('@marsad/schema with zod', result.marsadWithZod),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSize(await measureSize()));
}
