import { newId } from '../../ids';
import type { EventEndpoint, EventStore, OutboxDelivery } from '../types';
import { dateOrNull, date, ms, parseRequired } from './rows';
import type { OutboxWriter } from './outbox-writer';
import { immediate, pageBounds, toPage, type Db } from './sql-helpers';

interface EndpointRow {
  id: string;
  tenant_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_valid_until: number | null;
  events: string;
  created_at: number;
  last_error: string | null;
  last_error_at: number | null;
  last_success_at: number | null;
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  endpoint_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_valid_until: number | null;
  event_id: string;
  type: string;
  body: string;
  created_at: number;
  attempts: number;
}

const toEndpoint = (row: EndpointRow): EventEndpoint => ({
  id: row.id,
  tenantId: row.tenant_id,
  url: row.url,
  secret: row.secret,
  previousSecret: row.previous_secret,
  previousSecretValidUntil: dateOrNull(row.previous_secret_valid_until),
  events: parseRequired(row.events),
  createdAt: date(row.created_at),
  lastError: row.last_error,
  lastErrorAt: dateOrNull(row.last_error_at),
  lastSuccessAt: dateOrNull(row.last_success_at),
});

const toDelivery = (row: OutboxRow): OutboxDelivery => ({
  id: row.id,
  tenantId: row.tenant_id,
  endpointId: row.endpoint_id,
  url: row.url,
  secret: row.secret,
  previousSecret: row.previous_secret,
  previousSecretValidUntil: dateOrNull(row.previous_secret_valid_until),
  eventId: row.event_id,
  type: row.type,
  body: row.body,
  createdAt: date(row.created_at),
  attempts: row.attempts,
});

/**
 * An endpoint's backlog and failures: two counts over the partial indexes outbox_pending and
 * outbox_dead (migration 14), so the cost follows what is waiting, not every row the endpoint
 * ever had (exported for the test that reads its plan).
 */
export const ENDPOINT_HEALTH_SQL = `SELECT
  (SELECT COUNT(*) FROM outbox WHERE endpoint_id = @endpoint AND status = 'pending') AS backlog,
  (SELECT COUNT(*) FROM outbox WHERE endpoint_id = @endpoint AND status = 'dead') AS failed`;

/**
 * Finished rows in bounded batches, found on outbox_due (status, next_attempt_at). A delivered
 * row's next_attempt_at is never after its delivered_at, so the index range holds every row to
 * prune; a dead row's next_attempt_at is when it was given up.
 */
export const PRUNE_DELIVERED_SQL = `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox
  WHERE status = 'delivered' AND next_attempt_at < @before AND delivered_at < @before LIMIT @limit)`;
export const PRUNE_DEAD_SQL = `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox
  WHERE status = 'dead' AND next_attempt_at < @before LIMIT @limit)`;

