/**
 * A marketing task set up through a child service's admin API: recipients, some of them opted
 * out before it is published, and the checks every dispatch-under-stress test makes afterwards.
 */
import type { Recipient } from '../../../src/domain/types';
import { admin, type ChildService } from './child-service';
import type { GraphSend } from './fake-graph';

/** The n-th recipient: a valid German mobile number. */
export const recipientContact = (n: number) => `+49153${String(10_000_000 + n).padStart(8, '0')}`;

export interface ChildTask {
  taskId: string;
  contacts: string[];
  /** Opted out before publishing: never to be messaged. */
  suppressed: string[];
}

async function expectStatus(
  what: string,
  call: Promise<{ status: number; body: unknown }>,
  ok: number[],
) {
  const res = await call;
  if (!ok.includes(res.status))
    throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

export async function setUpTask(
  service: ChildService,
  opts: { recipients: number; suppressEvery: number; rate: number; publish?: boolean },
): Promise<ChildTask> {
  await expectStatus(
    'settings',
    admin(service, 'PUT', '/admin/settings', { messagesPerSecond: opts.rate }),
    [200],
  );
  const contacts = Array.from({ length: opts.recipients }, (_, i) => recipientContact(i));
  const suppressed = contacts.filter((_, i) => i % opts.suppressEvery === 3);
  for (const contact of suppressed) {
    const body = { channel: 'whatsapp', contact, remarks: 'asked by phone' };
    await expectStatus('opt-out', admin(service, 'POST', '/admin/opt-outs', body), [201]);
  }
  const task = await expectStatus(
    'task',
    admin(service, 'POST', '/admin/tasks', {
      name: 'Crash sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'crash_sale', language: 'en', optOutButtonIndex: 0 },
    }),
    [201],
  );
  const taskId = String(task.id);
  const rows = contacts.map((contact) => ({ contact, params: ['Ana'] }));
  const added = await expectStatus(
    'recipients',
    admin(service, 'POST', `/admin/tasks/${taskId}/recipients`, { recipients: rows }),
    [200],
  );
  if (added.accepted !== contacts.length) throw new Error(`recipients: ${JSON.stringify(added)}`);
  if (opts.publish ?? true) await taskAction(service, taskId, 'publish');
  return { taskId, contacts, suppressed };
}

export async function taskAction(
  service: ChildService,
  taskId: string,
  action: 'publish' | 'pause' | 'resume',
): Promise<void> {
  await expectStatus(action, admin(service, 'POST', `/admin/tasks/${taskId}/${action}`), [200]);
}

/** The Graph API's `to` (digits or +E.164) as the recipients table writes it. */
const e164 = (to: string) => `+${to.replace(/^\+/, '')}`;

const SENT_STATES = new Set(['sent', 'delivered', 'read']);

/**
 * At most once, and never to the suppressed, judged from both sides: what the Graph API
 * received and what the recipients table says. Returns a list of violations (empty = fine).
 */
export function dispatchViolations(
  task: ChildTask,
  recipients: Recipient[],
  templates: GraphSend[],
): string[] {
  const problems: string[] = [];
  const byContact = new Map<string, GraphSend[]>();
  for (const s of templates) byContact.set(e164(s.to), [...(byContact.get(e164(s.to)) ?? []), s]);
  for (const [contact, sends] of byContact) {
    if (sends.length > 1) problems.push(`${contact} received ${sends.length} messages`);
  }
  for (const contact of task.suppressed) {
    if (byContact.has(contact)) problems.push(`suppressed ${contact} was messaged`);
  }
  const graphIds = new Map(templates.map((s) => [s.id, s]));
  for (const r of recipients) {
    const sends = byContact.get(r.contact) ?? [];
    if (SENT_STATES.has(r.status)) {
      const send = r.messageId ? graphIds.get(r.messageId) : undefined;
      if (!send || e164(send.to) !== r.contact)
        problems.push(
          `${r.contact} is ${r.status} with message id ${r.messageId}, which the Graph API never issued to it`,
        );
    } else if (r.status !== 'unknown' && sends.length > 0) {
      problems.push(`${r.contact} is ${r.status} but was messaged`);
    }
    if (task.suppressed.includes(r.contact) && r.status !== 'suppressed')
      problems.push(`${r.contact} opted out before publishing but is ${r.status}`);
  }
  if (recipients.length !== task.contacts.length)
    problems.push(`${recipients.length} recipients, expected ${task.contacts.length}`);
  return problems;
}
