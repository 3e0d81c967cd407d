// `npm start`: builds everything, then serves the web site and the JSON API on the sample content,
// both on 127.0.0.1 (WEB_PORT, default 4321; API_PORT, default 8787). Apps that do not exist yet
// are reported, not faked.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const apps = [
  { dir: 'apps/web', what: 'the web site', port: process.env.WEB_PORT ?? '4321' },
  { dir: 'apps/api', what: 'the JSON API', port: process.env.API_PORT ?? '8787' },
];
const present = apps.filter((app) => existsSync(`${app.dir}/package.json`));
for (const app of apps.filter((app) => !present.includes(app))) {
  console.log(`marsad: ${app.what} (${app.dir}) is not built yet.`);
}
if (present.length === 0) {
  console.log('marsad: nothing to serve yet. Try `npx marsad validate content` to check the sample content.');
  process.exit(0);
}

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = present.map((app) => {
  console.log(`marsad: ${app.what} on http://127.0.0.1:${app.port}/`);
  return spawn('npm', ['start', `--workspace=${app.dir}`], {
    stdio: 'inherit',
    env: { ...process.env, PORT: app.port },
  });
});
// One server stopping stops the other, so a failed start is never half-served.
for (const child of children) {
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill();
    process.exitCode = code ?? 0;
  });
}
