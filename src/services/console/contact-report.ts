/**
 * One contact on one screen, for the console's contact page: every identifier linked to it,
 * every opt-out of any of them (active, expired, revoked) with its audit trail, the task
 * messages it got (or was kept from) in the newest tasks, and its conversation state. It answers
 * "why was (or wasn't) this customer messaged?" from the same records the dispatcher uses.
 */
import type { Clock } from '../../clock';
import type { Channel, OptOut, OptOutEvent, Recipient, Task, Tenant } from '../../domain/types';
import type { Conversation, Store } from '../../store/types';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { withEquivalents } from '../opt-outs/opt-out-lookup';

/** Enough history for a person to read; older rows stay in the list and task pages. */
export const CONTACT_OPT_OUTS = 100;
export const CONTACT_RECENT_TASKS = 200;

export interface ContactReport {
  channel: Channel;
  contact: string;
  identifiers: string[];
  optOuts: (OptOut & { events: OptOutEvent[] })[];
  messages: { task: Pick<Task, 'id' | 'name' | 'status' | 'categoryId'>; recipient: Recipient }[];
  conversation: Conversation | null;
}

export async function contactReport(
  deps: { store: Store; clock: Clock; optOuts: OptOutService },
  tenant: Tenant,
  channel: Channel,
  rawContact: string,
): Promise<ContactReport> {
  const { store, clock, optOuts } = deps;
  const contact = optOuts.normalize(tenant, channel, rawContact);
  const linked = await store.identifiersOf(tenant.id, channel, withEquivalents(channel, contact));
  const identifiers = [
    ...new Set([contact, ...linked.flatMap((i) => withEquivalents(channel, i))]),
  ];

  const page = await store.listOptOuts(
    tenant.id,
    { channel, contacts: identifiers },
    { limit: CONTACT_OPT_OUTS },
    clock.now(),
  );
  const withEvents = await Promise.all(
    page.items.map(async (o) => ({ ...o, events: await store.listOptOutEvents(tenant.id, o.id) })),
  );

  const recipients = await store.listContactRecipients(
    tenant.id,
    identifiers,
    CONTACT_RECENT_TASKS,
  );
  const tasks = new Map<string, Task | null>();
  for (const r of recipients) {
    if (!tasks.has(r.taskId)) tasks.set(r.taskId, await store.getTask(tenant.id, r.taskId));
  }
  const messages = recipients.flatMap((recipient) => {
    const task = tasks.get(recipient.taskId);
    if (!task) return [];
    const { id, name, status, categoryId } = task;
    return [{ task: { id, name, status, categoryId }, recipient }];
  });

  let conversation: Conversation | null = null;
  for (const id of identifiers) {
    conversation = await store.getConversation(tenant.id, id);
    if (conversation) break;
  }
  return { channel, contact, identifiers, optOuts: withEvents, messages, conversation };
}
