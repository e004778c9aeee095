/**
 * The outbox's upkeep, through the deliverer on a real SQLite store and a local receiver, with
 * the injected clock: finished deliveries are pruned after their retention in bounded batches
 * (counted in stopline_outbox_pruned_total), and a restart takes back its previous run's claims
 * at once instead of waiting out their 60 s leases.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  createEventDeliverer,
  PRUNE_BATCH,
  PRUNE_EVERY_MS,
} from '../../src/services/events/event-deliverer';
import { createEndpointGuard } from '../../src/services/events/endpoint-guard';
import { createEndpointSecrets } from '../../src/services/events/endpoint-secrets';
import type { Incarnation } from '../../src/services/events/delivery-holder';
import { createLogger } from '../../src/logger';
import type { NewOutboundEvent } from '../../src/store/types';
import { createTestContext, type TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

const DAY = 24 * 3600_000;

let ctx: TestContext;
let server: Server;
let url: string;
let received: string[];

beforeEach(async () => {
  ctx = await createTestContext({
    env: { EVENTS_RETENTION_DAYS: '2', EVENTS_DEAD_RETENTION_DAYS: '5' },
  });
  received = [];
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(String(req.headers['webhook-id']));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events: ['*'] })
    .expect(201);
});
afterEach(async () => {
  await ctx.close();
  await new Promise((resolve) => server.close(resolve));
});

let seq = 0;
/** `n` events, each of its own contact, written to the outbox now. */
async function append(n: number): Promise<string[]> {
  const now = ctx.clock.now();
  const events: NewOutboundEvent[] = Array.from({ length: n }, () => {
    seq += 1;
    const id = `evt_upkeep_${seq}`;
    return {
      tenantId: ctx.defaultTenantId,
      id,
      type: 'opt_out.created',
      orderKey: `contact:whatsapp:+55119${String(seq).padStart(8, '0')}`,
      body: JSON.stringify({ id }),
      createdAt: now,
    };
  });
  await ctx.store.appendEvents(events, now);
  return events.map((e) => e.id);
}

const deliverer = () => ctx.services.eventDeliverer;
const pruned = async () => (await ctx.metrics.outboxPruned.get()).values[0]?.value ?? 0;

it('reads the retention from EVENTS_RETENTION_DAYS and EVENTS_DEAD_RETENTION_DAYS', () => {
  expect(ctx.config.eventsRetention).toEqual({ deliveredDays: 2, deadDays: 5 });
});

it('prunes delivered events past their retention, a batch per poll, then once a minute', async () => {
  const first = await append(PRUNE_BATCH + 100);
  while ((await deliverer().drain()) > 0);
  ctx.clock.advance(3600_000);
  const late = await append(1);
  while ((await deliverer().drain()) > 0);
  expect(received).toHaveLength(first.length + late.length);

  // Nothing is two days old yet; that check counts as the minute's prune.
  expect(await deliverer().prune()).toBe(0);
  // Two days after the first deliveries (the late one 30 s short of it): a full batch, the next
  // batch at once, and then nothing more until a minute has passed.
  ctx.clock.advance(2 * DAY - 30_000);
  expect(await deliverer().prune()).toBe(PRUNE_BATCH);
  expect(await deliverer().prune()).toBe(100);
  ctx.clock.advance(40_000);
  // The late one is past its retention now, but the outbox was pruned 40 s ago.
  expect(await deliverer().prune()).toBe(0);
  ctx.clock.advance(PRUNE_EVERY_MS - 40_000);
  expect(await deliverer().prune()).toBe(1);
  expect(await pruned()).toBe(PRUNE_BATCH + 101);
  const metrics = await request(ctx.app).get('/metrics').expect(200);
  expect(metrics.text).toContain(`stopline_outbox_pruned_total ${PRUNE_BATCH + 101}`);
  // What is left: nothing, and the endpoint's counts agree.
  const [endpoint] = (await request(ctx.app).get('/admin/event-endpoints').set(auth)).body
    .items as { id: string }[];
  const health = await request(ctx.app)
    .get(`/admin/event-endpoints/${endpoint?.id}`)
    .set(auth)
    .expect(200);
  expect(health.body).toMatchObject({ backlog: 0, failed: 0 });
});

