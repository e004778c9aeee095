import type { Channel } from '../../../src/domain/types';
import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, optOutInput, T0, useStore } from './harness';

/**
 * The dispatcher's check (`findSuppressionIds`) over time and across links: whatever order
 * opt-outs and links are recorded, changed and revoked in, it answers what `findSuppressions`
 * answers, and both follow the opt-out's scope, validity, tenant and channel.
 */
export function suppressionLinkContract(open: () => Promise<Store>): void {
  describe('suppression through links, over time, for contacts of any shape', () => {
    const store = useStore(open);
    let tenant: string;
    const now = at(2 * DAY);

    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    /** The dispatcher's answer, checked against the full one (same contacts, same opt-out ids). */
    async function suppressedIds(
      contacts: string[],
      categoryId: string | null = 'cat-a',
      when: Date = now,
      channel: Channel = 'whatsapp',
      tenantId: string = tenant,
    ): Promise<Map<string, string>> {
      const ids = await store().findSuppressionIds(tenantId, channel, contacts, categoryId, when);
      const full = await store().findSuppressions(tenantId, channel, contacts, categoryId, when);
      expect(new Map([...full].map(([contact, optOut]) => [contact, optOut.id]))).toEqual(ids);
      return ids;
    }

    const optOut = async (contact: string, overrides: Parameters<typeof optOutInput>[1] = {}) =>
      (await store().upsertOptOut(optOutInput(tenant, { contact, ...overrides }), T0)).optOut;

    it('follows links recorded after the opt-out, and merged groups', async () => {
      const [number, waId, bsuid, other, otherWaId] = [
        '+5511987654321',
        '+551187654321',
        'BR.1234567890',
        '+5511900000001',
        '+551100000001',
      ];
      const onBsuid = await optOut(bsuid, { categoryId: 'cat-a' });
      const onOther = await optOut(otherWaId, { categoryId: null, expiresAt: null });
      const everyone = [number, waId, bsuid, other, otherWaId];
      expect(await suppressedIds(everyone)).toEqual(
        new Map([
          [bsuid, onBsuid.id],
          [otherWaId, onOther.id],
        ]),
      );

      await store().linkIdentifiers(tenant, 'whatsapp', [number, waId], T0);
      expect([...(await suppressedIds(everyone)).keys()].sort()).toEqual([bsuid, otherWaId].sort());
      await store().linkIdentifiers(tenant, 'whatsapp', [waId, bsuid], T0);
      expect(await suppressedIds([number, waId])).toEqual(
        new Map([
          [number, onBsuid.id],
          [waId, onBsuid.id],
        ]),
      );

      // Merging the two groups: the all-marketing opt-out now outranks the category one.
      await store().linkIdentifiers(tenant, 'whatsapp', [other, otherWaId], T0);
      await store().linkIdentifiers(tenant, 'whatsapp', [other, number], T0);
      const merged = await suppressedIds(everyone);
      expect(merged).toEqual(new Map(everyone.map((c) => [c, onOther.id])));
      // For another category only the all-marketing opt-out counts; for all marketing, too.
      expect(await suppressedIds(everyone, 'cat-b')).toEqual(merged);
      expect(await suppressedIds(everyone, null)).toEqual(merged);
    });

    it('follows the linked opt-out through expiry, extension, revocation and renewal', async () => {
      const [number, waId] = ['+5511987654321', '+551187654321'];
      await store().linkIdentifiers(tenant, 'whatsapp', [number, waId], T0);
      const first = await optOut(waId, { expiresAt: at(3 * DAY) });
      expect(await suppressedIds([number], null, at(3 * DAY - 1))).toEqual(
        new Map([[number, first.id]]),
      );
      expect((await suppressedIds([number], null, at(3 * DAY))).size).toBe(0);

      const extended = await store().upsertOptOut(
        optOutInput(tenant, { contact: waId, expiresAt: at(10 * DAY) }),
        at(DAY),
      );
      expect(extended.outcome).toBe('extended');
      expect(await suppressedIds([number], null, at(9 * DAY))).toEqual(
        new Map([[number, first.id]]),
      );

      await store().revokeOptOut(tenant, first.id, 'admin:sk', at(DAY));
      expect((await suppressedIds([number, waId], null, at(2 * DAY))).size).toBe(0);
      const renewed = await store().upsertOptOut(
        optOutInput(tenant, { contact: waId, startsAt: at(4 * DAY), expiresAt: null }),
        at(4 * DAY),
      );
      expect(renewed.outcome).toBe('renewed');
      expect((await suppressedIds([number], null, at(4 * DAY - 1))).size).toBe(0);
      expect(await suppressedIds([number, waId], null, at(400 * DAY))).toEqual(
        new Map([
          [number, first.id],
          [waId, first.id],
        ]),
      );

      // Revoking by contact (a customer's START) reaches the linked identifier too.
      await store().revokeOptOutsFor(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          contacts: [waId],
          origins: ['customer'],
          actor: `customer:${waId}`,
          source: 'keyword',
          evidence: null,
        },
        at(5 * DAY),
      );
      expect((await suppressedIds([number, waId], null, at(6 * DAY))).size).toBe(0);
    });

    it('keeps links and opt-outs within their tenant and channel', async () => {
      const other = await createTenant(store(), 'Other');
      const [number, waId] = ['+5511987654321', '+551187654321'];
      await store().linkIdentifiers(tenant, 'whatsapp', [number, waId], T0);
      await store().linkIdentifiers(other, 'sms', [number, waId], T0);
      await store().upsertOptOut(optOutInput(other, { contact: waId }), T0);
      await store().upsertOptOut(optOutInput(tenant, { contact: waId, channel: 'sms' }), T0);
      expect((await suppressedIds([number, waId])).size).toBe(0);
      expect((await suppressedIds([number], 'cat-a', now, 'sms')).size).toBe(0);
      expect([...(await suppressedIds([number, waId], 'cat-a', now, 'sms')).keys()]).toEqual([
        waId,
      ]);
      expect([
        ...(await suppressedIds([number, waId], null, now, 'whatsapp', other)).keys(),
      ]).toEqual([waId]);
    });

    it('matches a contact only by its exact string, whatever its shape', async () => {
      // Pairs that differ only in form: each is its own contact, never the other.
      const optedOut = [
        '+5511987654321',
        '05511987654321',
        '+123456789012345',
        '+1234567890123456',
        '+1',
        'US.13491208655302741918',
        'ana@example.com',
        '+١٢٣',
        '+1 555 0100',
      ];
      const notOptedOut = [
        '5511987654321',
        '+05511987654321',
        '123456789012345',
        '1234567890123456',
        '+12345678901234567',
        '1',
        '+01',
        'us.13491208655302741918',
        'ANA@example.com',
        '+123',
        '+15550100',
        '+5511987654321 ',
        '+5511987654321.0',
      ];
      const ids = new Map<string, string>();
      for (const contact of optedOut) ids.set(contact, (await optOut(contact)).id);
      expect(await suppressedIds([...notOptedOut, ...optedOut])).toEqual(ids);
      expect((await suppressedIds(notOptedOut)).size).toBe(0);
    });

    it('answers a dispatcher-sized batch as it answers each contact alone', async () => {
      // A seeded mix: opt-outs of every scope and validity, some reached through links, and a
      // 500-contact batch (a SQLite store splits one this large across two threads) with
      // duplicates and unknown contacts, in no particular order.
      let seed = 20261127;
      const next = (n: number) => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return (seed >>> 8) % n;
      };
      const contact = (i: number) => `+4479${String(i).padStart(8, '0')}`;
      const categories = [null, 'cat-a', 'cat-b'];
      const validity = [
        { startsAt: at(-DAY), expiresAt: null },
        { startsAt: at(-DAY), expiresAt: at(DAY) },
        { startsAt: at(-DAY), expiresAt: at(5 * DAY) },
        { startsAt: at(3 * DAY), expiresAt: null },
      ];
      for (let i = 0; i < 200; i++) {
        const { startsAt, expiresAt } = validity[next(validity.length)] as (typeof validity)[0];
        const categoryId = categories[next(categories.length)] as string | null;
        await optOut(contact(next(300)), { categoryId, startsAt, expiresAt });
      }
      for (let i = 0; i < 30; i++) {
        await store().linkIdentifiers(
          tenant,
          'whatsapp',
          [contact(next(300)), contact(next(300))],
          T0,
        );
      }
      const batch = Array.from({ length: 500 }, () => contact(next(400)));
      for (const categoryId of categories) {
        const alone = new Map<string, string>();
        for (const c of new Set(batch)) {
          const [id] = (await suppressedIds([c], categoryId)).values();
          if (id !== undefined) alone.set(c, id);
        }
        const together = await suppressedIds(batch, categoryId);
        expect(together.size).toBeGreaterThan(10);
        expect(new Map([...together].sort())).toEqual(new Map([...alone].sort()));
      }
    });
  });
}
