import { ConflictError } from '../../../src/errors';
import type { NewCategory, Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, newTask, optOutInput, T0, useStore } from './harness';

const offers: NewCategory = {
  name: 'Offers',
  unsubscribeDays: 30,
  description: 'Weekly offers',
  keywords: ['offers'],
};

export function categoryContract(open: () => Promise<Store>): void {
  describe('categories', () => {
    const store = useStore(open);

    it('creates, reads and updates a category within its tenant only', async () => {
      const tenant = await createTenant(store(), 'A');
      const other = await createTenant(store(), 'B');
      const category = await store().createCategory(tenant, offers, T0);
      expect(category).toMatchObject({ ...offers, tenantId: tenant, createdAt: T0, updatedAt: T0 });
      expect(await store().getCategory(tenant, category.id)).toEqual(category);
      expect(await store().getCategory(other, category.id)).toBeNull();

      const later = at(MINUTE);
      const updated = await store().updateCategory(
        tenant,
        category.id,
        { unsubscribeDays: null, keywords: [] },
        later,
      );
      expect(updated).toMatchObject({
        name: 'Offers',
        unsubscribeDays: null,
        keywords: [],
        description: 'Weekly offers',
      });
      expect(updated?.updatedAt).toEqual(later);
      expect(await store().updateCategory(other, category.id, { name: 'Mine' }, later)).toBeNull();
      expect((await store().getCategory(tenant, category.id))?.name).toBe('Offers');
    });

    it('refuses a second category with the same name in any case, per tenant', async () => {
      const tenant = await createTenant(store(), 'A');
      const other = await createTenant(store(), 'B');
      await store().createCategory(tenant, offers, T0);
      const duplicate = store().createCategory(tenant, { ...offers, name: 'OFFERS' }, T0);
      await expect(duplicate).rejects.toBeInstanceOf(ConflictError);
      await expect(
        store().createCategory(tenant, { ...offers, name: 'offers' }, T0),
      ).rejects.toThrow('a category named "offers" already exists');
      await expect(store().createCategory(other, offers, T0)).resolves.toMatchObject({
        name: 'Offers',
      });
      const news = await store().createCategory(tenant, { ...offers, name: 'News' }, T0);
      await expect(
        store().updateCategory(tenant, news.id, { name: 'oFFers' }, T0),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('folds names by one Unicode rule (NFKC and full case folding) for uniqueness', async () => {
      const tenant = await createTenant(store(), 'A');
      const same: [string, string][] = [
        ['Äpfel', 'äpfel'],
        ['N\u0303andu\u0301', 'ÑANDÚ'],
        ['Straße', 'STRASSE'],
        ['ΣΊΣΥΦΟΣ', 'σίσυφοσ'],
        ['ﬁle', 'FILE'],
        ['İstanbul', 'i\u0307stanbul'],
      ];
      for (const [name, clash] of same) {
        await store().createCategory(tenant, { ...offers, name }, T0);
        await expect(
          store().createCategory(tenant, { ...offers, name: clash }, T0),
        ).rejects.toBeInstanceOf(ConflictError);
      }
      // Different letters stay different: dotless ı is not i, accents count.
      await store().createCategory(tenant, { ...offers, name: 'Kırmızı' }, T0);
      await store().createCategory(tenant, { ...offers, name: 'Kirmizi' }, T0);
      await store().createCategory(tenant, { ...offers, name: 'Apfel' }, T0);
      const renamed = await store().createCategory(tenant, { ...offers, name: 'Birne' }, T0);
      await expect(
        store().updateCategory(tenant, renamed.id, { name: 'APFEL' }, T0),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        store().updateCategory(tenant, renamed.id, { name: 'BIRNE' }, T0),
      ).resolves.toMatchObject({ name: 'BIRNE' });
    });

    it('lists newest first with pages, and counts usage before a delete', async () => {
      const tenant = await createTenant(store(), 'A');
      const other = await createTenant(store(), 'B');
      const names = ['One', 'Two', 'Three'];
      const ids: string[] = [];
      for (const [i, name] of names.entries()) {
        ids.push((await store().createCategory(tenant, { ...offers, name }, at(i * MINUTE))).id);
      }
      await store().createCategory(other, offers, T0);
      const first = await store().listCategories(tenant, { limit: 2 });
      expect(first.items.map((c) => c.name)).toEqual(['Three', 'Two']);
      const second = await store().listCategories(tenant, { limit: 2, cursor: first.nextCursor });
      expect(second.items.map((c) => c.name)).toEqual(['One']);
      expect(second.nextCursor).toBeNull();

      const [one] = ids as [string];
      expect(await store().categoryUsage(tenant, one)).toEqual({ optOuts: 0, tasks: 0 });
      await store().upsertOptOut(optOutInput(tenant, { categoryId: one }), T0);
      await store().upsertOptOut(
        optOutInput(tenant, { categoryId: one, contact: '+5511911112222' }),
        T0,
      );
      await store().createTask(tenant, newTask({ categoryId: one }), T0);
      expect(await store().categoryUsage(tenant, one)).toEqual({ optOuts: 2, tasks: 1 });
      expect(await store().categoryUsage(other, one)).toEqual({ optOuts: 0, tasks: 0 });

      const [, two] = ids as [string, string];
      expect(await store().deleteCategory(other, two)).toBe(false);
      expect(await store().deleteCategory(tenant, two)).toBe(true);
      expect(await store().deleteCategory(tenant, two)).toBe(false);
      expect(await store().getCategory(tenant, two)).toBeNull();
    });
  });
}
