/**
 * Reads what child processes left in their SQLite file, through the real store (a second
 * connection on the same file; WAL lets it read beside a running service).
 */
import Database from 'better-sqlite3';
import type { OptOut, Recipient } from '../../../src/domain/types';
import { createSqliteStore } from '../../../src/store/sqlite';
import type { Store } from '../../../src/store/types';

export async function withStore<T>(dbPath: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = createSqliteStore({ path: dbPath });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

export async function tenantIdOf(store: Store, phoneNumberId: string): Promise<string> {
  const tenant = await store.findTenantByPhoneNumberId(phoneNumberId);
  if (!tenant) throw new Error(`no tenant for phone number id ${phoneNumberId}`);
  return tenant.id;
}

/** Every opt-out of a tenant (all pages). */
export async function allOptOuts(
  store: Store,
  tenantId: string,
  now = new Date(),
): Promise<OptOut[]> {
  const out: OptOut[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listOptOuts(tenantId, {}, { limit: 500, cursor }, now);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Every recipient of a task (all pages). */
export async function allRecipients(
  store: Store,
  tenantId: string,
  taskId: string,
): Promise<Recipient[]> {
  const out: Recipient[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listRecipients(tenantId, taskId, {}, { limit: 500, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * Who holds a sending number's dispatch lease right now. The Store has no read-only lease query
 * (acquiring is the only way in), so this one reads the table directly, read-only.
 */
export function leaseWatcher(dbPath: string, phoneNumberId: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const owner = db.prepare<[string, number], { owner: string }>(
    'SELECT owner FROM leases WHERE key = ? AND expires_at > ?',
  );
  // One open connection: opening a store for each look takes ~150 ms (its worker, its checks),
  // which on a loaded machine left a watching loop too slow to keep pace with the send.
  const status = db.prepare<[string], { status: string }>('SELECT status FROM tasks WHERE id = ?');
  return {
    owner: (): string | null => owner.get(`number:${phoneNumberId}`, Date.now())?.owner ?? null,
    taskStatus: (taskId: string): string | undefined => status.get(taskId)?.status,
    close: () => db.close(),
  };
}
