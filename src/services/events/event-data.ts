/** The `data` of outbound events: what a tenant's other systems need, in wire form. */
import { contactOrderKey } from '../../domain/event-order';
import type { Consent } from '../../domain/consent';
import type { OptOut, Task } from '../../domain/types';
import type { NewSignal } from '../../store/types';
import type { OutboundEvent } from './outbox-events';

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

/**
 * `consent.created` (a new grant, or a withdrawn one granted again) and `consent.withdrawn`; a
 * reaffirmed consent changes nothing a receiver keeps, so it sends nothing.
 */
export function consentEvent(
  type: 'consent.created' | 'consent.withdrawn',
  c: Consent,
): OutboundEvent {
  return {
    type,
    // The contact's key, shared with its opt-outs: one receiver sees a contact's changes in order.
    orderKey: contactOrderKey(c.channel, c.contact),
    data: {
      id: c.id,
      channel: c.channel,
      contact: c.contact,
      categoryId: c.categoryId,
      source: c.source,
      grantedAt: c.grantedAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      withdrawReason: c.withdrawReason,
    },
  };
}

/** `quality.<type>`: one of Meta's quality signals, as stored. */
export function signalEvent(s: NewSignal): OutboundEvent {
  return {
    type: `quality.${s.type}` as OutboundEvent['type'],
    orderKey: `signal:${s.subject}`,
    data: {
      subject: s.subject,
      event: s.event,
      wabaId: s.wabaId,
      at: s.at.toISOString(),
      detail: s.detail,
    },
  };
}
