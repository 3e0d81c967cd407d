import { builtinModules } from 'node:module';
import { build } from 'esbuild';

/**
 * Every package a built file (and the relative files it imports) loads: `import`, dynamic
 * `import()` and `require()` alike, as esbuild resolves them, sorted and without duplicates.
 */
export async function externalImports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  return [...new Set(imports.filter((item) => item.external).map((item) => item.path))].sort();
}

/** Whether `specifier` names a Node built-in module (`node:fs`, `fs`, `fs/promises`, `path`…). */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? specifier);
}
