/**
 * Runs the real service (`src/main.ts`, as `npm run dev` does) in a child process on a
 * temporary SQLite file, with the sandbox as the Graph API and a dispatcher that ticks every
 * second. Its logs go to a file in the same folder, shown if something goes wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openSync } from 'node:fs';

export interface RunningService {
  baseUrl: string;
  adminToken: string;
  dbPath: string;
  /** The last lines the service logged (for error reports). */
  logTail(lines?: number): string;
  /** SIGTERM, wait for a clean exit (SIGKILL after 10 s), then delete the temporary folder. */
  stop(): Promise<number | null>;
}

const ROOT = resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'demo-admin-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Only what a shell needs: a developer's own DATABASE_URL or access token must not leak in. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'LANG'];
  return Object.fromEntries(
    keep.flatMap((k) => (process.env[k] !== undefined ? [[k, process.env[k] as string]] : [])),
  );
}

async function waitReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the service did not answer /readyz within ${timeoutMs / 1000} s`);
}

export async function startService(): Promise<RunningService> {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-demo-'));
  const dbPath = join(dir, 'stopline.db');
  const logPath = join(dir, 'service.log');
  const port = await freePort();
  const log = openSync(logPath, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...baseEnv(),
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: `sqlite:${dbPath}`,
      ADMIN_TOKEN,
      WHATSAPP_APP_SECRET: 'demo-app-secret',
      WHATSAPP_VERIFY_TOKEN: 'demo-verify-token',
      DISPATCH_CRON: '* * * * * *',
      LOG_LEVEL: 'info',
      INSTANCE_ID: 'demo',
      // The sandbox reports sent, delivered and read like Meta, so the report shows them.
      SANDBOX_STATUS_ECHO: '1',
      SANDBOX_STATUS_ECHO_DELAY_MS: '50-300',
    },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const logTail = (lines = 30) => {
    try {
      return readFileSync(logPath, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
    return child.exitCode;
  };
  try {
    await waitReady(baseUrl, child, 20_000);
  } catch (err) {
    const tail = logTail();
    await stop();
    throw new Error(`${(err as Error).message}\n--- service log ---\n${tail}`);
  }
  return { baseUrl, adminToken: ADMIN_TOKEN, dbPath, logTail, stop };
}
