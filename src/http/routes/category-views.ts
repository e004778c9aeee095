/** How marketing categories look on the wire. */
import { z } from 'zod';
import type { Category } from '../../domain/types';
import { toJson } from '../serialize';
import { nullableDays, timestamp } from './wire';

export const CategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  unsubscribeDays: nullableDays,
  description: z.string().nullable(),
  keywords: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type CategoryWire = z.output<typeof CategorySchema>;

export function categoryView(category: Category): CategoryWire {
  const { tenantId: _tenantId, ...rest } = category;
  return toJson(rest) as CategoryWire;
}
