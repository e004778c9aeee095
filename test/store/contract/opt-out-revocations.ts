import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, optOutInput, T0, useStore } from './harness';

export function optOutRevocationContract(open: () => Promise<Store>): void {
  describe('opt-out revocation', () => {
    const store = useStore(open);
    let tenant: string;
    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    it('revokes once: sets revokedAt and revokedBy and appends one event', async () => {
      const { optOut } = await store().upsertOptOut(optOutInput(tenant), T0);
      const revoked = await store().revokeOptOut(tenant, optOut.id, 'admin:sk_live', at(DAY));
      expect(revoked).toMatchObject({
        id: optOut.id,
        revokedAt: at(DAY),
        revokedBy: 'admin:sk_live',
        expiresAt: at(30 * DAY),
      });
      const again = await store().revokeOptOut(tenant, optOut.id, 'admin:other', at(2 * DAY));
      expect(again).toEqual(revoked);
      const events = await store().listOptOutEvents(tenant, optOut.id);
      expect(events.map((e) => [e.type, e.actor, e.at])).toEqual([
        ['created', 'customer:+5511987654321', T0],
        ['revoked', 'admin:sk_live', at(DAY)],
      ]);
      expect(
        await store().findActiveOptOuts(tenant, 'whatsapp', [optOut.contact], at(DAY)),
      ).toEqual([]);
    });

    it('keeps the evidence given with a revocation (an admin’s reason) on its event', async () => {
      const { optOut } = await store().upsertOptOut(optOutInput(tenant), T0);
      const reason = { detail: 'customer asked by phone to get offers again' };
      await store().revokeOptOut(tenant, optOut.id, 'admin:sk_live', at(DAY), reason);
      const events = await store().listOptOutEvents(tenant, optOut.id);
      expect(events.map((e) => [e.type, e.evidence])).toEqual([
        ['created', optOutInput(tenant).evidence],
        ['revoked', reason],
      ]);
    });

    it('answers null for another tenant and leaves the row alone', async () => {
      const other = await createTenant(store(), 'Other');
      const { optOut } = await store().upsertOptOut(optOutInput(tenant), T0);
      expect(await store().revokeOptOut(other, optOut.id, 'admin:x', at(DAY))).toBeNull();
      expect(
        await store().revokeOptOut(tenant, '0123456789abcdef01234567', 'admin:x', at(DAY)),
      ).toBeNull();
      expect((await store().getOptOut(tenant, optOut.id))?.revokedAt).toBeNull();
      expect(await store().listOptOutEvents(other, optOut.id)).toEqual([]);
    });

    it('revokes the active rows of the given origins for any of the contact identifiers', async () => {
      const number = '+5511987654321';
      const waId = '551187654321';
      const customerAll = await store().upsertOptOut(optOutInput(tenant, { contact: number }), T0);
      const customerCategory = await store().upsertOptOut(
        optOutInput(tenant, { contact: waId, categoryId: 'cat-a' }),
        T0,
      );
      const meta = await store().upsertOptOut(
        optOutInput(tenant, {
          contact: number,
          origin: 'meta',
          source: 'meta_preference',
          expiresAt: null,
        }),
        T0,
      );
      const admin = await store().upsertOptOut(
        optOutInput(tenant, { contact: number, origin: 'admin', source: 'admin' }),
        T0,
      );
      const sms = await store().upsertOptOut(
        optOutInput(tenant, { contact: number, channel: 'sms' }),
        T0,
      );
      const expired = await store().upsertOptOut(
        optOutInput(tenant, { contact: number, categoryId: 'cat-b', expiresAt: at(DAY) }),
        T0,
      );
      const someoneElse = await store().upsertOptOut(
        optOutInput(tenant, { contact: '+5511900000000' }),
        T0,
      );

      const now = at(2 * DAY);
      const evidence = { text: 'VOLTAR', intent: 'opt_in' };
      const revoked = await store().revokeOptOutsFor(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          contacts: [number, waId],
          origins: ['customer'],
          actor: `customer:${number}`,
          source: 'keyword',
          evidence,
        },
        now,
      );
      expect(revoked.map((o) => o.id).sort()).toEqual(
        [customerAll.optOut.id, customerCategory.optOut.id].sort(),
      );
      expect(
        revoked.every(
          (o) => o.revokedAt?.getTime() === now.getTime() && o.revokedBy === `customer:${number}`,
        ),
      ).toBe(true);
      for (const kept of [meta, admin, sms, expired, someoneElse]) {
        expect((await store().getOptOut(tenant, kept.optOut.id))?.revokedAt).toBeNull();
      }
      const events = await store().listOptOutEvents(tenant, customerCategory.optOut.id);
      expect(events[1]).toMatchObject({
        type: 'revoked',
        actor: `customer:${number}`,
        source: 'keyword',
        evidence,
        at: now,
      });
      expect(await store().listOptOutEvents(tenant, expired.optOut.id)).toHaveLength(1);

      const metaResume = await store().revokeOptOutsFor(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          contacts: [number],
          origins: ['meta'],
          actor: 'meta',
          source: 'meta_preference',
          evidence: null,
        },
        now,
      );
      expect(metaResume.map((o) => o.id)).toEqual([meta.optOut.id]);
      const nothingLeft = await store().revokeOptOutsFor(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          contacts: [number],
          origins: ['meta', 'customer'],
          actor: 'meta',
          source: 'meta_preference',
          evidence: null,
        },
        now,
      );
      expect(nothingLeft).toEqual([]);
    });
  });
}
