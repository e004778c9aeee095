import type { ConsentStore } from '../types';
import { PRUNE_END_SQL } from './consent-changes-schema';
import { ms } from './rows';
import { immediate, type Db } from './sql-helpers';

/**
 * The retention of migration 17's consent change log. Only its head goes (a prefix in seq
 * order), and `consent_changes_pruned.through` records the highest seq removed, in the same
 * transaction: a consent mirror that applied less than that reloads (consent-mirror.ts) instead
 * of missing the pruned changes.
 */
export function createConsentChangeRepo(db: Db): Pick<ConsentStore, 'pruneConsentChanges'> {
  const end = db.prepare<[{ before: number; limit: number }], number | null>(PRUNE_END_SQL).pluck();
  const remove = db.prepare<[number]>('DELETE FROM consent_changes WHERE seq <= ?');
  const record = db.prepare<[number]>(
    'UPDATE consent_changes_pruned SET through = max(through, ?) WHERE id = 1',
  );
  return {
    async pruneConsentChanges(before, limit) {
      if (limit <= 0) return 0;
      return immediate(db, () => {
        const through = end.get({ before: ms(before), limit });
        if (through === null || through === undefined) return 0;
        record.run(through);
        return remove.run(through).changes;
      });
    },
  };
}
