/**
 * The real service (src/main.ts) in a child process, started the ways a new user gets wrong: a
 * port that is taken, a DATABASE_URL into a folder that does not exist, and the development
 * defaults (which must not be reachable from the network).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startService, type ChildService } from './support/child-service';

const ROOT = join(__dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs main.ts to its exit (killed after 20 s: a process that never exits fails the test). */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

it('exits non-zero with EADDRINUSE when the port is taken, before any background work', async () => {
  const port = await freePort();
  const taken: Server = createServer();
  await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
  try {
    const { code, output } = await runToExit({
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'x.db')}`,
      LOG_LEVEL: 'info',
    });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`port ${port} is already in use \\(EADDRINUSE\\)`));
    expect(output).not.toMatch(/stopline listening/);
    expect(output).not.toMatch(/dispatch scheduler started/);
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});

it('refuses a DATABASE_URL whose folder does not exist, naming it, and creates nothing', async () => {
  const missing = join(dir, 'nonexistent', 'dir');
  const { code, output } = await runToExit({
    NODE_ENV: 'development',
    PORT: String(await freePort()),
    DATABASE_URL: `sqlite:${join(missing, 'x.db')}`,
  });
  expect(code).toBe(78);
  expect(output).toContain(`the folder ${missing}, which does not exist`);
  expect(output).toContain(`mkdir -p ${missing}`);
  expect(existsSync(join(dir, 'nonexistent'))).toBe(false);
});

describe('with the development defaults', () => {
  let service: ChildService | null = null;
  afterEach(async () => {
    await service?.stop();
    service = null;
  });

  it('listens on 127.0.0.1 only, says so, and prints the real URL', async () => {
    service = await startService({
      NODE_ENV: 'development',
      DATABASE_URL: `sqlite:${join(dir, 'x.db')}`,
      LOG_LEVEL: 'info',
    });
    const output = service.output.join('\n');
    expect(output).toMatch(/HOST not set: listening on 127\.0\.0\.1 only/);
    expect(output).toContain(`stopline listening on http://127.0.0.1:${service.port}`);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});
