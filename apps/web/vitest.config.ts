import { marsadProject } from '../../vitest.project.js';

// The end-to-end tests build the site once when dist/ is missing, which takes longer than a unit test.
export default marsadProject('web', { hookTimeout: 300_000, testTimeout: 60_000 });
