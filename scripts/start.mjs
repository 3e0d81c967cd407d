// `npm start`: builds what is needed and serves the site and the API on the sample content.
// Apps that do not exist yet are reported, not faked.
import { existsSync } from 'node:fs';

const apps = [
  { dir: 'apps/api', what: 'the JSON API' },
  { dir: 'apps/web', what: 'the web site' },
];
const missing = apps.filter((app) => !existsSync(`${app.dir}/package.json`));
for (const app of missing) console.log(`marsad: ${app.what} (${app.dir}) is not built yet.`);
if (missing.length === apps.length) {
  console.log('marsad: nothing to serve yet. Try `npx marsad validate content` to check the sample content.');
}
