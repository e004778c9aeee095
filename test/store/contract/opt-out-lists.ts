import { ValidationError } from '../../../src/errors';
import type { OptOutFilter, Store } from '../../../src/store/types';
import { at, createTenant, DAY, HOUR, optOutInput, T0, useStore } from './harness';

export function optOutListContract(open: () => Promise<Store>): void {
  describe('opt-out lists', () => {
    const store = useStore(open);
    let tenant: string;
    const now = at(2 * DAY);

    /** Rows created one hour apart (r0 oldest), each differing in one way from the default. */
    async function seed(): Promise<Record<string, string>> {
      const rows = {
        plain: optOutInput(tenant, { contact: '+5511900000001' }),
        category: optOutInput(tenant, { contact: '+5511900000002', categoryId: 'cat-a' }),
        admin: optOutInput(tenant, {
          contact: '+5511900000003',
          origin: 'admin',
          source: 'import',
        }),
        sms: optOutInput(tenant, { contact: '+5511900000004', channel: 'sms' }),
        expired: optOutInput(tenant, { contact: '+5511900000005', expiresAt: at(DAY) }),
        future: optOutInput(tenant, { contact: '+5511900000006', startsAt: at(5 * DAY) }),
        revoked: optOutInput(tenant, { contact: '+5511900000007' }),
      };
      const ids: Record<string, string> = {};
      let hour = 0;
      for (const [name, input] of Object.entries(rows)) {
        ids[name] = (await store().upsertOptOut(input, at(hour * HOUR))).optOut.id;
        hour += 1;
      }
      await store().revokeOptOut(tenant, ids.revoked ?? '', 'admin:sk', at(DAY));
      const other = await createTenant(store(), 'Other');
      await store().upsertOptOut(optOutInput(other, { contact: '+5511900000001' }), T0);
      return ids;
    }

    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    async function names(filter: OptOutFilter, ids: Record<string, string>): Promise<string[]> {
      const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
      const page = await store().listOptOuts(tenant, filter, { limit: 100 }, now);
      return page.items.map((o) => byId[o.id] ?? `foreign ${o.id}`);
    }

    it('lists newest first and applies each filter', async () => {
      const ids = await seed();
      expect(await names({}, ids)).toEqual([
        'revoked',
        'future',
        'expired',
        'sms',
        'admin',
        'category',
        'plain',
      ]);
      expect(await names({ channel: 'sms' }, ids)).toEqual(['sms']);
      expect(
        await names({ contacts: ['+5511900000002', '+5511900000003', '+5511999999999'] }, ids),
      ).toEqual(['admin', 'category']);
      expect(await names({ contacts: [] }, ids)).toEqual([]);
      expect(await names({ categoryId: 'cat-a' }, ids)).toEqual(['category']);
      expect(await names({ categoryId: null, channel: 'whatsapp' }, ids)).toEqual([
        'revoked',
        'future',
        'expired',
        'admin',
        'plain',
      ]);
      expect(await names({ source: 'import' }, ids)).toEqual(['admin']);
      expect(await names({ origin: 'admin' }, ids)).toEqual(['admin']);
      expect(await names({ active: true }, ids)).toEqual(['sms', 'admin', 'category', 'plain']);
      expect(await names({ active: false }, ids)).toEqual(['revoked', 'future', 'expired']);
      expect(await names({ state: 'active' }, ids)).toEqual(['sms', 'admin', 'category', 'plain']);
      expect(await names({ state: 'scheduled' }, ids)).toEqual(['future']);
      expect(await names({ state: 'expired' }, ids)).toEqual(['expired']);
      expect(await names({ state: 'revoked' }, ids)).toEqual(['revoked']);
      expect(await names({ state: 'expired', channel: 'sms' }, ids)).toEqual([]);
      // createdFrom is inclusive, createdTo exclusive.
      expect(await names({ createdFrom: at(HOUR), createdTo: at(3 * HOUR) }, ids)).toEqual([
        'admin',
        'category',
      ]);
      expect(await names({ active: true, channel: 'whatsapp', origin: 'customer' }, ids)).toEqual([
        'category',
        'plain',
      ]);
    });

    it('pages through a filtered list in a stable order, ending with a null cursor', async () => {
      const inputs = Array.from({ length: 7 }, (_, i) =>
        optOutInput(tenant, { contact: `+55119000001${i}` }),
      );
      for (const [i, input] of inputs.entries()) await store().upsertOptOut(input, at(i * HOUR));
      await store().upsertOptOut(
        optOutInput(tenant, { contact: '+5511900000999', channel: 'sms' }),
        at(8 * HOUR),
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await store().listOptOuts(
          tenant,
          { channel: 'whatsapp' },
          { limit: 3, cursor },
          now,
        );
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((o) => o.contact));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(inputs.map((i) => i.contact).reverse());
      await expect(
        store().listOptOuts(tenant, {}, { limit: 3, cursor: '../etc' }, now),
      ).rejects.toBeInstanceOf(ValidationError);
    });

    it('finds the active rows of any scope for the given identifiers', async () => {
      const ids = await seed();
      await store().upsertOptOut(
        optOutInput(tenant, { contact: '+5511900000001', categoryId: 'cat-a' }),
        T0,
      );
      const active = await store().findActiveOptOuts(
        tenant,
        'whatsapp',
        ['+5511900000001', '+5511900000002', '+5511900000005', '+5511900000006', '+5511900000007'],
        now,
      );
      expect(active.map((o) => `${o.contact} ${o.categoryId ?? 'all'}`).sort()).toEqual([
        '+5511900000001 all',
        '+5511900000001 cat-a',
        '+5511900000002 cat-a',
      ]);
      expect(active.some((o) => o.id === ids.expired)).toBe(false);
      expect(await store().findActiveOptOuts(tenant, 'sms', ['+5511900000001'], now)).toEqual([]);
    });
  });
}
