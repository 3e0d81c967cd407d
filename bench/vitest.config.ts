import { marsadProject } from '../vitest.project.js';

// bench/ is not a workspace, but its corpus generator is tested with the others.
export default marsadProject('bench', {
  include: ['**/*.test.ts'],
  exclude: ['**/node_modules/**', 'peers/**'],
});
