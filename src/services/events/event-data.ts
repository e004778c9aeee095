/** The `data` of outbound events: what a tenant's other systems need, in wire form. */
import { contactOrderKey } from '../../domain/event-order';
import type { OptOut, Task } from '../../domain/types';
import type { OutboundEvent } from './event-service';

export function optOutEvent(
  type: 'opt_out.created' | 'opt_out.extended' | 'opt_out.revoked',
  o: OptOut,
): OutboundEvent {
  return {
    type,
    // Per contact: a receiver sees created, extended and revoked of one contact in order.
    orderKey: contactOrderKey(o.channel, o.contact),
    data: {
      id: o.id,
      channel: o.channel,
      contact: o.contact,
      categoryId: o.categoryId,
      origin: o.origin,
      source: o.source,
      startsAt: o.startsAt.toISOString(),
      expiresAt: o.expiresAt?.toISOString() ?? null,
      revokedAt: o.revokedAt?.toISOString() ?? null,
    },
  };
}

export function taskEvent(
  type: 'task.paused' | 'task.resumed' | 'task.completed',
  t: Task,
): OutboundEvent {
  return {
    type,
    orderKey: `task:${t.id}`,
    data: { id: t.id, name: t.name, status: t.status, reason: t.reason, template: t.template },
  };
}
