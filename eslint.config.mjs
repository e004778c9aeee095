import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/*
 * Layer boundaries (DESIGN.md "Layout", STYLE.md 2): dependencies point inward. Relative imports
 * are matched by depth, so `../errors` means src/errors.ts from src/domain/x.ts and
 * src/domain/errors.ts from src/domain/intent/x.ts. test/unit/architecture/boundaries.test.ts
 * lints deliberate violations to show each rule fails.
 */
const IO_MODULES = [
  ...['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls'],
  ...['child_process', 'worker_threads', 'cluster', 'readline', 'stream'],
].flatMap((m) => [m, `node:${m}`]);
const DRIVERS = ['mongoose', 'mongodb', 'better-sqlite3'];
const HTTP_LIBS = ['express', 'helmet', 'axios'];

/** `^(../){depth}(a|b)(/|$)`: a top-level folder or module of src/, seen from `depth` below it. */
const below = (depth, names) => `^(\\.\\./){${depth}}(${names.join('|')})(/|$)`;

/** One config block per depth of src/<layer>/ (flat config: the last block for a file wins). */
function boundary(layer, { paths = [], layers = [], modules = [], typeImports = [], message }) {
  return [1, 2, 3, 4].map((depth) => ({
    files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message })),
          patterns: [
            ...(layers.length + modules.length > 0
              ? [{ regex: below(depth, [...layers, ...modules]), message }]
              : []),
            ...(typeImports.length > 0
              ? [{ regex: below(depth, typeImports), allowTypeImports: true, message }]
              : []),
          ],
        },
      ],
    },
  }));
}

const boundaries = [
  // Pure rules: no I/O, no logger/config/metrics, no HTTP statuses (src/errors.ts carries them;
  // the domain throws src/domain/errors.ts), nothing from the layers around it.
  ...boundary('domain', {
    paths: [
      ...IO_MODULES,
      ...DRIVERS,
      ...HTTP_LIBS,
      'pino',
      'pino-http',
      'prom-client',
      'node-cron',
    ],
    layers: ['http', 'services', 'store', 'whatsapp'],
    modules: ['errors', 'logger', 'config', 'metrics', 'app', 'app-deps', 'main'],
    message:
      'src/domain is pure: no I/O and no imports from http, services, store or whatsapp. Pass values in from a service; throw src/domain/errors.ts.',
  }),
  // Routes call services. `import type` from the store stays allowed: a view may name the shape a
  // service returns (Page, RecipientStats); a type gives no handle on the database.
  ...boundary('http', {
    paths: DRIVERS,
    typeImports: ['store'],
    message:
      'src/http reaches the store only through a service (deps.services); `import type` is fine.',
  }),
  ...boundary('whatsapp', {
    paths: DRIVERS,
    layers: ['http', 'services', 'store'],
    message:
      'src/whatsapp talks to Meta (and plays it in the sandbox): it knows neither http, services nor the store.',
  }),
  ...boundary('services', {
    layers: ['http'],
    message: 'src/services knows no HTTP: a route turns requests into service calls and back.',
  }),
  ...boundary('store', {
    paths: HTTP_LIBS,
    layers: ['http', 'services', 'whatsapp'],
    message:
      'src/store implements the Store interfaces; it imports only the domain and shared modules.',
  }),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'bench/out/**',
      '*.js',
      'scripts/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // The admin console: plain ES modules run by the browser (no build step).
    files: ['console/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  ...boundaries,
);
