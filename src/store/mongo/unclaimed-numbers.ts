/**
 * What SQLite's migration 18 backfills, for MongoDB: the priority entries processed in the last
 * 8 days (the replay window, UNCLAIMED_REPLAY_MS, with a day's margin) that held events for a
 * phone_number_id no tenant has get `unclaimedNumbers`, so requeueInbox finds them on its
 * index. Run by migrate() (the release phase) every time: it reads only that window, and an
 * entry already noted is not written again. Bodies that are not JSON, or not shaped like a
 * delivery, are passed over (the processor failed them, or found nothing in them).
 */
import type { Collection } from 'mongodb';
import type { InboxDoc, TenantDoc } from './documents';

const WINDOW_MS = 8 * 24 * 3600_000;

/** The phone_number_ids of a delivery's changes (entry[].changes[].value.metadata). */
export function phoneNumberIdsOf(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const found = new Set<string>();
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const field = (v: unknown, key: string): unknown =>
    typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  for (const entry of list(field(parsed, 'entry'))) {
    for (const change of list(field(entry, 'changes'))) {
      const id = field(field(field(change, 'value'), 'metadata'), 'phone_number_id');
      if (typeof id === 'string' && id !== '') found.add(id);
    }
  }
  return [...found];
}

export async function backfillUnclaimedNumbers(
  inbox: Collection<InboxDoc>,
  tenants: Collection<TenantDoc>,
  now: Date,
): Promise<number> {
  const known = new Map<string, boolean>();
  const hasTenant = async (number: string): Promise<boolean> => {
    let has = known.get(number);
    if (has === undefined) {
      has = (await tenants.countDocuments({ phoneNumberId: number }, { limit: 1 })) > 0;
      known.set(number, has);
    }
    return has;
  };
  let noted = 0;
  const recent = inbox.find(
    {
      receivedAt: { $gte: new Date(now.getTime() - WINDOW_MS) },
      status: { $ne: 'pending' },
      lane: { $in: ['priority', null] },
      unclaimedNumbers: { $exists: false },
    },
    { projection: { body: 1 } },
  );
  for await (const doc of recent) {
    const numbers: string[] = [];
    for (const number of phoneNumberIdsOf(doc.body)) {
      if (!(await hasTenant(number))) numbers.push(number);
    }
    if (numbers.length === 0) continue;
    await inbox.updateOne(
      { _id: doc._id },
      { $addToSet: { unclaimedNumbers: { $each: numbers } } },
    );
    noted += 1;
  }
  return noted;
}
