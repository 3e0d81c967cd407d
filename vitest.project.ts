import { defineProject, type TestProjectInlineConfiguration } from 'vitest/config';

type TestOptions = NonNullable<TestProjectInlineConfiguration['test']>;

/**
 * The vitest project of one workspace. "source" resolves the @marsad/* packages to their TypeScript
 * sources, so tests need no build. Timeouts are generous because CI machines are small and shared:
 * a test that spawns a process or a browser must not fail for want of a second.
 */
export function marsadProject(name: string, test: TestOptions = {}) {
  return defineProject({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'] } },
    test: { name, testTimeout: 30_000, hookTimeout: 120_000, ...test },
  });
}
