import { contactOrderKey } from '../../../src/domain/event-order';
import type { Store } from '../../../src/store/types';
import { consentInput } from './consents';
import { at, createTenant, DAY, newTask, optOutInput, T0, useStore } from './harness';

const NUMBER = '+5511987654321';
const KEY = 'erased:abc123';

/** A contact's data rights: the export's reads and the erasure, tenant by tenant. */
export function contactDataContract(open: () => Promise<Store>): void {
  describe('contact data: export reads and erasure', () => {
    const store = useStore(open);
    let tenant: string;
    let other: string;
    beforeEach(async () => {
      tenant = await createTenant(store());
      other = await createTenant(store(), 'Other');
    });

    it('lists a contact’s recipients across tasks, only in its tenant', async () => {
      const a = await store().createTask(tenant, newTask(), T0);
      const b = await store().createTask(tenant, newTask({ name: 'B' }), T0);
      for (const task of [a, b])
        await store().addRecipients(tenant, task.id, [
          { contact: NUMBER, params: ['Maria'] },
          { contact: '+5511900000001', params: null },
        ]);
      const rows = await store().listContactRecipients(tenant, [NUMBER]);
      expect(rows.map((r) => r.taskId).sort()).toEqual([a.id, b.id].sort());
      expect(await store().listContactRecipients(other, [NUMBER])).toEqual([]);
      expect(await store().listContactReplies(tenant, [NUMBER])).toEqual([]);
    });

    it('finds the stored webhook bodies that name the number and the sending number, oldest first', async () => {
      const body = (from: string, phone: string, text: string) =>
        JSON.stringify({ phone_number_id: phone, from, text });
      await store().appendInbox([
        { body: body('5511987654321', 'PHONE_A', 'second'), receivedAt: at(2) },
        { body: body('5511987654321', 'PHONE_A', 'first'), receivedAt: at(1) },
        { body: body('5511900000001', 'PHONE_A', 'another customer'), receivedAt: at(3) },
        { body: body('5511987654321', 'PHONE_B', 'another business'), receivedAt: at(4) },
      ]);
      const found = await store().listContactInbox('PHONE_A', [NUMBER, '5511987654321']);
      expect(found.map((b) => (JSON.parse(b) as { text: string }).text)).toEqual([
        'first',
        'second',
      ]);
      expect(await store().listContactInbox('PHONE_C', [NUMBER])).toEqual([]);
    });

    it('erases opt-outs, consents and recipients’ data, and keeps the contact suppressed by key', async () => {
      const task = await store().createTask(tenant, newTask(), T0);
      await store().addRecipients(tenant, task.id, [{ contact: NUMBER, params: ['Maria'] }]);
      await store().upsertOptOut(optOutInput(tenant, { categoryId: 'cat-a' }), T0);
      await store().grantConsent(consentInput(tenant), T0);
      await store().upsertOptOut(optOutInput(other), T0);
      // An outbound event about the contact waits in the outbox: its body names the number.
      const endpoint = await store().createEventEndpoint(
        tenant,
        {
          url: 'https://crm.example/hooks',
          secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
          events: ['*'],
        },
        T0,
      );
      const about = (orderKey: string, id: string) => ({
        tenantId: tenant,
        id,
        type: 'opt_out.created',
        orderKey,
        body: JSON.stringify({ id, contact: NUMBER }),
        createdAt: T0,
      });
      await store().appendEvents(
        [
          about(contactOrderKey('whatsapp', NUMBER), 'evt_erase_1'),
          about('task:t1', 'evt_erase_2'),
        ],
        T0,
      );
      // Statuses parked before their sends recorded the message ids name the customer by wa_id.
      const parked = (tenantId: string, messageId: string, recipientId: string) =>
        store().parkStatus(
          {
            tenantId,
            messageId,
            status: 'delivered',
            at: T0,
            errors: [],
            recipientId,
            recipientUserId: null,
          },
          T0,
        );
      await parked(tenant, 'wamid.erased', NUMBER.slice(1));
      await parked(tenant, 'wamid.kept', '5511900000001');
      await parked(other, 'wamid.other-tenant', NUMBER.slice(1));
      const summary = await store().eraseContact(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          identifiers: [{ identifier: NUMBER, key: KEY }],
          actor: 'admin:x',
          phoneNumberId: null,
        },
        at(DAY),
      );
      expect(summary).toMatchObject({ optOuts: 1, consents: 1, recipients: 1, outboundEvents: 1 });
      // The contact's event is gone; the task's stays.
      expect((await store().getEventEndpoint(tenant, endpoint.id))?.backlog).toBe(1);
      expect(
        (await store().listOptOuts(tenant, { contacts: [NUMBER] }, { limit: 10 }, at(DAY))).items,
      ).toEqual([]);
      expect(
        (await store().listConsents(tenant, { contacts: [NUMBER] }, { limit: 10 })).items,
      ).toEqual([]);
      const [recipient] = (await store().listRecipients(tenant, task.id, {}, { limit: 10 })).items;
      expect(recipient).toMatchObject({ contact: KEY, params: null });
      // The erasure entry suppresses the key, and the number once linked to it.
      expect(await store().findErasedKeys(tenant, 'whatsapp', [KEY, 'erased:other'])).toEqual(
        new Set([KEY]),
      );
      expect(await store().findErasedKeys(other, 'whatsapp', [KEY])).toEqual(new Set());
      await store().linkIdentifiers(tenant, 'whatsapp', [NUMBER, KEY], at(DAY));
      const ids = await store().findSuppressionIds(tenant, 'whatsapp', [NUMBER], 'cat-b', at(DAY));
      expect(ids.has(NUMBER)).toBe(true);
      // Only the erased contact's parked status is gone (pruning lists what is left).
      expect((await store().parkedMessageIds(at(2 * DAY), 10)).sort()).toEqual([
        'wamid.kept',
        'wamid.other-tenant',
      ]);
      // Another tenant's opt-out for the same number is untouched.
      expect(await store().findActiveOptOuts(other, 'whatsapp', [NUMBER], at(DAY))).toHaveLength(1);
    });
  });
}