/** Event endpoints and the outbox; a delivery row per (event, endpoint), fanned out on append. */
export function createEventRepo(db: Db, outbox: OutboxWriter): EventStore {
  const insertEndpoint = db.prepare(
    `INSERT INTO event_endpoints (id, tenant_id, url, secret, events, created_at)
     VALUES (@id, @tenant_id, @url, @secret, @events, @created_at)`,
  );
  const endpointById = db.prepare<[string, string], EndpointRow>(
    'SELECT * FROM event_endpoints WHERE tenant_id = ? AND id = ?',
  );
  const first = db.prepare<[string, number], EndpointRow>(
    'SELECT * FROM event_endpoints WHERE tenant_id = ? ORDER BY id DESC LIMIT ?',
  );
  const after = db.prepare<[string, string, number], EndpointRow>(
    'SELECT * FROM event_endpoints WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
  );
  const health = db.prepare<[{ endpoint: string }], { backlog: number; failed: number }>(
    ENDPOINT_HEALTH_SQL,
  );
  const deleteEndpoint = db.prepare('DELETE FROM event_endpoints WHERE tenant_id = ? AND id = ?');
  const deleteOutbox = db.prepare(
    "DELETE FROM outbox WHERE endpoint_id = ? AND status != 'delivered'",
  );
  // The oldest waiting delivery per endpoint and order key, due and not held by a live claim.
  const due = db.prepare<[number, number, string, number], OutboxRow>(
    `SELECT o.id, o.tenant_id, o.endpoint_id, e.url, e.secret, e.previous_secret,
       e.previous_secret_valid_until, o.event_id, o.type, o.body, o.created_at,
       o.attempts
     FROM outbox o JOIN event_endpoints e ON e.id = o.endpoint_id
     WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until <= ?)
       AND o.endpoint_id NOT IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.endpoint_id = o.endpoint_id
         AND p.order_key = o.order_key AND p.status = 'pending' AND p.id < o.id)
     ORDER BY o.next_attempt_at, o.id LIMIT ?`,
  );
  const claim = db.prepare('UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ?');
  const delivered = db.prepare(
    `UPDATE outbox SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, claimed_by = NULL,
       claimed_until = NULL WHERE id = ? AND claimed_by = ? RETURNING endpoint_id`,
  );
  const failed = db.prepare(
    `UPDATE outbox SET status = ?, next_attempt_at = ?, attempts = attempts + 1, claimed_by = NULL,
       claimed_until = NULL WHERE id = ? AND claimed_by = ? RETURNING endpoint_id`,
  );
  const endpointOk = db.prepare('UPDATE event_endpoints SET last_success_at = ? WHERE id = ?');
  const endpointError = db.prepare(
    'UPDATE event_endpoints SET last_error = ?, last_error_at = ? WHERE id = ?',
  );
  // One statement: the secret it replaces is the one read in the same write.
  const rotate = db.prepare<
    [{ secret: string; until: number | null; tenant_id: string; id: string }],
    EndpointRow
  >(
    `UPDATE event_endpoints SET previous_secret = CASE WHEN @until IS NULL THEN NULL ELSE secret END,
       previous_secret_valid_until = @until, secret = @secret
     WHERE tenant_id = @tenant_id AND id = @id RETURNING *`,
  );
  const replay = db.prepare(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE endpoint_id = ? AND status = 'dead'`,
  );

  const pruneDelivered = db.prepare(PRUNE_DELIVERED_SQL);
  const pruneDead = db.prepare(PRUNE_DEAD_SQL);
  const holders = db.prepare<[], { owner: string }>(
    `SELECT DISTINCT claimed_by AS owner FROM outbox
     WHERE status = 'pending' AND claimed_by IS NOT NULL ORDER BY owner`,
  );
  const release = db.prepare(
    `UPDATE outbox SET claimed_by = NULL, claimed_until = NULL
     WHERE status = 'pending' AND claimed_by = ?`,
  );

  const plainSecrets = db.prepare<[], { id: string; secret: string }>(
    "SELECT id, secret FROM event_endpoints WHERE secret LIKE 'whsec\\_%' ESCAPE '\\'",
  );
  const setSecret = db.prepare('UPDATE event_endpoints SET secret = ? WHERE id = ? AND secret = ?');

  return {
    async createEventEndpoint(tenantId, input, now) {
      const row: EndpointRow = {
        id: newId(ms(now)),
        tenant_id: tenantId,
        url: input.url,
        secret: input.secret,
        previous_secret: null,
        previous_secret_valid_until: null,
        events: JSON.stringify(input.events),
        created_at: ms(now),
        last_error: null,
        last_error_at: null,
        last_success_at: null,
      };
      insertEndpoint.run(row);
      return toEndpoint(row);
    },

    async listEventEndpoints(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const rows =
        cursor === null ? first.all(tenantId, limit + 1) : after.all(tenantId, cursor, limit + 1);
      return toPage(rows, limit, toEndpoint);
    },

    async getEventEndpoint(tenantId, id) {
      const row = endpointById.get(tenantId, id);
      if (!row) return null;
      const counts = health.get({ endpoint: id }) ?? { backlog: 0, failed: 0 };
      return { ...toEndpoint(row), backlog: counts.backlog, failed: counts.failed };
    },

    async deleteEventEndpoint(tenantId, id) {
      return immediate(db, () => {
        if (deleteEndpoint.run(tenantId, id).changes === 0) return false;
        deleteOutbox.run(id);
        return true;
      });
    },

    async appendEvents(events, now) {
      return immediate(db, () => outbox.append(events, now));
    },

    async claimDeliveries(owner, limit, leaseMs, now, skipEndpoints = []) {
      return immediate(db, () => {
        const rows = due.all(ms(now), ms(now), JSON.stringify(skipEndpoints), limit);
        for (const row of rows) claim.run(owner, ms(now) + leaseMs, row.id);
        return rows.map(toDelivery);
      });
    },

    async finishDeliveries(owner, outcomes, now) {
      if (outcomes.length === 0) return;
      immediate(db, () => {
        for (const { id, result } of outcomes) {
          if (result.ok) {
            const row = delivered.get(ms(now), id, owner) as { endpoint_id: string } | undefined;
            if (row) endpointOk.run(ms(now), row.endpoint_id);
            continue;
          }
          const status = result.retryAt === null ? 'dead' : 'pending';
          const next = result.retryAt === null ? ms(now) : ms(result.retryAt);
          const row = failed.get(status, next, id, owner) as { endpoint_id: string } | undefined;
          if (row) endpointError.run(result.error, ms(now), row.endpoint_id);
        }
      });
    },

    async rotateEventEndpointSecret(tenantId, id, secret, previousValidUntil) {
      const until = previousValidUntil === null ? null : ms(previousValidUntil);
      const row = rotate.get({ secret, until, tenant_id: tenantId, id });
      return row ? toEndpoint(row) : null;
    },

    async pruneOutbox(before, limit) {
      return immediate(db, () => {
        const delivered = pruneDelivered.run({ before: ms(before.delivered), limit }).changes;
        if (delivered >= limit) return delivered;
        return (
          delivered + pruneDead.run({ before: ms(before.dead), limit: limit - delivered }).changes
        );
      });
    },

    async deliveryClaimHolders() {
      return holders.all().map((row) => row.owner);
    },

    async releaseDeliveryClaims(owners) {
      if (owners.length === 0) return 0;
      return immediate(db, () => owners.reduce((n, owner) => n + release.run(owner).changes, 0));
    },

    async replayEventEndpoint(tenantId, id, now) {
      return immediate(db, () => {
        if (!endpointById.get(tenantId, id)) return 0;
        return replay.run(ms(now), id).changes;
      });
    },

    async sealEventEndpointSecrets(seal) {
      return immediate(db, () => {
        let n = 0;
        for (const row of plainSecrets.all()) {
          n += setSecret.run(seal(row.secret), row.id, row.secret).changes;
        }
        return n;
      });
    },
  };
}
