import type { DeliveryResult, NewOutboundEvent, Store } from '../../../src/store/types';
import { at, createTenant, DAY, HOUR, MINUTE, T0, useStore } from './harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
// Stores hold what the service sealed; any string stands for it here.
const SEALED_2 = 'sealed-second';
const SEALED_3 = 'sealed-third';

let seq = 0;
type Unsent = Omit<NewOutboundEvent, 'tenantId'>;
const event = (type: string, orderKey: string, createdAt = T0): Unsent => {
  seq += 1;
  const id = `evt_${seq}`;
  return { id, type, orderKey, body: JSON.stringify({ id, type }), createdAt };
};
/** The events as a tenant's. */
const of = (tenantId: string, events: Unsent[]): NewOutboundEvent[] =>
  events.map((e) => ({ ...e, tenantId }));

export function eventContract(open: () => Promise<Store>): void {
  describe('outbound events: endpoints and the outbox', () => {
    const store = useStore(open);
    const finish = (id: string, owner: string, result: DeliveryResult, now: Date) =>
      store().finishDeliveries(owner, [{ id, result }], now);

    it('keeps endpoints per tenant and deletes them', async () => {
      const t = await createTenant(store(), 'A');
      const other = await createTenant(store(), 'B');
      const e = await store().createEventEndpoint(
        t,
        { url: 'https://crm.example/hooks', secret: SECRET, events: ['opt_out.created'] },
        T0,
      );
      expect(e).toMatchObject({
        tenantId: t,
        url: 'https://crm.example/hooks',
        events: ['opt_out.created'],
        lastError: null,
      });
      expect(await store().getEventEndpoint(t, e.id)).toMatchObject({
        id: e.id,
        backlog: 0,
        failed: 0,
      });
      expect(await store().getEventEndpoint(other, e.id)).toBeNull();
      expect((await store().listEventEndpoints(t, { limit: 10 })).items.map((x) => x.id)).toEqual([
        e.id,
      ]);
      expect(await store().deleteEventEndpoint(other, e.id)).toBe(false);
      expect(await store().deleteEventEndpoint(t, e.id)).toBe(true);
      expect(await store().getEventEndpoint(t, e.id)).toBeNull();
    });

    it('fans an event out to the endpoints that take its type, once', async () => {
      const t = await createTenant(store(), 'A');
      const all = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      const some = await store().createEventEndpoint(
        t,
        { url: 'https://b.example', secret: SECRET, events: ['task.paused'] },
        T0,
      );
      const created = event('opt_out.created', 'c1');
      expect(await store().appendEvents(of(t, [created, event('task.paused', 'task:1')]), T0)).toBe(
        3,
      );
      expect(await store().appendEvents(of(t, [created]), T0)).toBe(0);
      expect((await store().getEventEndpoint(t, all.id))?.backlog).toBe(2);
      expect((await store().getEventEndpoint(t, some.id))?.backlog).toBe(1);
      const other = await createTenant(store(), 'B');
      expect(await store().appendEvents(of(other, [event('task.paused', 'x')]), T0)).toBe(0);
    });

    it('claims in order per endpoint and key, retries, gives up and replays', async () => {
      const t = await createTenant(store(), 'A');
      const ep = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      const first = event('opt_out.created', 'c1');
      const second = event('opt_out.revoked', 'c1');
      const elsewhere = event('opt_out.created', 'c2');
      await store().appendEvents(of(t, [first, second, elsewhere]), T0);

      const claimed = await store().claimDeliveries('w1', 10, MINUTE, T0);
      expect(claimed.map((d) => d.eventId).sort()).toEqual([elsewhere.id, first.id].sort());
      // Claimed: nobody else takes them while the lease lasts.
      expect(await store().claimDeliveries('w2', 10, MINUTE, at(1000))).toEqual([]);

      const d1 = claimed.find((d) => d.eventId === first.id);
      const d3 = claimed.find((d) => d.eventId === elsewhere.id);
      if (!d1 || !d3) throw new Error('claims missing');
      expect(d1).toMatchObject({
        tenantId: t,
        endpointId: ep.id,
        url: 'https://a.example',
        secret: SECRET,
        type: 'opt_out.created',
        body: first.body,
        attempts: 0,
      });
      // A finish by someone else than the claimer changes nothing.
      await finish(d1.id, 'w2', { ok: true }, at(1000));
      await finish(
        d1.id,
        'w1',
        { ok: false, error: 'HTTP 503', retryAt: at(5 * MINUTE) },
        at(1000),
      );
      await finish(d3.id, 'w1', { ok: true }, at(1000));
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({
        backlog: 2,
        failed: 0,
        lastError: 'HTTP 503',
      });

      // The retry is not due yet, and the second event of c1 waits behind it.
      expect(await store().claimDeliveries('w1', 10, MINUTE, at(2 * MINUTE))).toEqual([]);
      const retry = await store().claimDeliveries('w1', 10, MINUTE, at(5 * MINUTE));
      expect(retry.map((d) => [d.eventId, d.attempts])).toEqual([[first.id, 1]]);
      await finish(
        retry[0]!.id,
        'w1',
        { ok: false, error: 'gave up', retryAt: null },
        at(5 * MINUTE),
      );
      // Given up: the next event of c1 goes on.
      const next = await store().claimDeliveries('w1', 10, MINUTE, at(6 * MINUTE));
      expect(next.map((d) => d.eventId)).toEqual([second.id]);
      await finish(next[0]!.id, 'w1', { ok: true }, at(6 * MINUTE));
      const health = await store().getEventEndpoint(t, ep.id);
      expect(health).toMatchObject({ backlog: 0, failed: 1 });
      expect(health?.lastSuccessAt).toEqual(at(6 * MINUTE));

      expect(await store().replayEventEndpoint(t, ep.id, at(7 * MINUTE))).toBe(1);
      expect(
        (await store().claimDeliveries('w1', 10, MINUTE, at(7 * MINUTE))).map((d) => d.eventId),
      ).toEqual([first.id]);
      const other = await createTenant(store(), 'B');
      expect(await store().replayEventEndpoint(other, ep.id, at(8 * MINUTE))).toBe(0);
    });

    it('lets a claim that lapsed be taken again', async () => {
      const t = await createTenant(store(), 'A');
      await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      await store().appendEvents(of(t, [event('task.completed', 'task:9')]), T0);
      expect(await store().claimDeliveries('dead-worker', 10, MINUTE, T0)).toHaveLength(1);
      expect(await store().claimDeliveries('w2', 10, MINUTE, at(MINUTE + 1))).toHaveLength(1);
    });

    it('records a batch of outcomes at once, skipping claims held by someone else', async () => {
      const t = await createTenant(store(), 'A');
      const ep = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      const [a, b, c] = [
        event('task.paused', 'k1'),
        event('task.paused', 'k2'),
        event('task.paused', 'k3'),
      ];
      await store().appendEvents(of(t, [a!, b!, c!]), T0);
      const mine = await store().claimDeliveries('w1', 2, MINUTE, T0);
      const theirs = await store().claimDeliveries('w2', 10, MINUTE, T0);
      expect([mine.length, theirs.length]).toEqual([2, 1]);
      await store().finishDeliveries(
        'w1',
        [
          { id: mine[0]!.id, result: { ok: true } },
          { id: mine[1]!.id, result: { ok: false, error: 'HTTP 500', retryAt: at(MINUTE) } },
          // Not w1's: unchanged.
          { id: theirs[0]!.id, result: { ok: true } },
        ],
        at(1000),
      );
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({
        backlog: 2,
        lastError: 'HTTP 500',
        lastSuccessAt: at(1000),
      });
      await store().finishDeliveries('w2', [{ id: theirs[0]!.id, result: { ok: true } }], at(2000));
      expect((await store().getEventEndpoint(t, ep.id))?.backlog).toBe(1);
    });

    it('claims none of the endpoints it is told to skip', async () => {
      const t = await createTenant(store(), 'A');
      const busy = await store().createEventEndpoint(
        t,
        { url: 'https://busy.example', secret: SECRET, events: ['*'] },
        T0,
      );
      const other = await store().createEventEndpoint(
        t,
        { url: 'https://other.example', secret: SECRET, events: ['*'] },
        T0,
      );
      await store().appendEvents(
        of(t, [event('task.paused', 'k1'), event('task.paused', 'k2')]),
        T0,
      );
      const claimed = await store().claimDeliveries('w1', 10, MINUTE, T0, [busy.id]);
      expect(claimed.map((d) => d.endpointId)).toEqual([other.id, other.id]);
      const rest = await store().claimDeliveries('w1', 10, MINUTE, T0);
      expect(rest.map((d) => d.endpointId)).toEqual([busy.id, busy.id]);
    });

    it('prunes finished deliveries past their retention in bounded batches, never a waiting one', async () => {
      const t = await createTenant(store(), 'A');
      const ep = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      // Five keys: three delivered, one given up, one still waiting (after a failure).
      const events = ['k1', 'k2', 'k3', 'k4', 'k5'].map((k) => event('task.paused', k));
      await store().appendEvents(of(t, events), T0);
      const claimed = await store().claimDeliveries('w1', 10, MINUTE, T0);
      const byKey = new Map(claimed.map((d) => [d.eventId, d.id]));
      const id = (n: number) => byKey.get(events[n]!.id) ?? '';
      await store().finishDeliveries(
        'w1',
        [
          { id: id(0), result: { ok: true } },
          { id: id(1), result: { ok: true } },
          { id: id(3), result: { ok: false, error: 'HTTP 410', retryAt: null } },
          { id: id(4), result: { ok: false, error: 'HTTP 503', retryAt: at(DAY) } },
        ],
        at(1000),
      );
      // Delivered a day later than the others (its claim held meanwhile).
      await store().finishDeliveries('w1', [{ id: id(2), result: { ok: true } }], at(DAY));
      const cutoffs = (now: Date) => ({
        delivered: new Date(now.getTime() - 7 * DAY),
        dead: new Date(now.getTime() - 30 * DAY),
      });

      // Nothing is old enough yet.
      expect(await store().pruneOutbox(cutoffs(at(7 * DAY)), 10)).toBe(0);
      // Past 7 days for the first two: a batch of one, then the other.
      const later = at(7 * DAY + 2000);
      expect(await store().pruneOutbox(cutoffs(later), 1)).toBe(1);
      expect(await store().pruneOutbox(cutoffs(later), 10)).toBe(1);
      expect(await store().pruneOutbox(cutoffs(later), 10)).toBe(0);
      // The one delivered a day later goes a day later; the given-up one stays replayable.
      expect(await store().pruneOutbox(cutoffs(at(8 * DAY + 1)), 10)).toBe(1);
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({ backlog: 1, failed: 1 });
      expect(await store().replayEventEndpoint(t, ep.id, at(9 * DAY))).toBe(1);
      // Replayed, it waits again; given up once more, it is kept 30 days from then.
      const again = await store().claimDeliveries('w1', 10, MINUTE, at(9 * DAY));
      expect(again.map((d) => d.eventId).sort()).toEqual([events[3]!.id, events[4]!.id].sort());
      await store().finishDeliveries(
        'w1',
        again.map((d) => ({
          id: d.id,
          result: {
            ok: false,
            error: 'HTTP 410',
            retryAt: d.eventId === events[3]!.id ? null : at(400 * DAY),
          },
        })),
        at(9 * DAY),
      );
      expect(await store().pruneOutbox(cutoffs(at(38 * DAY)), 10)).toBe(0);
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({ backlog: 1, failed: 1 });
      expect(await store().pruneOutbox(cutoffs(at(39 * DAY + 1)), 10)).toBe(1);
      // The waiting delivery is never pruned, however old.
      expect(await store().pruneOutbox(cutoffs(at(1000 * DAY)), 10)).toBe(0);
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({ backlog: 1, failed: 0 });
    });

    it('lists the holders of claims on waiting deliveries and releases the ones named', async () => {
      const t = await createTenant(store(), 'A');
      const ep = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      await store().appendEvents(
        of(t, [event('task.paused', 'k1'), event('task.paused', 'k2'), event('task.paused', 'k3')]),
        T0,
      );
      const gone = await store().claimDeliveries('host#41#old', 2, MINUTE, T0);
      const live = await store().claimDeliveries('host#42#live', 10, MINUTE, T0);
      expect([gone.length, live.length]).toEqual([2, 1]);
      // A finished delivery's holder is no longer listed.
      await store().finishDeliveries(
        'host#41#old',
        [{ id: gone[1]!.id, result: { ok: true } }],
        T0,
      );
      expect(await store().deliveryClaimHolders()).toEqual(['host#41#old', 'host#42#live']);

      expect(await store().releaseDeliveryClaims([])).toBe(0);
      expect(await store().releaseDeliveryClaims(['host#41#old'])).toBe(1);
      expect(await store().deliveryClaimHolders()).toEqual(['host#42#live']);
      // Released: claimable at once, long before the lease would have lapsed.
      const taken = await store().claimDeliveries('host#41#new', 10, MINUTE, at(1000));
      expect(taken.map((d) => d.id)).toEqual([gone[0]!.id]);
      // The old holder's late finish changes nothing: the delivery is the new holder's.
      await store().finishDeliveries(
        'host#41#old',
        [{ id: gone[0]!.id, result: { ok: true } }],
        at(2000),
      );
      expect((await store().getEventEndpoint(t, ep.id))?.backlog).toBe(2);
      await store().finishDeliveries(
        'host#41#new',
        [{ id: gone[0]!.id, result: { ok: true } }],
        at(2000),
      );
      expect((await store().getEventEndpoint(t, ep.id))?.backlog).toBe(1);
    });

    it('rotates a secret, keeping the previous one until it expires, and claims both', async () => {
      const t = await createTenant(store(), 'A');
      const other = await createTenant(store(), 'B');
      const ep = await store().createEventEndpoint(
        t,
        { url: 'https://a.example', secret: SECRET, events: ['*'] },
        T0,
      );
      expect(ep).toMatchObject({ previousSecret: null, previousSecretValidUntil: null });
      expect(await store().rotateEventEndpointSecret(other, ep.id, SEALED_2, at(HOUR))).toBeNull();
      expect(await store().rotateEventEndpointSecret(t, 'nope', SEALED_2, at(HOUR))).toBeNull();

      const rotated = await store().rotateEventEndpointSecret(t, ep.id, SEALED_2, at(24 * HOUR));
      expect(rotated).toMatchObject({
        id: ep.id,
        secret: SEALED_2,
        previousSecret: SECRET,
        previousSecretValidUntil: at(24 * HOUR),
      });
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({
        secret: SEALED_2,
        previousSecret: SECRET,
        previousSecretValidUntil: at(24 * HOUR),
      });
      // The other tenant's attempt changed nothing.
      expect((await store().listEventEndpoints(t, { limit: 10 })).items[0]).toMatchObject({
        previousSecret: SECRET,
      });

      await store().appendEvents(of(t, [event('task.paused', 'k1')]), T0);
      const [claimed] = await store().claimDeliveries('w1', 10, MINUTE, T0);
      expect(claimed).toMatchObject({
        endpointId: ep.id,
        secret: SEALED_2,
        previousSecret: SECRET,
        previousSecretValidUntil: at(24 * HOUR),
      });

      // A second rotation moves the current one aside and drops the oldest.
      expect(
        await store().rotateEventEndpointSecret(t, ep.id, SEALED_3, at(2 * HOUR)),
      ).toMatchObject({
        secret: SEALED_3,
        previousSecret: SEALED_2,
        previousSecretValidUntil: at(2 * HOUR),
      });
      // No overlap: the previous secret is dropped at once.
      expect(await store().rotateEventEndpointSecret(t, ep.id, SECRET, null)).toMatchObject({
        secret: SECRET,
        previousSecret: null,
        previousSecretValidUntil: null,
      });
      expect(await store().getEventEndpoint(t, ep.id)).toMatchObject({
        previousSecret: null,
        previousSecretValidUntil: null,
      });
    });
  });
}
