/**
 * The layer boundaries in eslint.config.mjs fail on a violation. Each case lints an in-memory
 * source as if it were a file at `filePath`, with the project's own ESLint config. ESLint runs in
 * a child process: it loads eslint.config.mjs with import(), which jest's module system refuses.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const RULE = '@typescript-eslint/no-restricted-imports';

interface Case {
  filePath: string;
  source: string;
}
interface Finding {
  ruleId: string | null;
  line: number;
  message: string;
}

const LINT = `
const { ESLint } = require('eslint');
const { join } = require('node:path');
(async () => {
  const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.source, { filePath: join(process.cwd(), c.filePath) });
    out.push(result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((err) => { console.error(err); process.exit(1); });
`;

/** Lints every case in one ESLint process (starting one costs seconds). */
function lint(cases: Case[]): Finding[][] {
  const out = execFileSync(process.execPath, ['-e', LINT], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  return JSON.parse(out) as Finding[][];
}

const CASES = {
  domainIo: {
    filePath: 'src/domain/violation.ts',
    source: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  },
  domainDriver: {
    filePath: 'src/domain/intent/violation.ts',
    source: "import Database from 'better-sqlite3';\nexport const db = Database;\n",
  },
  domainStore: {
    filePath: 'src/domain/intent/violation.ts',
    source: "import type { Store } from '../../store/types';\nexport type S = Store;\n",
  },
  domainHttpError: {
    filePath: 'src/domain/violation.ts',
    source: "import { NotFoundError } from '../errors';\nexport const e = NotFoundError;\n",
  },
  domainOwnError: {
    filePath: 'src/domain/intent/allowed.ts',
    source: "import { ValidationError } from '../errors';\nexport const e = ValidationError;\n",
  },
  httpStoreValue: {
    filePath: 'src/http/routes/violation.ts',
    source: "import { openStore } from '../../store/open-store';\nexport const open = openStore;\n",
  },
  httpStoreType: {
    filePath: 'src/http/routes/allowed.ts',
    source: "import type { Page } from '../../store/types';\nexport type P = Page<string>;\n",
  },
  whatsappHttp: {
    filePath: 'src/whatsapp/sandbox/violation.ts',
    source: "import { parseInput } from '../../http/validate';\nexport const p = parseInput;\n",
  },
  whatsappStore: {
    filePath: 'src/whatsapp/violation.ts',
    source: "import type { Store } from '../store/types';\nexport type S = Store;\n",
  },
  servicesHttp: {
    filePath: 'src/services/tasks/violation.ts',
    source: "import { tenantAuth } from '../../http/auth';\nexport const a = tenantAuth;\n",
  },
  storeServices: {
    filePath: 'src/store/sqlite/violation.ts',
    source:
      "import type { OptOutService } from '../../services/opt-outs/opt-out-service';\nexport type O = OptOutService;\n",
  },
} satisfies Record<string, Case>;

describe('layer boundaries (eslint.config.mjs)', () => {
  let results: Record<keyof typeof CASES, Finding[]>;

  beforeAll(() => {
    const names = Object.keys(CASES) as (keyof typeof CASES)[];
    const found = lint(names.map((n) => CASES[n]));
    results = Object.fromEntries(names.map((n, i) => [n, found[i] ?? []])) as typeof results;
  });

  const violation = (findings: Finding[], layerWords: RegExp) => {
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: RULE, line: 1 });
    expect(findings[0]?.message).toMatch(layerWords);
  };

  it('the domain does no I/O and loads no driver', () => {
    violation(results.domainIo, /src\/domain is pure/);
    violation(results.domainDriver, /src\/domain is pure/);
  });

  it('the domain imports nothing from the store, even a type', () => {
    violation(results.domainStore, /src\/domain is pure/);
  });

  it('the domain throws no HTTP errors (src/errors.ts), only its own (src/domain/errors.ts)', () => {
    violation(results.domainHttpError, /src\/domain is pure/);
    expect(results.domainOwnError).toEqual([]);
  });

  it('http reaches the store only through services; a type is allowed', () => {
    violation(results.httpStoreValue, /only through a service/);
    expect(results.httpStoreType).toEqual([]);
  });

  it('whatsapp knows neither http nor the store', () => {
    violation(results.whatsappHttp, /src\/whatsapp/);
    violation(results.whatsappStore, /src\/whatsapp/);
  });

  it('services know no HTTP, and the store knows no services', () => {
    violation(results.servicesHttp, /src\/services knows no HTTP/);
    violation(results.storeServices, /src\/store implements/);
  });
});
