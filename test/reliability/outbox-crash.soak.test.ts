/**
 * Outbound events through SIGKILLs: the service (src/main.ts in a child process, on a SQLite
 * file) takes a stream of changes through the admin API (opt-outs created, a third of them
 * revoked right after) and is SIGKILLed mid-stream KILLS times, restarted on the same file each
 * time. The receiver (scripts/event-receiver.ts, in its own process, verifying every delivery
 * with the `standardwebhooks` library) outlives the kills and refuses a tenth of the deliveries
 * with a 503, so retries and a contact's second event waiting behind its first are exercised.
 * In the end, after de-duplication by webhook-id:
 * - every change the database holds arrived, exactly once: the acknowledged ones, and the ones
 *   a kill cut off after their commit but before the answer (none lost, none sent twice under
 *   two ids);
 * - nothing arrived that no request asked for;
 * - each contact's events arrived in order (created before revoked);
 * - every delivery was signed (the receiver refused none for its signature).
 * Deliveries a killed instance had claimed are taken back by its restart (same host, its pid
 * gone: src/services/events/delivery-holder.ts), so the end no longer waits out their 60 s lease.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  admin,
  CHILD_PHONE_NUMBER_ID,
  childEnv,
  startService,
  type ChildService,
} from './support/child-service';
import { allOptOuts, tenantIdOf, withStore } from './support/db-probe';
import { startEventReceiver, type EventReceiver } from './support/event-receiver';
import { runSeed, seededRandom } from './support/random';

const KILLS = 10;
const SETTLE_MS = 180_000;

interface Change {
  contact: string;
  optOutId: string | null;
  /** Acknowledged by the service (2xx): its event must arrive. */
  created: boolean;
  revoked: boolean;
  /** Sent but not answered (the kill cut it off): its event may arrive, once at most. */
  revokeTried: boolean;
}

let dir: string;
let receiver: EventReceiver;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-outbox-'));
  receiver = await startEventReceiver({ failRate: 0.1 });
});
afterAll(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends changes one contact after another until the service dies under it. */
async function stream(service: ChildService, changes: Change[], next: () => number) {
  for (;;) {
    const change: Change = {
      contact: `+5511${String(930_000_000 + next())}`,
      optOutId: null,
      created: false,
      revoked: false,
      revokeTried: false,
    };
    changes.push(change);
    try {
      const res = await admin(service, 'POST', '/admin/opt-outs', {
        channel: 'whatsapp',
        contact: change.contact,
      });
      if (res.status !== 201) throw new Error(`opt-out answered ${res.status}`);
      change.created = true;
      change.optOutId = (res.body as { id: string }).id;
      if (changes.length % 3 === 0) {
        change.revokeTried = true;
        const revoked = await admin(service, 'DELETE', `/admin/opt-outs/${change.optOutId}`);
        if (revoked.status !== 200) throw new Error(`revoke answered ${revoked.status}`);
        change.revoked = true;
      }
    } catch (err) {
      // The kill landed: the service no longer answers (fetch's own error, from node's realm).
      if ((err as Error).message === 'fetch failed') return;
      throw err;
    }
  }
}

it(`delivers every change exactly once, in order per contact, through ${KILLS} SIGKILLs`, async () => {
  const random = seededRandom(runSeed('outbox crash'));
  const dbPath = join(dir, 'stopline.db');
  const env = childEnv(dbPath, 'http://127.0.0.1:9');
  let service = await startService(env);
  const registered = await admin(service, 'POST', '/admin/event-endpoints', {
    url: receiver.url,
    secret: receiver.secret,
    events: ['opt_out.created', 'opt_out.revoked'],
  });
  expect(registered.status).toBe(201);
  const endpointId = (registered.body as { id: string }).id;

  const changes: Change[] = [];
  let n = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const running = stream(service, changes, () => (n += 1));
    await new Promise((resolve) => setTimeout(resolve, 300 + random() * 1200));
    await service.kill();
    await running;
    service = await startService(env);
  }
  // A last stretch without a kill, then everything settles.
  const last = stream(service, changes, () => (n += 1));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await service.stop();
  await last;
  service = await startService(env);

  const acked = changes.filter((c) => c.created);
  const expected = acked.length + changes.filter((c) => c.revoked).length;
  expect(acked.length).toBeGreaterThan(KILLS * 10);
  await receiver.waitFor(expected, SETTLE_MS);
  // Nothing left behind: whatever a cut-off request changed has arrived as well.
  const deadline = Date.now() + SETTLE_MS;
  let health: { backlog: number; failed: number } = { backlog: -1, failed: -1 };
  while (Date.now() < deadline) {
    health = (await admin(service, 'GET', `/admin/event-endpoints/${endpointId}`)).body as {
      backlog: number;
      failed: number;
    };
    if (health.backlog === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await service.stop();
  expect(health).toMatchObject({ backlog: 0, failed: 0 });

  const byContact = new Map<string, string[]>();
  for (const event of receiver.events) {
    const contact = event.key.replace(/^contact:whatsapp:/, '');
    byContact.set(contact, [...(byContact.get(contact) ?? []), event.eventType]);
  }
  const problems: string[] = [];
  const sent = new Map(changes.map((c) => [c.contact, c]));
  for (const [contact, types] of byContact) {
    const change = sent.get(contact);
    const allowed = change?.revokeTried
      ? [['opt_out.created'], ['opt_out.created', 'opt_out.revoked']]
      : [['opt_out.created']];
    if (!change || !allowed.some((a) => a.join() === types.join()))
      problems.push(`${contact}: ${types.join(', ')}`);
  }
  for (const change of acked) {
    const types = byContact.get(change.contact) ?? [];
    const want = change.revoked ? ['opt_out.created', 'opt_out.revoked'] : ['opt_out.created'];
    if (want.some((t) => !types.includes(t)))
      problems.push(`${change.contact}: acknowledged, got ${types.join(', ') || 'nothing'}`);
  }
  // What the database holds, committed or not acknowledged: each change's event arrived.
  const stored = await withStore(dbPath, async (store) =>
    allOptOuts(store, await tenantIdOf(store, CHILD_PHONE_NUMBER_ID)),
  );
  expect(stored.length).toBeGreaterThanOrEqual(acked.length);
  for (const optOut of stored) {
    const types = byContact.get(optOut.contact) ?? [];
    const want = optOut.revokedAt ? ['opt_out.created', 'opt_out.revoked'] : ['opt_out.created'];
    if (types.join() !== want.join())
      problems.push(`${optOut.contact}: stored ${want.join(', ')}, got ${types.join(', ')}`);
  }
  expect(problems).toEqual([]);
  expect(receiver.invalid).toEqual([]);
  // The kills and the 503s made stopline send some events again; the receiver dropped them.
  expect(receiver.refused).toBeGreaterThan(0);
});
