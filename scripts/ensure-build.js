// Runs before `npm start` and `npm run migrate`: builds the service when dist/ is missing or older than src/,
// so that `npm install && npm start` works on a fresh clone.
const { existsSync, statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { execSync } = require('node:child_process');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

const root = join(__dirname, '..');
const built = join(root, 'dist', 'src', 'main.js');
// In production (Heroku's release phase and dynos) the build step has already run and the
// compiler, a devDependency, has been pruned: a built dist/ is used as it is.
const production = process.env.NODE_ENV === 'production' && existsSync(built);
if (!production && (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src')))) {
  process.stderr.write('stopline: building (dist/ is missing or older than src/)...\n');
  execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });
}
