import { at, isObject, list, str } from '../../whatsapp/parse-values';

/**
 * Who a webhook delivery is about: every customer identifier in it (senders and their contacts
 * block, status recipients, preference owners), wa_ids without a leading "+". Empty when it
 * names nobody (an `errors` change, an unknown shape).
 */
export function customersOf(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const ids = new Set<string>();
  const add = (value: unknown) => {
    const id = str(value);
    if (id !== null) ids.add(id.replace(/^\+/, ''));
  };
  for (const entry of list(at(parsed, 'entry')) ?? []) {
    for (const change of list(at(entry, 'changes')) ?? []) {
      const value = at(change, 'value');
      if (!isObject(value)) continue;
      for (const c of list(value.contacts) ?? []) [at(c, 'wa_id'), at(c, 'user_id')].forEach(add);
      for (const m of list(value.messages) ?? [])
        [at(m, 'from'), at(m, 'from_user_id')].forEach(add);
      for (const s of list(value.statuses) ?? [])
        [at(s, 'recipient_id'), at(s, 'recipient_user_id')].forEach(add);
      for (const p of list(value.user_preferences) ?? [])
        [at(p, 'wa_id'), at(p, 'user_id')].forEach(add);
    }
  }
  return [...ids];
}

/**
 * Runs `run` for every item: items that share a key one after another, in the given order;
 * items with no key in common side by side. Items with no key at all share one chain. Resolves
 * when every run has settled; rejects then with the first failure.
 */
export async function runInChains<T>(
  items: readonly T[],
  keysOf: (item: T) => string[],
  run: (item: T) => Promise<void>,
): Promise<void> {
  const tails = new Map<string, Promise<unknown>>();
  const runs = items.map((item) => {
    const keys = keysOf(item);
    const chain = keys.length > 0 ? keys : [''];
    const before = chain.flatMap((key) => tails.get(key) ?? []);
    const done = Promise.allSettled(before).then(() => run(item));
    for (const key of chain) tails.set(key, done);
    return done;
  });
  const failure = (await Promise.allSettled(runs)).find((r) => r.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;
}
