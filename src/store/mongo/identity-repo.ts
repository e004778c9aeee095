import type { Channel } from '../../domain/types';
import { newId } from '../../ids';
import type { Store } from '../types';
import { planMerge } from './merge-plan';
import type { Collections } from './models';
import { distinct, WHOLE_ANSWER } from './query-helpers';
import { retryConflicts, type Session, type Transact } from './transactions';

type IdentityMethods = Pick<Store, 'linkIdentifiers' | 'linkIdentifierSets' | 'identifiersOf'>;

/**
 * Identifiers seen together (E.164, wa_id, BSUID) share a group id. Linking re-points every
 * member of the merged groups to one id (the smallest, as in the SQLite store), so a group is
 * always one lookup.
 *
 * A merge is one transaction: the groups are read and re-pointed in one snapshot, so a
 * suppression check (which reads aliases and opt-outs in one snapshot too) sees the group
 * before or after, never half-moved, and a merge cut short by a failover is rolled back and run
 * again whole. Every identifier a merge links is written (`rev` incremented, even when its group
 * does not change): two concurrent merges touching one identifier then conflict, and the loser
 * runs again on the winner's result, instead of each deciding from a snapshot the other changed.
 *
 * Round trips per call, any number of sets (an import chunk of 1,000 rows included): one find of
 * the identifiers' current groups, one ordered bulkWrite (the regroups, then one upsert per
 * identifier), and the commit.
 */
export function createIdentityRepo(cols: Collections, transact: Transact): IdentityMethods {
  const { identities } = cols;

  async function linkSets(
    session: Session,
    tenantId: string,
    channel: Channel,
    sets: string[][],
    now: Date,
  ): Promise<void> {
    const all = distinct(sets.flat());
    const rows = await identities
      .find(
        { tenantId, channel, identifier: { $in: all } },
        { projection: { identifier: 1, groupId: 1 }, session, ...WHOLE_ANSWER },
      )
      .toArray();
    const groupOf = new Map(rows.map((row) => [row.identifier, row.groupId]));
    const plan = planMerge(sets, groupOf, () => newId(now.getTime()));
    if (plan.members.length === 0) return;
    await identities.bulkWrite(
      [
        ...plan.regroups.map(({ from, to }) => ({
          updateMany: {
            filter: { tenantId, channel, groupId: { $in: from } },
            update: { $set: { groupId: to }, $inc: { rev: 1 } },
          },
        })),
        ...plan.members.map(({ identifier, groupId }) => ({
          updateOne: {
            filter: { tenantId, channel, identifier },
            update: {
              $set: { groupId },
              $inc: { rev: 1 },
              $setOnInsert: { _id: newId(now.getTime()), createdAt: now },
            },
            upsert: true,
          },
        })),
      ],
      { ordered: true, session },
    );
  }

  async function linkIdentifierSets(
    tenantId: string,
    channel: Channel,
    sets: string[][],
    now: Date,
  ): Promise<void> {
    // A lone identifier links nothing; recording it would only slow the suppression probe.
    const linking = sets.map((set) => distinct(set)).filter((set) => set.length > 1);
    if (linking.length === 0) return;
    await retryConflicts(
      () => transact((session) => linkSets(session, tenantId, channel, linking, now)),
      () => new Error('could not link identifiers: concurrent merges kept winning; retry'),
    );
  }

  return {
    async linkIdentifiers(tenantId, channel, identifiers, now) {
      await linkIdentifierSets(tenantId, channel, [identifiers], now);
    },

    linkIdentifierSets,

    async identifiersOf(tenantId, channel, identifiers) {
      const unique = distinct(identifiers);
      // In a transaction for its one snapshot: without it, a merge committed between the match
      // and the lookup would find the contact's old group already emptied.
      const groups = await transact((session) =>
        identities
          .aggregate<{ members: string[] }>(
            [
              { $match: { tenantId, channel, identifier: { $in: unique } } },
              {
                $lookup: {
                  from: identities.collectionName,
                  localField: 'groupId',
                  foreignField: 'groupId',
                  as: 'members',
                },
              },
              { $project: { _id: 0, members: '$members.identifier' } },
            ],
            { session, ...WHOLE_ANSWER },
          )
          .toArray(),
      );
      const linked = groups.flatMap((group) => group.members).sort();
      return distinct([...unique, ...linked]);
    },
  };
}
