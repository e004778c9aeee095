import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, optOutInput, T0, useStore } from './harness';

export function suppressionContract(open: () => Promise<Store>): void {
  describe('suppression and contact identities', () => {
    const store = useStore(open);
    let tenant: string;
    const now = at(2 * DAY);
    const contact = (n: number): string => `+55119000000${String(n).padStart(2, '0')}`;

    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    it('suppresses by the task category or all marketing, never by other rows', async () => {
      const other = await createTenant(store(), 'Other');
      const seeds = [
        optOutInput(tenant, { contact: contact(1), categoryId: 'cat-a' }),
        optOutInput(tenant, { contact: contact(2), categoryId: null }),
        optOutInput(tenant, { contact: contact(3), categoryId: 'cat-b' }),
        optOutInput(tenant, { contact: contact(4), expiresAt: at(DAY) }),
        optOutInput(tenant, { contact: contact(5) }),
        optOutInput(tenant, { contact: contact(6), channel: 'sms' }),
        optOutInput(tenant, { contact: contact(7), startsAt: at(3 * DAY) }),
        optOutInput(other, { contact: contact(8) }),
      ];
      for (const input of seeds) await store().upsertOptOut(input, T0);
      const [five] = await store().findActiveOptOuts(tenant, 'whatsapp', [contact(5)], T0);
      await store().revokeOptOut(tenant, five?.id ?? '', 'admin:sk', at(DAY));
      const everyone = Array.from({ length: 9 }, (_, i) => contact(i + 1));

      const forCategoryA = await store().findSuppressions(
        tenant,
        'whatsapp',
        everyone,
        'cat-a',
        now,
      );
      expect([...forCategoryA.keys()].sort()).toEqual([contact(1), contact(2)]);
      expect(forCategoryA.get(contact(1))).toMatchObject({
        contact: contact(1),
        categoryId: 'cat-a',
        tenantId: tenant,
      });
      expect(forCategoryA.get(contact(2))?.categoryId).toBeNull();

      const allMarketingOnly = await store().findSuppressions(
        tenant,
        'whatsapp',
        everyone,
        null,
        now,
      );
      expect([...allMarketingOnly.keys()]).toEqual([contact(2)]);

      const sms = await store().findSuppressions(tenant, 'sms', everyone, 'cat-a', now);
      expect([...sms.keys()]).toEqual([contact(6)]);

      // The start instant is inside the validity, the expiry instant outside.
      expect(
        (await store().findSuppressions(tenant, 'whatsapp', [contact(7)], null, at(3 * DAY))).size,
      ).toBe(1);
      expect(
        (await store().findSuppressions(tenant, 'whatsapp', [contact(4)], null, at(DAY))).size,
      ).toBe(0);
      expect((await store().findSuppressions(tenant, 'whatsapp', [], 'cat-a', now)).size).toBe(0);
    });

    it('prefers the all-marketing row, then the longest, when several suppress', async () => {
      await store().upsertOptOut(
        optOutInput(tenant, { contact: contact(1), categoryId: 'cat-a', expiresAt: null }),
        T0,
      );
      await store().upsertOptOut(
        optOutInput(tenant, { contact: contact(1), expiresAt: at(10 * DAY) }),
        T0,
      );
      await store().upsertOptOut(
        optOutInput(tenant, {
          contact: contact(1),
          origin: 'admin',
          source: 'admin',
          expiresAt: at(20 * DAY),
        }),
        T0,
      );
      const found = await store().findSuppressions(
        tenant,
        'whatsapp',
        [contact(1), contact(1)],
        'cat-a',
        now,
      );
      expect(found.size).toBe(1);
      expect(found.get(contact(1))).toMatchObject({
        categoryId: null,
        origin: 'admin',
        expiresAt: at(20 * DAY),
      });
    });

    it('breaks a tie between equally ranked rows by the lowest id, on every backend', async () => {
      // Same scope, same expiry, two origins: the customer's row is created first (lower id);
      // the key index lists the admin's first ('admin' < 'customer').
      const customer = await store().upsertOptOut(
        optOutInput(tenant, { contact: contact(2), expiresAt: at(10 * DAY) }),
        T0,
      );
      const admin = await store().upsertOptOut(
        optOutInput(tenant, {
          contact: contact(2),
          origin: 'admin',
          source: 'admin',
          expiresAt: at(10 * DAY),
        }),
        at(1),
      );
      expect(customer.optOut.id < admin.optOut.id).toBe(true);
      const ids = await store().findSuppressionIds(tenant, 'whatsapp', [contact(2)], null, now);
      expect(ids.get(contact(2))).toBe(customer.optOut.id);
      const rows = await store().findSuppressions(tenant, 'whatsapp', [contact(2)], null, now);
      expect(rows.get(contact(2))?.id).toBe(customer.optOut.id);
    });

    it('matches an opt-out recorded on any linked identifier, keyed by the contact asked about', async () => {
      const number = '+5511987654321';
      const waId = '551187654321';
      const bsuid = 'BR.1234567890';
      await store().linkIdentifiers(tenant, 'whatsapp', [number, waId], T0);
      await store().linkIdentifiers(tenant, 'whatsapp', [waId, bsuid], T0);
      await store().upsertOptOut(optOutInput(tenant, { contact: bsuid, categoryId: 'cat-a' }), T0);
      const found = await store().findSuppressions(
        tenant,
        'whatsapp',
        [number, '+5511900000000'],
        'cat-a',
        now,
      );
      expect([...found.keys()]).toEqual([number]);
      expect(found.get(number)?.contact).toBe(bsuid);
      expect((await store().findSuppressions(tenant, 'whatsapp', [waId], null, now)).size).toBe(0);
      expect((await store().findSuppressions(tenant, 'sms', [number], 'cat-a', now)).size).toBe(0);
    });

    it('links identifiers into one group, merging groups, per tenant and channel', async () => {
      const other = await createTenant(store(), 'Other');
      await store().linkIdentifiers(tenant, 'whatsapp', ['a', 'b'], T0);
      await store().linkIdentifiers(tenant, 'whatsapp', ['c', 'd'], T0);
      await store().linkIdentifiers(tenant, 'whatsapp', ['x'], T0);
      expect((await store().identifiersOf(tenant, 'whatsapp', ['a'])).sort()).toEqual(['a', 'b']);
      expect((await store().identifiersOf(tenant, 'whatsapp', ['d'])).sort()).toEqual(['c', 'd']);
      await store().linkIdentifiers(tenant, 'whatsapp', ['b', 'c', 'e'], T0);
      for (const member of ['a', 'b', 'c', 'd', 'e']) {
        expect((await store().identifiersOf(tenant, 'whatsapp', [member])).sort()).toEqual([
          'a',
          'b',
          'c',
          'd',
          'e',
        ]);
      }
      expect(await store().identifiersOf(tenant, 'whatsapp', ['zzz'])).toEqual(['zzz']);
      expect(await store().identifiersOf(tenant, 'whatsapp', ['x'])).toEqual(['x']);
      expect(await store().identifiersOf(tenant, 'sms', ['a'])).toEqual(['a']);
      expect(await store().identifiersOf(other, 'whatsapp', ['a'])).toEqual(['a']);
      const withUnknown = await store().identifiersOf(tenant, 'whatsapp', ['zzz', 'a']);
      expect(withUnknown.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'zzz']);
    });

    it('links many sets at once as it links them one by one (an import chunk)', async () => {
      await store().linkIdentifiers(tenant, 'whatsapp', ['a', 'b'], T0);
      await store().linkIdentifiers(tenant, 'whatsapp', ['x', 'y'], T0);
      await store().linkIdentifierSets(
        tenant,
        'whatsapp',
        [
          ['c', 'd'],
          ['d', 'b'], // joins a's group through b
          ['p', 'q'],
          ['q', 'r', 'r'],
          ['lone'],
          ['s', 's'],
          [],
        ],
        T0,
      );
      const members = async (id: string) =>
        (await store().identifiersOf(tenant, 'whatsapp', [id])).sort();
      for (const id of ['a', 'b', 'c', 'd'])
        expect(await members(id)).toEqual(['a', 'b', 'c', 'd']);
      for (const id of ['p', 'q', 'r']) expect(await members(id)).toEqual(['p', 'q', 'r']);
      expect(await members('x')).toEqual(['x', 'y']);
      expect(await members('lone')).toEqual(['lone']);
      expect(await members('s')).toEqual(['s']);
      await store().linkIdentifierSets(tenant, 'whatsapp', [], T0);
      await store().upsertOptOut(optOutInput(tenant, { contact: 'r' }), T0);
      const found = await store().findSuppressionIds(tenant, 'whatsapp', ['p', 'a'], null, now);
      expect([...found.keys()]).toEqual(['p']);
    });
  });
}
