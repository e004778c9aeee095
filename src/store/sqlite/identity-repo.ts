import { newId } from '../ids';
import type { Store } from '../types';
import { ms } from './rows';
import { distinct, immediate, type Db } from './sql-helpers';

type IdentityMethods = Pick<Store, 'linkIdentifiers' | 'identifiersOf'>;

/**
 * Identifiers seen together (E.164, wa_id, BSUID) share a group id. Linking two groups
 * re-points every member of the merged groups to one id, so a group is always one lookup.
 */
export function createIdentityRepo(db: Db): IdentityMethods {
  const groupsOf = db.prepare<[string, string, string], { group_id: string }>(
    `SELECT DISTINCT group_id FROM contact_identities
     WHERE tenant_id = ? AND channel = ? AND identifier IN (SELECT value FROM json_each(?))
     ORDER BY group_id`,
  );
  const regroup = db.prepare(
    `UPDATE contact_identities SET group_id = ?
     WHERE tenant_id = ? AND channel = ? AND group_id IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(
    `INSERT INTO contact_identities (tenant_id, channel, identifier, group_id, created_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, channel, identifier) DO UPDATE SET group_id = excluded.group_id`,
  );
  const membersOf = db.prepare<[string, string, string], { identifier: string }>(
    `SELECT DISTINCT m.identifier FROM contact_identities g
     JOIN contact_identities m ON m.tenant_id = g.tenant_id AND m.channel = g.channel AND m.group_id = g.group_id
     WHERE g.tenant_id = ? AND g.channel = ? AND g.identifier IN (SELECT value FROM json_each(?))
     ORDER BY m.identifier`,
  );

  return {
    async linkIdentifiers(tenantId, channel, identifiers, now) {
      const unique = distinct(identifiers);
      // A lone identifier links nothing; recording it would only slow the suppression probe.
      if (unique.length < 2) return;
      immediate(db, () => {
        const groups = groupsOf
          .all(tenantId, channel, JSON.stringify(unique))
          .map((row) => row.group_id);
        const target = groups[0] ?? newId(ms(now));
        if (groups.length > 1)
          regroup.run(target, tenantId, channel, JSON.stringify(groups.slice(1)));
        for (const identifier of unique) insert.run(tenantId, channel, identifier, target, ms(now));
      });
    },

    async identifiersOf(tenantId, channel, identifiers) {
      const unique = distinct(identifiers);
      const linked = membersOf
        .all(tenantId, channel, JSON.stringify(unique))
        .map((row) => row.identifier);
      return distinct([...unique, ...linked]);
    },
  };
}
