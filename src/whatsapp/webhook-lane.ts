import { at, isObject, list } from './parse-values';

/**
 * `priority`: what a customer (or Meta for them) said; `status`: routine receipts. The store's
 * inbox keeps the same two lanes (src/store/inbox-store.ts).
 */
export type InboxLane = 'priority' | 'status';

/**
 * Which inbox lane (see InboxLane) a webhook delivery is stored in. Classifies a parsed webhook body by a shallow walk (no event objects are built: this runs on
 * the webhook's hot path). When in doubt the answer is `priority`: a misfiled receipt costs a few
 * milliseconds of priority time, a misfiled STOP would wait behind the whole backlog.
 */
export function inboxLane(body: unknown): InboxLane {
  const entries = list(at(body, 'entry'));
  if (entries === null || entries.length === 0) return 'priority';
  let statuses = 0;
  for (const entry of entries) {
    const changes = list(at(entry, 'changes'));
    if (changes === null) return 'priority';
    for (const change of changes) {
      if (at(change, 'field') !== 'messages') return 'priority';
      const value = at(change, 'value');
      if (!isObject(value)) return 'priority';
      if (value.messages !== undefined || value.errors !== undefined) return 'priority';
      for (const status of list(value.statuses) ?? [null]) {
        if (!isObject(status) || status.status === 'failed' || status.errors !== undefined)
          return 'priority';
        statuses += 1;
      }
    }
  }
  return statuses > 0 ? 'status' : 'priority';
}
