import { ConflictError, NotFoundError, ValidationError } from '../../../src/errors';
import type { Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, settings, T0, useStore } from './harness';

export function tenantContract(open: () => Promise<Store>): void {
  describe('tenants', () => {
    const store = useStore(open);

    it('creates a tenant and reads it back by id and by phone number id', async () => {
      const created = await store().createTenant(
        {
          name: 'Loja',
          phoneNumberId: '106540352242922',
          accessTokenEnc: 'enc:abc',
          settings: settings(),
        },
        T0,
      );
      expect(created).toMatchObject({
        name: 'Loja',
        phoneNumberId: '106540352242922',
        accessTokenEnc: 'enc:abc',
      });
      expect(created.createdAt).toEqual(T0);
      expect(created.updatedAt).toEqual(T0);
      expect(await store().getTenant(created.id)).toEqual(created);
      expect(await store().findTenantByPhoneNumberId('106540352242922')).toEqual(created);
      expect(await store().findTenantByPhoneNumberId('999')).toBeNull();
      expect(await store().getTenant('0123456789abcdef01234567')).toBeNull();
    });

    it('refuses a second tenant on the same phone number id, but allows many without one', async () => {
      await createTenant(store(), 'A', '1065');
      await expect(createTenant(store(), 'B', '1065')).rejects.toBeInstanceOf(ConflictError);
      await createTenant(store(), 'C', null);
      await createTenant(store(), 'D', null);
      expect((await store().listTenants({ limit: 10 })).items.map((t) => t.name).sort()).toEqual([
        'A',
        'C',
        'D',
      ]);
    });

    it('updates only the fields given and keeps phone number ids unique', async () => {
      const a = await createTenant(store(), 'A', '111');
      await createTenant(store(), 'B', '222');
      const later = at(5 * MINUTE);
      const updated = await store().updateTenant(
        a,
        { name: 'A2', settings: settings({ unsubscribeDays: null }) },
        later,
      );
      expect(updated).toMatchObject({
        name: 'A2',
        phoneNumberId: '111',
        updatedAt: later,
        createdAt: T0,
      });
      expect(updated?.settings.unsubscribeDays).toBeNull();
      expect((await store().getTenant(a))?.settings.unsubscribeDays).toBeNull();
      await expect(store().updateTenant(a, { phoneNumberId: '222' }, later)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(
        (await store().updateTenant(a, { phoneNumberId: null }, later))?.phoneNumberId,
      ).toBeNull();
      expect(await store().findTenantByPhoneNumberId('111')).toBeNull();
      expect(
        await store().updateTenant('0123456789abcdef01234567', { name: 'x' }, later),
      ).toBeNull();
    });

    it('lists tenants newest first, page by page, and rejects a cursor it never returned', async () => {
      for (let i = 0; i < 5; i += 1) {
        await store().createTenant(
          { name: `T${i}`, phoneNumberId: null, accessTokenEnc: null, settings: settings() },
          at(i * MINUTE),
        );
      }
      const first = await store().listTenants({ limit: 2 });
      expect(first.items.map((t) => t.name)).toEqual(['T4', 'T3']);
      const second = await store().listTenants({ limit: 2, cursor: first.nextCursor });
      expect(second.items.map((t) => t.name)).toEqual(['T2', 'T1']);
      const third = await store().listTenants({ limit: 2, cursor: second.nextCursor });
      expect(third.items.map((t) => t.name)).toEqual(['T0']);
      expect(third.nextCursor).toBeNull();
      await expect(
        store().listTenants({ limit: 2, cursor: 'not-a-cursor' }),
      ).rejects.toBeInstanceOf(ValidationError);
    });

    it('finds a tenant by API key hash; rotation revokes the earlier keys', async () => {
      const a = await createTenant(store(), 'A');
      const b = await createTenant(store(), 'B');
      await store().addApiKey(a, 'hash-a1', 'sk_a1', false, T0);
      await store().addApiKey(a, 'hash-a2', 'sk_a2', false, T0);
      await store().addApiKey(b, 'hash-b1', 'sk_b1', false, T0);
      expect(await store().findTenantIdByApiKeyHash('hash-a1')).toBe(a);
      expect(await store().findTenantIdByApiKeyHash('hash-a2')).toBe(a);
      expect(await store().findTenantIdByApiKeyHash('hash-b1')).toBe(b);
      expect(await store().findTenantIdByApiKeyHash('hash-zz')).toBeNull();

      expect(await store().lastApiKeyRevocation(a)).toBeNull();
      await store().addApiKey(a, 'hash-a3', 'sk_a3', true, at(MINUTE));
      expect(await store().lastApiKeyRevocation(a)).toEqual(at(MINUTE));
      expect(await store().lastApiKeyRevocation(b)).toBeNull();
      await store().addApiKey(a, 'hash-a4', 'sk_a4', true, at(2 * MINUTE));
      expect(await store().lastApiKeyRevocation(a)).toEqual(at(2 * MINUTE));
      expect(await store().findTenantIdByApiKeyHash('hash-a3')).toBeNull();
      expect(await store().findTenantIdByApiKeyHash('hash-a1')).toBeNull();
      expect(await store().findTenantIdByApiKeyHash('hash-a2')).toBeNull();
      expect(await store().findTenantIdByApiKeyHash('hash-a4')).toBe(a);
      expect(await store().findTenantIdByApiKeyHash('hash-b1')).toBe(b);
    });

    it('refuses a duplicate key hash and a key for a tenant that does not exist', async () => {
      const a = await createTenant(store(), 'A');
      await store().addApiKey(a, 'hash-1', 'sk_1', false, T0);
      await expect(store().addApiKey(a, 'hash-1', 'sk_1', false, T0)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(
        store().addApiKey('0123456789abcdef01234567', 'hash-2', 'sk_2', false, T0),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
