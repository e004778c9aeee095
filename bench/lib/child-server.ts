/**
 * Servers under test run in child processes, so the load generator and the server never share
 * an event loop. A child speaks a tiny IPC protocol: it sends `{ type: 'ready', port }` once
 * listening, answers `{ id, type }` requests with `{ id, result }` or `{ id, error }`, and on
 * `{ type: 'stop' }` shuts down gracefully and exits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { compiledServer } from './compiled-server';
import { peakRssMb } from './stats';

export interface ServerHandle {
  port: number;
  pid: number;
  url: string;
  /** Asks the child something (see the server's handlers). */
  ask<T>(type: string, payload?: unknown): Promise<T>;
  peakRssMb(): number | null;
  stop(): Promise<void>;
}

interface Reply {
  id?: number;
  type?: string;
  port?: number;
  result?: unknown;
  error?: string;
}

const STOP_GRACE_MS = 15_000;

/**
 * Starts `bench/servers/<name>.ts` with `env` added; its stdout (logs) goes to `logFile`. The
 * server runs compiled to JavaScript (compiled-server.ts), as `npm start` runs the service;
 * `compiled: false` runs it through tsx instead (tsx adds ~25 MB and its helpers cost CPU).
 */
export function startServer(
  name: string,
  env: Record<string, string>,
  logFile: string,
  opts: { compiled?: boolean } = {},
): Promise<ServerHandle> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const compiled = opts.compiled ?? true;
  const script = compiled ? compiledServer(name) : join(__dirname, '..', 'servers', `${name}.ts`);
  const out = openSync(logFile, 'a');
  const child: ChildProcess = fork(script, [], {
    execArgv: compiled ? nodeArgs : ['--import', 'tsx', ...nodeArgs],
    env: { ...process.env, ...env },
    stdio: ['ignore', out, 'inherit', 'ipc'],
  });
  closeSync(out);
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  child.on('message', (raw) => {
    const msg = raw as Reply;
    if (msg.id === undefined) return;
    const waiter = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error !== undefined) waiter?.reject(new Error(`${name}: ${msg.error}`));
    else waiter?.resolve(msg.result);
  });
  child.once('exit', (code) => {
    for (const w of pending.values())
      w.reject(new Error(`${name} exited (${code}) before answering`));
    pending.clear();
  });

  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`${name} exited (${code}) before it was ready; see ${logFile}`));
    child.once('exit', onExit);
    child.on('message', function onReady(raw) {
      const msg = raw as Reply;
      if (msg.type !== 'ready' || msg.port === undefined || child.pid === undefined) return;
      child.off('exit', onExit);
      child.off('message', onReady);
      const pid = child.pid;
      const port = msg.port;
      resolve({
        port,
        pid,
        url: `http://127.0.0.1:${port}`,
        ask<T>(type: string, payload?: unknown) {
          const id = ++nextId;
          return new Promise<T>((res, rej) => {
            pending.set(id, { resolve: (v) => res(v as T), reject: rej });
            child.send({ id, type, payload });
          });
        },
        peakRssMb: () => peakRssMb(pid),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.send({ type: 'stop' });
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(timer);
        },
      });
    });
  });
}
