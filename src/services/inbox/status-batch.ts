/**
 * The status lane's work: many routine receipts (sent, delivered, read) applied in one store
 * call, with their idempotency keys, instead of one entry and several round trips at a time.
 * Entries holding anything else (the lane is decided by a shallow look at ingest) are handed
 * back to be processed one by one.
 */
import type { Clock } from '../../clock';
import { identifierFromWhatsApp } from '../../domain/conversation';
import type { Tenant } from '../../domain/types';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  DeliveryState,
  DeliveryStore,
  IdentityStore,
  InboxEntry,
  InboxStore,
  StatusBatchItem,
  TenantStore,
} from '../../store/types';
import { parseWebhook } from '../../whatsapp/parse-webhook';
import type { DeliveryStatus } from '../../whatsapp/webhook-events';
import { inboxEventKey } from './inbox-event-key';

/** The statuses a recipient records; others (a voice message's `played`) change nothing. */
const ROUTINE: readonly string[] = ['sent', 'delivered', 'read'];

export interface StatusBatchDeps {
  store: TenantStore & DeliveryStore & IdentityStore & InboxStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  /**
   * Statuses for wamids no task message had were parked by the batch: looks for them once more
   * (a send may have recorded them meanwhile; see parked-statuses.ts).
   */
  adopt?: (messageIds: string[]) => Promise<unknown>;
}

export interface StatusBatchResult {
  /** Entries fully applied and completed. */
  completed: number;
  /** Entries this batch cannot take (not JSON, not only routine statuses): process one by one. */
  others: InboxEntry[];
}

/** Applies the routine statuses of `entries` in one batch and completes their entries. */
export async function applyStatusEntries(
  deps: StatusBatchDeps,
  entries: InboxEntry[],
): Promise<StatusBatchResult> {
  const { store, clock, log, metrics } = deps;
  const tenants = new Map<string, Tenant | null>();
  const tenantOf = async (phoneNumberId: string) => {
    if (!tenants.has(phoneNumberId))
      tenants.set(phoneNumberId, await store.findTenantByPhoneNumberId(phoneNumberId));
    return tenants.get(phoneNumberId) ?? null;
  };

  const others: InboxEntry[] = [];
  const done: string[] = [];
  const items: StatusBatchItem[] = [];
  const events: DeliveryStatus[] = [];
  for (const entry of entries) {
    const statuses = routineStatuses(entry.body);
    if (statuses === null) {
      others.push(entry);
      continue;
    }
    for (const status of statuses) {
      const tenant = await tenantOf(status.phoneNumberId);
      if (!tenant) {
        metrics.inboundEvents.inc({ kind: 'status', outcome: 'skipped' });
        metrics.webhookUnknownNumber.inc({ kind: 'status' });
        continue;
      }
      if (!ROUTINE.includes(status.status)) {
        metrics.inboundEvents.inc({ kind: 'status', outcome: 'done' });
        continue;
      }
      items.push({
        tenantId: tenant.id,
        key: inboxEventKey(tenant.id, status) ?? '',
        update: {
          messageId: status.messageId,
          status: status.status as DeliveryState,
          at: status.timestamp,
          errorCode: null,
          errorTitle: null,
        },
        recipientId: status.recipientId,
        recipientUserId: status.recipientUserId,
      });
      events.push(status);
    }
    done.push(entry.id);
  }
  for (const [phoneNumberId, tenant] of tenants) {
    if (!tenant)
      log.warn(
        { phoneNumberId, kind: 'status' },
        'webhook event for an unknown phone_number_id; skipped (create a tenant with this phoneNumberId)',
      );
  }

  const outcomes = await store.applyStatusBatch(items, clock.now());
  if (items.length > 0) metrics.inboxStatusBatch.observe(items.length);
  const links = new Map<string, { tenantId: string; identifiers: string[] }>();
  const parked: string[] = [];
  outcomes.forEach((result, i) => {
    const event = events[i];
    const item = items[i];
    if (!event || !item) return;
    metrics.inboundEvents.inc({
      kind: 'status',
      outcome: result.outcome === 'duplicate' ? 'duplicate' : 'done',
    });
    if (result.outcome === 'unknown_message' && item.update.messageId !== '')
      parked.push(item.update.messageId);
    if (result.outcome !== 'applied') return;
    // Every identifier seen with the contact is recorded (a wa_id that differs from the number
    // we sent to, a BSUID), so suppression matches on any of them.
    const aliases = [event.recipientId, event.recipientUserId]
      .map(identifierFromWhatsApp)
      .filter((x): x is string => x !== null && x !== result.contact);
    if (aliases.length > 0) {
      const identifiers = [result.contact, ...aliases];
      links.set(`${item.tenantId}\n${identifiers.join('\n')}`, {
        tenantId: item.tenantId,
        identifiers,
      });
    }
  });
  for (const { tenantId, identifiers } of links.values())
    await store.linkIdentifiers(tenantId, 'whatsapp', identifiers, clock.now());
  if (parked.length > 0) {
    metrics.parkedStatuses.inc({ outcome: 'parked' }, parked.length);
    await deps.adopt?.(parked);
  }
  await store.completeInboxEntries(done, clock.now());
  return { completed: done.length, others };
}

/**
 * The statuses of an entry made only of routine receipts (anything Meta may add around them
 * that parseWebhook skips is only logged by the one-by-one path, so such entries go there), or
 * null when the entry holds anything else.
 */
function routineStatuses(body: string): DeliveryStatus[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const { events, skipped, repaired } = parseWebhook(parsed);
  // A repaired time is warned about and counted on the one-by-one path too.
  if (skipped.length > 0 || repaired.length > 0 || events.length === 0) return null;
  const statuses: DeliveryStatus[] = [];
  for (const event of events) {
    if (event.kind !== 'status' || event.errors.length > 0) return null;
    if (event.status === 'failed') return null;
    statuses.push(event);
  }
  return statuses;
}
