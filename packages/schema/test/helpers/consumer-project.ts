import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';
import { ensureBuilt, installedPackageDir, pack, packageDir, tscPath } from './workspace-package.js';

/** A throwaway npm project outside the workspace with the packed `@marsad/schema` and zod installed. */
export interface ConsumerProject {
  /** the project folder, in the OS temporary folder */
  dir: string;
  /** the paths inside the `@marsad/schema` tarball */
  packedFiles: string[];
  /** writes `source` to `fileName` in the project, runs it with node and resolves with its stdout */
  runScript(fileName: string, source: string): Promise<string>;
  /**
   * Writes `files` and `tsconfig.<name>.json` (strict, no emit, skipLibCheck, then `compilerOptions`) listing them,
   * then runs the workspace's `tsc -p` on it; rejects with the compiler's errors.
   */
  typecheck(
    name: string,
    compilerOptions: Record<string, unknown>,
    files: Record<string, string>,
  ): Promise<void>;
  /** deletes the project folder */
  remove(): Promise<void>;
}

/**
 * Packs `@marsad/schema` as npm would publish it, packs the workspace's own zod (so nothing comes
 * from the network) and installs both tarballs into a new project in the OS temporary folder,
 * where no workspace node_modules or "source" condition can leak into module resolution.
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  await ensureBuilt();
  const root = await mkdtemp(join(tmpdir(), 'marsad-schema-consumer-'));
  const dir = join(root, 'project');
  const [schemaTarball, zodTarball] = await Promise.all([
    pack(packageDir, root),
    pack(installedPackageDir('zod'), root),
  ]);
  await mkdir(dir);
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`,
  );
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--offline',
      '--no-package-lock',
      schemaTarball.path,
      zodTarball.path,
    ],
    dir,
  );

  return {
    dir,
    packedFiles: schemaTarball.files,
    async runScript(fileName, source) {
      await writeFile(join(dir, fileName), source);
      return run(process.execPath, [fileName], dir);
    },
    async typecheck(name, compilerOptions, files) {
      await Promise.all(
        Object.entries(files).map(([fileName, text]) => writeFile(join(dir, fileName), text)),
      );
      const config = `tsconfig.${name}.json`;
      // skipLibCheck as most projects set it: checking zod's own declarations would take 15 s and test
      // nothing of ours; a broken declaration of ours still fails the typed usage through `any`.
      const options = { strict: true, noEmit: true, skipLibCheck: true, ...compilerOptions };
      const tsconfig = { compilerOptions: options, files: Object.keys(files) };
      await writeFile(join(dir, config), JSON.stringify(tsconfig, null, 2));
      await run(process.execPath, [tscPath, '-p', config], dir);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
