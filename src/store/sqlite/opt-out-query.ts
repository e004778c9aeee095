import type Database from 'better-sqlite3';
import { CHANNELS, type OptOutState } from '../../domain/types';
import type { OptOutStore } from '../types';
import { ms, toOptOut, toScopeKey, type OptOutRow } from './rows';
import { distinct, pageBounds, toPage, type Db } from './sql-helpers';

type OptOutReadMethods = Pick<OptOutStore, 'listOptOuts' | 'findActiveOptOuts'>;

const CHANNEL_LIST = CHANNELS.map((c) => `'${c}'`).join(', ');

const ACTIVE =
  '(revoked_at IS NULL AND starts_at <= @now AND (expires_at IS NULL OR expires_at > @now))';

/** Each state as a condition; together they cover every row exactly once. */
const STATE: Record<OptOutState, string> = {
  active: ACTIVE,
  scheduled:
    '(revoked_at IS NULL AND starts_at > @now AND (expires_at IS NULL OR expires_at > @now))',
  expired: '(revoked_at IS NULL AND expires_at IS NOT NULL AND expires_at <= @now)',
  revoked: '(revoked_at IS NOT NULL)',
};

/** Opt-out listing (admin filters, newest first) and the active rows of one contact. */
export function createOptOutQuery(db: Db): OptOutReadMethods {
  // One statement per combination of filters used, prepared once.
  const statements = new Map<string, Database.Statement<[Record<string, unknown>], OptOutRow>>();
  const prepared = (sql: string): Database.Statement<[Record<string, unknown>], OptOutRow> => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<[Record<string, unknown>], OptOutRow>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const active = db.prepare<[string, string, string, number, number], OptOutRow>(
    `SELECT * FROM opt_outs
     WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))
       AND revoked_at IS NULL AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)
     ORDER BY id`,
  );

  return {
    async listOptOuts(tenantId, filter, page, now) {
      const { limit, cursor } = pageBounds(page);
      const where = ['tenant_id = @tenantId'];
      const params: Record<string, unknown> = { tenantId, limit: limit + 1 };
      if (filter.channel !== undefined) {
        where.push('channel = @channel');
        params.channel = filter.channel;
      }
      if (filter.contacts !== undefined) {
        // Without a channel, name every channel anyway: the key index (tenant, channel, contact)
        // then finds the contact's rows directly instead of walking the whole list newest first.
        if (filter.channel === undefined) where.push(`channel IN (${CHANNEL_LIST})`);
        where.push('contact IN (SELECT value FROM json_each(@contacts))');
        params.contacts = JSON.stringify(distinct(filter.contacts));
      }
      if (filter.categoryId !== undefined) {
        where.push('scope_key = @scopeKey');
        params.scopeKey = toScopeKey(filter.categoryId);
      }
      if (filter.source !== undefined) {
        where.push('source = @source');
        params.source = filter.source;
      }
      if (filter.origin !== undefined) {
        where.push('origin = @origin');
        params.origin = filter.origin;
      }
      if (filter.active !== undefined) {
        where.push(filter.active ? ACTIVE : `NOT ${ACTIVE}`);
        params.now = ms(now);
      }
      if (filter.state !== undefined) {
        where.push(STATE[filter.state]);
        params.now = ms(now);
      }
      if (filter.createdFrom !== undefined) {
        where.push('created_at >= @createdFrom');
        params.createdFrom = ms(filter.createdFrom);
      }
      if (filter.createdTo !== undefined) {
        // Half-open range: consecutive [from, to) windows never count a row twice.
        where.push('created_at < @createdTo');
        params.createdTo = ms(filter.createdTo);
      }
      if (cursor !== null) {
        where.push('id < @cursor');
        params.cursor = cursor;
      }
      // A contact has a handful of rows: sorting them beats walking the id index (which the
      // planner, without statistics, prefers for the ORDER BY): "+id" keeps it off that index.
      const order = filter.contacts !== undefined ? '+id' : 'id';
      const sql = `SELECT * FROM opt_outs WHERE ${where.join(' AND ')} ORDER BY ${order} DESC LIMIT @limit`;
      return toPage(prepared(sql).all(params), limit, toOptOut);
    },

    async findActiveOptOuts(tenantId, channel, contacts, now) {
      const at = ms(now);
      return active
        .all(tenantId, channel, JSON.stringify(distinct(contacts)), at, at)
        .map(toOptOut);
    },
  };
}
