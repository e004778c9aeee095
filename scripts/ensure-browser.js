// Runs before `npm test` (pretest): the console's and the preference page's browser tests drive
// Debian's Chromium through playwright-core, which never downloads a browser. This makes sure
// one is installed, with fonts for every script the preference page speaks: as root with apt-get
// (CI, a fresh container) it installs what is missing; otherwise it says how and fails, so
// `npm test` fails rather than skipping the browser tests.
//
// Fonts: Debian's chromium brings DejaVu and Liberation (Latin, Greek, Cyrillic, basic Arabic),
// so Thai, Bengali, Devanagari, Urdu, Japanese and Chinese would show as empty boxes. Two small
// packages cover them (Debian 12: 3.6 MB to download, 13.6 MB installed with the fonts-noto-mono
// they recommend, where fonts-noto-cjk alone is 56 MB / 91 MB):
// - fonts-noto-ui-core: Noto Sans Thai, Bengali, Devanagari and Arabic UI faces (1.4 / 5.1 MB);
// - fonts-droid-fallback: Droid Sans Fallback, Android's CJK font (1.8 / 7.3 MB).
// Fonts are asked of fontconfig (`fc-list ':charset=0e02'`), so any font covering a script will
// do; a system without fontconfig (macOS) has its own fonts and is not checked.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * Each script the page writes in → characters of it (hex code points, as fontconfig takes them)
 * and the Debian package that covers them. Characters rather than fontconfig's `:lang=`, whose
 * Chinese orthography (all of GB 2312) Droid Sans Fallback does not fill although it renders
 * every character of our texts.
 */
const SCRIPTS = {
  Thai: { chars: '0e02 0e49 0e23', pkg: 'fonts-noto-ui-core' },
  Bengali: { chars: '0986 09cd 09af', pkg: 'fonts-noto-ui-core' },
  Devanagari: { chars: '0915 094d 0937', pkg: 'fonts-noto-ui-core' },
  Urdu: { chars: '06d2 06be 06c1 06d4', pkg: 'fonts-noto-ui-core' },
  Japanese: { chars: '3042 30a2 53d7', pkg: 'fonts-droid-fallback' },
  Chinese: { chars: '4e2d 8ba2 9000 4fe1', pkg: 'fonts-droid-fallback' },
};

function run(command) {
  try {
    return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** The font packages still needed: none when fontconfig is absent (nothing to ask). */
function missingFonts() {
  if (run('command -v fc-list') === null) return [];
  const uncovered = Object.values(SCRIPTS).filter(
    ({ chars }) => (run(`fc-list ':charset=${chars}' family`) ?? '').trim() === '',
  );
  return [...new Set(uncovered.map(({ pkg }) => pkg))];
}

const needed = () => [
  ...(existsSync(path) || process.env.CHROMIUM_PATH ? [] : ['chromium']),
  ...missingFonts(),
];

let missing = needed();
if (existsSync(path) && missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = run('command -v apt-get') !== null;
if (isRoot && hasApt && missing.length > 0) {
  process.stderr.write(
    `stopline: installing for the browser tests (apt-get install ${missing.join(' ')})...\n`,
  );
  execSync(
    `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`,
    { stdio: 'inherit' },
  );
  missing = needed();
  if (existsSync(path) && missing.length === 0) process.exit(0);
}

if (!existsSync(path)) {
  process.stderr.write(
    `stopline: no Chromium at ${path}. The browser tests need it:\n` +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary\n',
  );
}
const fonts = missing.filter((pkg) => pkg !== 'chromium');
if (fonts.length > 0) {
  process.stderr.write(
    'stopline: no font for Thai, Bengali, Devanagari, Urdu, Japanese or Chinese (the ' +
      "preference page's browser tests check that they render):\n" +
      `  Debian/Ubuntu: sudo apt-get install -y ${fonts.join(' ')}\n`,
  );
}
process.exit(1);
