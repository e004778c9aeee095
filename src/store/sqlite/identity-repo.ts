import { newId } from '../../ids';
import type { IdentityStore } from '../types';
import { ms } from './rows';
import { distinct, immediate, type Db } from './sql-helpers';

/**
 * Identifiers seen together (E.164, wa_id, BSUID) share a group id. Linking two groups
 * re-points every member of the merged groups to one id, so a group is always one lookup.
 */
export function createIdentityRepo(db: Db): IdentityStore {
  const groupsOf = db.prepare<[string, string, string], { group_id: string }>(
    // Driven from the input list (CROSS JOIN fixes the order) so each identifier is one
    // primary-key probe, not a scan of the tenant's identities.
    `SELECT DISTINCT c.group_id FROM json_each(?) j
     CROSS JOIN contact_identities c
     WHERE c.tenant_id = ? AND c.channel = ? AND c.identifier = j.value
     ORDER BY c.group_id`,
  );
  const regroup = db.prepare(
    `UPDATE contact_identities SET group_id = ?
     WHERE tenant_id = ? AND channel = ? AND group_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO contact_identities (tenant_id, channel, identifier, group_id, created_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, channel, identifier) DO UPDATE SET group_id = excluded.group_id`,
  );
  const membersOf = db.prepare<[string, string, string], { identifier: string }>(
    `SELECT DISTINCT m.identifier FROM json_each(?) j
     CROSS JOIN contact_identities g
     CROSS JOIN contact_identities m
     WHERE g.tenant_id = ? AND g.channel = ? AND g.identifier = j.value
       AND m.tenant_id = g.tenant_id AND m.channel = g.channel AND m.group_id = g.group_id
     ORDER BY m.identifier`,
  );

  /** One set's merge; the caller holds the write transaction. */
  function link(tenantId: string, channel: string, unique: string[], now: Date): void {
    const groups = groupsOf
      .all(JSON.stringify(unique), tenantId, channel)
      .map((row) => row.group_id);
    const target = groups[0] ?? newId(ms(now));
    for (const group of groups.slice(1)) regroup.run(target, tenantId, channel, group);
    for (const identifier of unique) insert.run(tenantId, channel, identifier, target, ms(now));
  }

  return {
    async linkIdentifiers(tenantId, channel, identifiers, now) {
      const unique = distinct(identifiers);
      // A lone identifier links nothing; recording it would only slow the suppression probe.
      if (unique.length < 2) return;
      immediate(db, () => link(tenantId, channel, unique, now));
    },

    async linkIdentifierSets(tenantId, channel, sets, now) {
      const linking = sets.map((set) => distinct(set)).filter((set) => set.length > 1);
      if (linking.length === 0) return;
      // Embedded: one transaction, statements without round trips; set by set, as one by one.
      immediate(db, () => {
        for (const unique of linking) link(tenantId, channel, unique, now);
      });
    },

    async identifiersOf(tenantId, channel, identifiers) {
      const unique = distinct(identifiers);
      const linked = membersOf
        .all(JSON.stringify(unique), tenantId, channel)
        .map((row) => row.identifier);
      return distinct([...unique, ...linked]);
    },
  };
}
