import { ManualClock } from '../../../src/clock';
import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, optOutInput, T0, useStore } from './harness';

export function optOutUpsertContract(open: () => Promise<Store>): void {
  describe('opt-out upserts', () => {
    const store = useStore(open);
    let tenant: string;
    let clock: ManualClock;
    beforeEach(async () => {
      tenant = await createTenant(store());
      clock = new ManualClock(T0);
    });

    it('creates a row and its first event', async () => {
      const input = optOutInput(tenant, { remarks: 'asked twice' });
      const { optOut, outcome } = await store().upsertOptOut(input, clock.now());
      expect(outcome).toBe('created');
      expect(optOut).toMatchObject({
        tenantId: tenant,
        channel: 'whatsapp',
        contact: '+5511987654321',
        categoryId: null,
        origin: 'customer',
        source: 'keyword',
        startsAt: T0,
        expiresAt: at(30 * DAY),
        remarks: 'asked twice',
        evidence: input.evidence,
        createdAt: T0,
        updatedAt: T0,
        revokedAt: null,
        revokedBy: null,
      });
      expect(await store().getOptOut(tenant, optOut.id)).toEqual(optOut);
      const events = await store().listOptOutEvents(tenant, optOut.id);
      expect(events).toEqual([
        expect.objectContaining({
          tenantId: tenant,
          optOutId: optOut.id,
          type: 'created',
          actor: 'customer:+5511987654321',
          source: 'keyword',
          evidence: input.evidence,
          startsAt: T0,
          expiresAt: at(30 * DAY),
          at: T0,
        }),
      ]);
    });

    it('extends an active row to a later expiry, keeping its start and remarks', async () => {
      const first = await store().upsertOptOut(
        optOutInput(tenant, { remarks: 'first' }),
        clock.now(),
      );
      const now = clock.advance(DAY);
      const evidence = { text: 'STOP', language: 'en' };
      const again = await store().upsertOptOut(
        optOutInput(tenant, {
          startsAt: now,
          expiresAt: at(31 * DAY),
          source: 'template_button',
          evidence,
        }),
        now,
      );
      expect(again.outcome).toBe('extended');
      expect(again.optOut).toMatchObject({
        id: first.optOut.id,
        startsAt: T0,
        expiresAt: at(31 * DAY),
        source: 'template_button',
        evidence,
        remarks: 'first',
        createdAt: T0,
        updatedAt: now,
      });
      const events = await store().listOptOutEvents(tenant, first.optOut.id);
      expect(events.map((e) => [e.type, e.expiresAt, e.at])).toEqual([
        ['created', at(30 * DAY), T0],
        ['extended', at(31 * DAY), now],
      ]);
      const remarked = await store().upsertOptOut(
        optOutInput(tenant, { expiresAt: at(40 * DAY), remarks: 'second' }),
        now,
      );
      expect(remarked.optOut.remarks).toBe('second');
    });

    it('never shortens an active row: an earlier or equal expiry is unchanged and leaves no event', async () => {
      const first = await store().upsertOptOut(optOutInput(tenant), clock.now());
      const now = clock.advance(DAY);
      const shorter = await store().upsertOptOut(
        optOutInput(tenant, { startsAt: now, expiresAt: at(10 * DAY) }),
        now,
      );
      expect(shorter.outcome).toBe('unchanged');
      expect(shorter.optOut).toEqual(first.optOut);
      const same = await store().upsertOptOut(
        optOutInput(tenant, { startsAt: now, expiresAt: at(30 * DAY) }),
        now,
      );
      expect(same.outcome).toBe('unchanged');
      expect(await store().listOptOutEvents(tenant, first.optOut.id)).toHaveLength(1);
      expect((await store().getOptOut(tenant, first.optOut.id))?.expiresAt).toEqual(at(30 * DAY));
    });

    it('treats a null expiry as forever: it extends a dated row, and no date shortens it', async () => {
      const first = await store().upsertOptOut(optOutInput(tenant), clock.now());
      const forever = await store().upsertOptOut(
        optOutInput(tenant, { expiresAt: null }),
        clock.advance(DAY),
      );
      expect(forever.outcome).toBe('extended');
      expect(forever.optOut.expiresAt).toBeNull();
      const dated = await store().upsertOptOut(
        optOutInput(tenant, { expiresAt: at(900 * DAY) }),
        clock.advance(DAY),
      );
      expect(dated.outcome).toBe('unchanged');
      expect(dated.optOut.expiresAt).toBeNull();
      const again = await store().upsertOptOut(
        optOutInput(tenant, { expiresAt: null }),
        clock.advance(DAY),
      );
      expect(again.outcome).toBe('unchanged');
      expect((await store().listOptOutEvents(tenant, first.optOut.id)).map((e) => e.type)).toEqual([
        'created',
        'extended',
      ]);
    });

    it('renews an expired row from the new start', async () => {
      const first = await store().upsertOptOut(optOutInput(tenant), clock.now());
      // The expiry instant itself is already outside the validity.
      clock.set(at(30 * DAY));
      const now = clock.now();
      const renewed = await store().upsertOptOut(
        optOutInput(tenant, { startsAt: now, expiresAt: at(37 * DAY) }),
        now,
      );
      expect(renewed.outcome).toBe('renewed');
      expect(renewed.optOut).toMatchObject({
        id: first.optOut.id,
        startsAt: now,
        expiresAt: at(37 * DAY),
        updatedAt: now,
      });
      const events = await store().listOptOutEvents(tenant, first.optOut.id);
      expect(events.map((e) => [e.type, e.startsAt, e.expiresAt])).toEqual([
        ['created', T0, at(30 * DAY)],
        ['renewed', now, at(37 * DAY)],
      ]);
    });

    it('renews a revoked row and clears the revocation', async () => {
      const first = await store().upsertOptOut(optOutInput(tenant), clock.now());
      await store().revokeOptOut(tenant, first.optOut.id, 'admin:sk_1', clock.advance(DAY));
      const now = clock.advance(DAY);
      const renewed = await store().upsertOptOut(
        optOutInput(tenant, { startsAt: now, expiresAt: at(5 * DAY) }),
        now,
      );
      expect(renewed.outcome).toBe('renewed');
      expect(renewed.optOut).toMatchObject({
        startsAt: now,
        expiresAt: at(5 * DAY),
        revokedAt: null,
        revokedBy: null,
      });
      expect((await store().listOptOutEvents(tenant, first.optOut.id)).map((e) => e.type)).toEqual([
        'created',
        'revoked',
        'renewed',
      ]);
    });

    it('renews a row that has not started yet with the new validity', async () => {
      await store().upsertOptOut(
        optOutInput(tenant, { startsAt: at(10 * DAY), expiresAt: at(20 * DAY) }),
        clock.now(),
      );
      const renewed = await store().upsertOptOut(
        optOutInput(tenant, { expiresAt: at(15 * DAY) }),
        clock.advance(DAY),
      );
      expect(renewed.outcome).toBe('renewed');
      expect(renewed.optOut).toMatchObject({ startsAt: T0, expiresAt: at(15 * DAY) });
    });

    it('keeps one row per tenant, channel, contact, scope and origin', async () => {
      const other = await createTenant(store(), 'Other');
      const outcomes = await Promise.all([
        store().upsertOptOut(optOutInput(tenant, { categoryId: 'cat-a' }), T0),
        store().upsertOptOut(optOutInput(tenant, { origin: 'admin', source: 'admin' }), T0),
        store().upsertOptOut(optOutInput(tenant, { channel: 'sms' }), T0),
        store().upsertOptOut(optOutInput(other), T0),
        store().upsertOptOut(optOutInput(tenant), T0),
      ]);
      expect(outcomes.map((o) => o.outcome)).toEqual([
        'created',
        'created',
        'created',
        'created',
        'created',
      ]);
      expect(new Set(outcomes.map((o) => o.optOut.id)).size).toBe(5);
      expect(await store().getOptOut(other, outcomes[0]?.optOut.id ?? '')).toBeNull();
    });

    it('upserts many in order with the same rules each', async () => {
      const outcomes = await store().upsertOptOuts(
        [
          optOutInput(tenant, { contact: '+5511900000001' }),
          optOutInput(tenant, { contact: '+5511900000002' }),
          optOutInput(tenant, { contact: '+5511900000001', expiresAt: at(60 * DAY) }),
          optOutInput(tenant, { contact: '+5511900000002', expiresAt: at(10 * DAY) }),
        ],
        T0,
      );
      expect(outcomes).toEqual(['created', 'created', 'extended', 'unchanged']);
      const page = await store().listOptOuts(
        tenant,
        { contacts: ['+5511900000001'] },
        { limit: 10 },
        T0,
      );
      expect(page.items.map((o) => o.expiresAt)).toEqual([at(60 * DAY)]);
      expect(await store().upsertOptOuts([], T0)).toEqual([]);
    });
  });
}
