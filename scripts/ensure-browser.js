// Runs before `npm test` (pretest): the console's browser tests drive Debian's Chromium through
// playwright-core, which never downloads a browser. This makes sure one is installed: as root
// with apt-get (CI, a fresh container) it installs the `chromium` package; otherwise it says how
// and fails, so `npm test` fails rather than skipping the browser tests.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}

if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  process.stderr.write(
    'stopline: installing Chromium for the console browser tests (apt-get install chromium)...\n',
  );
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}

process.stderr.write(
  `stopline: no Chromium at ${path}. The console's browser tests need it:\n` +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary\n',
);
process.exit(1);
