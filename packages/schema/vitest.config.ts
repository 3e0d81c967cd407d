import { marsadProject } from '../../vitest.project.js';

export default marsadProject('schema');
