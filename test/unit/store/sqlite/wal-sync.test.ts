import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWalSync } from '../../../../src/store/sqlite/wal-sync';

/** A flush the test completes by hand, recording the order of events. */
function gatedFlush() {
  const gates: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const flush = (fd: number) => {
    expect(fd).toEqual(expect.any(Number));
    return new Promise<void>((resolve, reject) => gates.push({ resolve, reject }));
  };
  return { flush, gates };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-wal-'));
  dbPath = join(dir, 'stopline.db');
  writeFileSync(`${dbPath}-wal`, '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('WAL barrier', () => {
  it('resolves only when an fsync has completed', async () => {
    const { flush, gates } = gatedFlush();
    const wal = createWalSync(dbPath, flush);
    let done = false;
    const barrier = wal.barrier().then(() => (done = true));
    await settle();
    expect(gates).toHaveLength(1);
    expect(done).toBe(false);
    gates[0]?.resolve();
    await barrier;
    expect(done).toBe(true);
    await wal.close();
  });

  it('makes a caller that arrives during an fsync wait for the next one, shared by everyone waiting', async () => {
    const { flush, gates } = gatedFlush();
    const wal = createWalSync(dbPath, flush);
    const order: string[] = [];
    const first = wal.barrier().then(() => order.push('first'));
    // These commits happened after the first fsync began: it may not cover them.
    const second = wal.barrier().then(() => order.push('second'));
    const third = wal.barrier().then(() => order.push('third'));
    await settle();
    expect(gates).toHaveLength(1);
    gates[0]?.resolve();
    await first;
    await settle();
    expect(order).toEqual(['first']);
    expect(gates).toHaveLength(2);
    gates[1]?.resolve();
    await Promise.all([second, third]);
    expect(order).toEqual(['first', 'second', 'third']);
    expect(gates).toHaveLength(2);
    await wal.close();
  });

  it('rejects the callers of a failed fsync and starts afresh for the next caller', async () => {
    const { flush, gates } = gatedFlush();
    const wal = createWalSync(dbPath, flush);
    const failed = wal.barrier();
    await settle();
    gates[0]?.reject(new Error('EIO: i/o error'));
    await expect(failed).rejects.toThrow('EIO');
    const next = wal.barrier();
    await settle();
    expect(gates).toHaveLength(2);
    gates[1]?.resolve();
    await expect(next).resolves.toBeUndefined();
    await wal.close();
  });

  it('closes only after the fsync under way has finished', async () => {
    const { flush, gates } = gatedFlush();
    const wal = createWalSync(dbPath, flush);
    const barrier = wal.barrier();
    let closed = false;
    const closing = wal.close().then(() => (closed = true));
    await settle();
    expect(closed).toBe(false);
    gates[0]?.resolve();
    await barrier;
    await closing;
    expect(closed).toBe(true);
  });
});
