/**
 * The real service (src/main.ts) in a child process on a SQLite file, for tests that kill it.
 * Its stdout and stderr are kept (the secrets checks read them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sign } from '../../../src/whatsapp/signature';

const ROOT = join(__dirname, '../../..');
// The port is the one the service bound (PORT=0), read from this line: a port found free
// beforehand can be taken by another process (other suites run in parallel) before the child
// binds it.
const READY = /stopline listening on http:\/\/[^\s"/]+:(\d+)/;

export const CHILD_ADMIN_TOKEN = 'child-admin-token-5f1c0e9a7b3d';
export const CHILD_APP_SECRET = 'child-app-secret-8e2d4c6a';
export const CHILD_ACCESS_TOKEN = 'EAAGchildAccessToken0123456789abcdef';
export const CHILD_PHONE_NUMBER_ID = '109000000000001';
/** 32 bytes, hex: the key that encrypts the access token at rest. */
export const CHILD_SECRETS_KEY = 'a1'.repeat(32);

export interface ChildService {
  pid: number;
  port: number;
  url: string;
  /** Every line the process wrote so far (stdout and stderr). */
  output: string[];
  /** SIGKILL: no shutdown hook runs. Resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and wait (graceful shutdown). */
  stop(): Promise<void>;
  /** SIGSTOP for `ms`, then SIGCONT: a stall (GC pause, frozen VM) long enough to lose a lease. */
  freeze(ms: number): Promise<void>;
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Environment for a child: the sandbox tenant sends through `graphUrl` with an access token. */
export function childEnv(dbPath: string, graphUrl: string, extra: Record<string, string> = {}) {
  return {
    NODE_ENV: 'development',
    DATABASE_URL: `sqlite:${dbPath}`,
    ADMIN_TOKEN: CHILD_ADMIN_TOKEN,
    SECRETS_KEY: CHILD_SECRETS_KEY,
    WHATSAPP_APP_SECRET: CHILD_APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: 'child-verify-token',
    WHATSAPP_PHONE_NUMBER_ID: CHILD_PHONE_NUMBER_ID,
    WHATSAPP_ACCESS_TOKEN: CHILD_ACCESS_TOKEN,
    WHATSAPP_API_BASE_URL: graphUrl,
    WHATSAPP_TIMEOUT_MS: '5000',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `src/main.ts` (through tsx) and resolves once it listens. */
export async function startService(env: Record<string, string>): Promise<ChildService> {
  let port = 0;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`service not ready in 30 s:\n${output.join('\n')}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line === '') continue;
        output.push(line);
        const listening = READY.exec(line);
        if (listening) {
          port = Number(listening[1]);
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`service exited (${code ?? signal}) before listening:\n${output.join('\n')}`),
      );
    });
  });
  await ready;
  const pid = child.pid ?? 0;
  return {
    pid,
    port,
    url: `http://127.0.0.1:${port}`,
    output,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
    async freeze(ms) {
      child.kill('SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, ms));
      child.kill('SIGCONT');
    },
  };
}

/** POSTs a signed webhook body; resolves with the status, or null when no answer came back. */
export async function postWebhook(
  service: ChildService,
  raw: string,
  secret = CHILD_APP_SECRET,
): Promise<number | null> {
  try {
    const res = await fetch(`${service.url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(secret, raw) },
      body: raw,
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}

/** An admin call with ADMIN_TOKEN (the bootstrapped tenant's key too). */
export async function admin(
  service: ChildService,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${CHILD_ADMIN_TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed };
}