describe('a restart and the claims of the run before it', () => {
  const quiet = createLogger({ level: 'silent' });
  const onHost = (pid: number, boot: string, alive: (pid: number) => boolean) =>
    createEventDeliverer({
      store: ctx.store,
      clock: ctx.clock,
      log: quiet,
      metrics: ctx.metrics,
      incarnation: { slot: 'box', explicit: false, pid, space: 'ns1', boot } satisfies Incarnation,
      retention: ctx.config.eventsRetention,
      secrets: createEndpointSecrets(ctx.config.secretsKey),
      guard: createEndpointGuard({ policy: ctx.config.eventEndpoints }),
      pidAlive: alive,
    });

  it('delivers at once what its killed predecessor had claimed, never what a live one holds', async () => {
    const ids = await append(8);
    const now = ctx.clock.now();
    // Killed mid-delivery: its claims stay. Another process on this host, alive, and another
    // host's process hold theirs; so do a live container that shares the host name and runs
    // with this very pid in its own pid namespace, and a holder id without a pid space.
    const killed = await ctx.store.claimDeliveries('box#41@ns1#old', 3, 60_000, now);
    const live = await ctx.store.claimDeliveries('box#42@ns1#live', 2, 60_000, now);
    const elsewhere = await ctx.store.claimDeliveries('other-box#41@ns1#x', 1, 60_000, now);
    const sibling = await ctx.store.claimDeliveries('box#43@ns2#sibling', 1, 60_000, now);
    const unplaced = await ctx.store.claimDeliveries('box#41#before-spaces', 1, 60_000, now);
    expect([killed, live, elsewhere, sibling, unplaced].map((c) => c.length)).toEqual([
      3, 2, 1, 1, 1,
    ]);

    const restarted = onHost(43, 'new', (pid) => pid === 42 || pid === 43);
    // Without taking them back, nothing is claimable for a minute.
    expect(await restarted.drain()).toBe(0);
    await restarted.reclaim();
    ctx.clock.advance(1000);
    expect(await restarted.drain()).toBe(3);
    expect(received.sort()).toEqual(killed.map((d) => d.eventId).sort());
    // The dead run's late answer (it cannot come, but if it did) changes nothing.
    await ctx.store.finishDeliveries(
      'box#41@ns1#old',
      [{ id: killed[0]!.id, result: { ok: true } }],
      ctx.clock.now(),
    );
    // The others wait out their leases, then go too: nothing is lost.
    ctx.clock.advance(60_000);
    expect(await restarted.drain()).toBe(5);
    expect(received.sort()).toEqual([...ids].sort());
  });

  it('on start-up, with INSTANCE_ID: the claims of the same name from another run', async () => {
    await append(2);
    const now = ctx.clock.now();
    // The test context runs as INSTANCE_ID=test-instance (pid and boot of this run differ).
    expect(ctx.config.instanceSlot).toEqual({ name: 'test-instance', explicit: true });
    await ctx.store.claimDeliveries(`test-instance#${process.pid}#before`, 1, 60_000, now);
    await ctx.store.claimDeliveries('test-instance-2#1#other', 1, 60_000, now);
    await ctx.services.eventDeliverer.start();
    await ctx.services.eventDeliverer.stop();
    expect(await ctx.store.deliveryClaimHolders()).toEqual(['test-instance-2#1#other']);
    expect(
      ctx.logs.some((l) => l.includes('took back the delivery claims of a previous run')),
    ).toBe(true);
    expect(await ctx.services.eventDeliverer.drain()).toBe(1);
  });
});
