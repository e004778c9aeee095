import type { Channel } from '../../domain/types';
import { newId } from '../../ids';
import type { Store } from '../types';
import type { Collections } from './models';
import { distinct, isDuplicateKey } from './query-helpers';

type IdentityMethods = Pick<Store, 'linkIdentifiers' | 'identifiersOf'>;

/** Merge rounds before giving up; each round only ever joins groups, so races converge fast. */
const MAX_ROUNDS = 10;

/**
 * Identifiers seen together (E.164, wa_id, BSUID) share a group id. Linking re-points every
 * member of the merged groups to one id (the smallest, as in the SQLite store), so a group is
 * always one lookup. Without a transaction: whole groups only ever move to a smaller id, and a
 * row is only ever inserted, never re-pointed alone; two concurrent links may still leave
 * their identifiers in two groups (a new row racing a merge), so every link re-reads its
 * identifiers afterwards and merges again until they share one group. No link is lost.
 */
export function createIdentityRepo(cols: Collections): IdentityMethods {
  const { identities } = cols;

  async function groupsOf(
    tenantId: string,
    channel: Channel,
    identifiers: string[],
  ): Promise<string[]> {
    const groups = await identities.distinct('groupId', {
      tenantId,
      channel,
      identifier: { $in: identifiers },
    });
    return (groups as string[]).sort();
  }

  async function mergeOnce(
    tenantId: string,
    channel: Channel,
    identifiers: string[],
    now: Date,
  ): Promise<void> {
    const groups = await groupsOf(tenantId, channel, identifiers);
    const target = groups[0] ?? newId(now.getTime());
    if (groups.length > 1) {
      await identities.updateMany(
        { tenantId, channel, groupId: { $in: groups.slice(1) } },
        { $set: { groupId: target } },
      );
    }
    try {
      await identities.bulkWrite(
        identifiers.map((identifier) => ({
          updateOne: {
            filter: { tenantId, channel, identifier },
            // Only a new identifier joins here; an existing one moves with its whole group
            // (the updateMany above), so a link made by someone else is never undone.
            update: {
              $setOnInsert: { _id: newId(now.getTime()), groupId: target, createdAt: now },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    } catch (err) {
      // Two upserts of one new identifier raced; the next round sees the row that won.
      if (!isDuplicateKey(err)) throw err;
    }
  }

  return {
    async linkIdentifiers(tenantId, channel, identifiers, now) {
      const unique = distinct(identifiers);
      // A lone identifier links nothing; recording it would only slow the suppression probe.
      if (unique.length < 2) return;
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        await mergeOnce(tenantId, channel, unique, now);
        const groups = await groupsOf(tenantId, channel, unique);
        const rows = await identities.countDocuments({
          tenantId,
          channel,
          identifier: { $in: unique },
        });
        if (groups.length === 1 && rows === unique.length) return;
      }
      throw new Error(
        `could not link ${unique.length} identifiers after ${MAX_ROUNDS} rounds of concurrent merges`,
      );
    },

    async identifiersOf(tenantId, channel, identifiers) {
      const unique = distinct(identifiers);
      const groups = await groupsOf(tenantId, channel, unique);
      if (groups.length === 0) return unique;
      const linked = await identities.distinct('identifier', { groupId: { $in: groups } });
      return distinct([...unique, ...(linked as string[]).sort()]);
    },
  };
}
