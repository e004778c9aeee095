import type { NewOutboundEvent, NewSignal, Store } from '../../../src/store/types';
import { consentInput } from './consents';
import { at, createTenant, DAY, MINUTE, newTask, optOutInput, T0, useStore } from './harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const LATER = at(DAY);

let seq = 0;
/** One outbound event of the tenant, with a body naming what it was built from. */
const outbound = (tenantId: string, type: string, orderKey: string, about: string) => {
  seq += 1;
  const id = `evt_w${seq}`;
  const event: NewOutboundEvent = {
    tenantId,
    id,
    type,
    orderKey,
    body: JSON.stringify({ id, type, about }),
    createdAt: T0,
  };
  return event;
};

const boom = (): NewOutboundEvent[] => {
  throw new Error('the process died between the change and its events');
};

/**
 * The outbox pattern: a write that causes outbound events takes them as its `events` argument
 * and writes them in its own transaction. Shown three ways for every such write: the events
 * are there after the change; a write that changes nothing writes none; and a failure while
 * writing them undoes the change too (one transaction: a change never commits without them).
 */
export function outboxWriteContract(open: () => Promise<Store>): void {
  describe('outbound events written with the change that causes them', () => {
    const store = useStore(open);
    let tenant: string;

    /** What the outbox holds for the tenant's endpoint: each key's oldest, and the backlog. */
    async function outbox(endpointId: string): Promise<{ abouts: string[]; backlog: number }> {
      const claimed = await store().claimDeliveries(`reader-${seq}`, 100, MINUTE, LATER);
      const backlog = (await store().getEventEndpoint(tenant, endpointId))?.backlog ?? -1;
      const abouts = claimed
        .filter((d) => d.endpointId === endpointId)
        .map((d) => (JSON.parse(d.body) as { about: string }).about)
        .sort();
      return { abouts, backlog };
    }

    async function endpoint(events = ['*']): Promise<string> {
      const e = await store().createEventEndpoint(
        tenant,
        { url: 'https://crm.example/hooks', secret: SECRET, events },
        T0,
      );
      return e.id;
    }

    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    it('upsertOptOut: writes the events of a change, none for an unchanged row, and rolls back with them', async () => {
      const ep = await endpoint();
      const events = jest.fn((r: { optOut: { id: string }; outcome: string }) => [
        outbound(tenant, `opt_out.${r.outcome}`, 'contact:a', `${r.outcome}:${r.optOut.id}`),
      ]);
      const first = await store().upsertOptOut(optOutInput(tenant), T0, events);
      await store().upsertOptOut(optOutInput(tenant), at(MINUTE), events);
      expect(events).toHaveBeenCalledTimes(1);
      expect(await outbox(ep)).toEqual({ abouts: [`created:${first.optOut.id}`], backlog: 1 });

      const other = optOutInput(tenant, { contact: '+5511911112222' });
      await expect(store().upsertOptOut(other, T0, boom)).rejects.toThrow('the process died');
      const listed = await store().listOptOuts(
        tenant,
        { contacts: [other.contact] },
        { limit: 10 },
        T0,
      );
      expect(listed.items).toEqual([]);
    });

    it('upsertOptOuts: one builder call per batch with the changed rows in order, none without an endpoint', async () => {
      const inputs = [
        optOutInput(tenant, { contact: '+5511900000001' }),
        optOutInput(tenant, { contact: '+5511900000002' }),
      ];
      const events = jest.fn((rows: { optOut: { contact: string }; outcome: string }[]) =>
        rows.map((r) =>
          outbound(tenant, 'opt_out.created', r.optOut.contact, `${r.outcome}:${r.optOut.contact}`),
        ),
      );
      // No endpoint yet: an import builds nothing.
      expect(await store().upsertOptOuts(inputs, T0, events)).toEqual(['created', 'created']);
      expect(events).not.toHaveBeenCalled();

      const ep = await endpoint();
      const third = optOutInput(tenant, { contact: '+5511900000003' });
      await store().upsertOptOuts([...inputs, third], at(MINUTE), events);
      expect(events).toHaveBeenCalledTimes(1);
      expect(events.mock.calls[0]?.[0].map((r) => r.optOut.contact)).toEqual([third.contact]);
      expect(await outbox(ep)).toEqual({ abouts: [`created:${third.contact}`], backlog: 1 });

      const fourth = optOutInput(tenant, { contact: '+5511900000004' });
      await expect(store().upsertOptOuts([fourth], T0, boom)).rejects.toThrow();
      expect(
        (await store().listOptOuts(tenant, { contacts: [fourth.contact] }, { limit: 10 }, T0))
          .items,
      ).toEqual([]);
    });

    it('revokeOptOut and revokeOptOutsFor: events only for what the call revoked', async () => {
      const ep = await endpoint(['opt_out.revoked']);
      const a = await store().upsertOptOut(optOutInput(tenant), T0);
      const revokedEvent = jest.fn((o: { id: string }) => [
        outbound(tenant, 'opt_out.revoked', `k:${o.id}`, `revoked:${o.id}`),
      ]);
      await expect(
        store().revokeOptOut(tenant, a.optOut.id, 'admin:x', at(MINUTE), null, boom),
      ).rejects.toThrow();
      expect((await store().getOptOut(tenant, a.optOut.id))?.revokedAt).toBeNull();

      await store().revokeOptOut(tenant, a.optOut.id, 'admin:x', at(MINUTE), null, revokedEvent);
      await store().revokeOptOut(
        tenant,
        a.optOut.id,
        'admin:x',
        at(2 * MINUTE),
        null,
        revokedEvent,
      );
      expect(revokedEvent).toHaveBeenCalledTimes(1);

      const b = await store().upsertOptOut(optOutInput(tenant, { contact: '+5511933334444' }), T0);
      const many = jest.fn((rows: { id: string }[]) =>
        rows.map((o) => outbound(tenant, 'opt_out.revoked', `k:${o.id}`, `revoked:${o.id}`)),
      );
      const by = {
        tenantId: tenant,
        channel: 'whatsapp' as const,
        contacts: ['+5511933334444'],
        origins: ['customer' as const],
        actor: 'customer',
        source: 'keyword' as const,
        evidence: null,
      };
      await store().revokeOptOutsFor(by, at(MINUTE), many);
      await store().revokeOptOutsFor(by, at(2 * MINUTE), many);
      expect(many).toHaveBeenCalledTimes(1);
      expect(await outbox(ep)).toEqual({
        abouts: [`revoked:${a.optOut.id}`, `revoked:${b.optOut.id}`].sort(),
        backlog: 2,
      });
    });

    it('updateTask: events when the compare-and-set applied, none when it did not', async () => {
      const ep = await endpoint(['task.paused']);
      const task = await store().createTask(tenant, newTask(), T0);
      await store().updateTask(tenant, task.id, ['draft'], { status: 'scheduled' }, T0);
      const pausedEvent = jest.fn((t: { id: string; status: string }) => [
        outbound(tenant, 'task.paused', `task:${t.id}`, `${t.status}:${t.id}`),
      ]);
      const pause = { status: 'paused' as const, reason: 'Template paused' };
      await expect(
        store().updateTask(tenant, task.id, ['scheduled'], pause, at(MINUTE), boom),
      ).rejects.toThrow();
      expect((await store().getTask(tenant, task.id))?.status).toBe('scheduled');

      expect(
        await store().updateTask(tenant, task.id, ['scheduled'], pause, at(MINUTE), pausedEvent),
      ).toMatchObject({ status: 'paused' });
      expect(
        await store().updateTask(tenant, task.id, ['scheduled'], pause, at(MINUTE), pausedEvent),
      ).toBeNull();
      expect(pausedEvent).toHaveBeenCalledTimes(1);
      expect(await outbox(ep)).toEqual({ abouts: [`paused:${task.id}`], backlog: 1 });
    });

    it('grantConsent, grantConsents and withdrawConsent: events in the same transaction', async () => {
      const ep = await endpoint();
      const granted = jest.fn((r: { consent: { id: string }; outcome: string }) => [
        outbound(tenant, 'consent.created', `c:${r.consent.id}`, `${r.outcome}:${r.consent.id}`),
      ]);
      const one = await store().grantConsent(consentInput(tenant), T0, granted);
      await expect(
        store().grantConsent(consentInput(tenant, { contact: '+5511955556666' }), T0, boom),
      ).rejects.toThrow();
      expect(
        (await store().listConsents(tenant, { contacts: ['+5511955556666'] }, { limit: 10 })).items,
      ).toEqual([]);

      const batch = jest.fn((rows: { consent: { contact: string }; outcome: string }[]) =>
        rows.map((r) =>
          outbound(
            tenant,
            'consent.created',
            r.consent.contact,
            `${r.outcome}:${r.consent.contact}`,
          ),
        ),
      );
      await store().grantConsents(
        [consentInput(tenant, { contact: '+5511900000011' }), consentInput(tenant)],
        at(MINUTE),
        batch,
      );
      expect(batch.mock.calls[0]?.[0].map((r) => r.outcome)).toEqual(['created', 'reaffirmed']);

      const withdrawn = jest.fn((c: { id: string }) => [
        outbound(tenant, 'consent.withdrawn', `w:${c.id}`, `withdrawn:${c.id}`),
      ]);
      await expect(
        store().withdrawConsent(tenant, one.consent.id, 'admin:x', 'asked', at(MINUTE), boom),
      ).rejects.toThrow();
      expect((await store().getConsent(tenant, one.consent.id))?.withdrawnAt).toBeNull();
      await store().withdrawConsent(
        tenant,
        one.consent.id,
        'admin:x',
        'asked',
        at(MINUTE),
        withdrawn,
      );
      await store().withdrawConsent(
        tenant,
        one.consent.id,
        'admin:x',
        'asked',
        at(MINUTE),
        withdrawn,
      );
      expect(withdrawn).toHaveBeenCalledTimes(1);
      expect(await outbox(ep)).toEqual({
        abouts: [
          `created:${one.consent.id}`,
          'created:+5511900000011',
          'reaffirmed:+5511987654321',
          `withdrawn:${one.consent.id}`,
        ].sort(),
        backlog: 4,
      });
    });

    it('recordSignal: the events of a signal recorded now, none for a duplicate', async () => {
      const ep = await endpoint();
      const signal: NewSignal = {
        wabaId: '102290129340398',
        type: 'template_status',
        subject: 'template:promo:en_US',
        event: 'PAUSED',
        key: 'message_template_status_update:template:promo:en_US:PAUSED:1',
        detail: { event: 'PAUSED' },
        at: T0,
      };
      const events = jest.fn((s: NewSignal) => [
        outbound(tenant, 'quality.template_status', `signal:${s.subject}`, s.key),
      ]);
      expect(await store().recordSignal(tenant, signal, T0, events)).toBe(true);
      expect(await store().recordSignal(tenant, signal, at(MINUTE), events)).toBe(false);
      expect(events).toHaveBeenCalledTimes(1);
      expect(await outbox(ep)).toEqual({ abouts: [signal.key], backlog: 1 });
    });

    it('seals endpoint secrets stored in clear, once', async () => {
      const plain = await endpoint();
      const seal = jest.fn((secret: string) => `sealed(${secret.length})`);
      expect(await store().sealEventEndpointSecrets(seal)).toBe(1);
      expect((await store().getEventEndpoint(tenant, plain))?.secret).toBe(
        `sealed(${SECRET.length})`,
      );
      expect(await store().sealEventEndpointSecrets(seal)).toBe(0);
      expect(seal).toHaveBeenCalledTimes(1);
    });
  });
}
