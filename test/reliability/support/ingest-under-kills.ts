/**
 * Webhook ingestion with SIGKILLs: a driver posts signed STOP deliveries continuously and keeps
 * every one the service acknowledged (200); the service is killed at a random moment and
 * restarted on the same SQLite file, again and again. A final instance drains what is left.
 */
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../../src/whatsapp/sandbox/build-inbound-webhook';
import { createSqliteStore } from '../../../src/store/sqlite';
import type { Store } from '../../../src/store/types';
import {
  CHILD_PHONE_NUMBER_ID,
  postWebhook,
  startService,
  type ChildService,
} from './child-service';
import { between, realDelay, waitFor } from './random';

export interface Ack {
  contact: string;
  messageId: string;
}

export interface IngestRun {
  /** Deliveries answered 200 (durably stored, by contract). */
  acked: Ack[];
  /** Every contact a delivery was attempted for (acknowledged or not). */
  attempted: string[];
  /** Output of every instance, for the secrets check. */
  output: string[];
}

/** The n-th test contact: a valid German mobile number, distinct per delivery. */
export const stopContact = (n: number) => `+49152${String(10_000_000 + n).padStart(8, '0')}`;

function stopDelivery(contact: string, messageId: string): string {
  return serializeLikeMeta(
    buildInboundWebhook({
      phoneNumberId: CHILD_PHONE_NUMBER_ID,
      from: contact.slice(1),
      profileName: 'Crash Test',
      messageId,
      text: 'STOP',
      timestamp: new Date(),
    }),
  );
}

/** Posts deliveries from `workers` loops until `running()` turns false; each gets a fresh contact. */
async function drive(
  service: ChildService,
  workers: number,
  running: () => boolean,
  next: () => number,
  run: IngestRun,
): Promise<void> {
  const loop = async () => {
    while (running()) {
      const n = next();
      const contact = stopContact(n);
      const messageId = `wamid.CRASH${String(n).padStart(8, '0')}`;
      run.attempted.push(contact);
      const status = await postWebhook(service, stopDelivery(contact, messageId));
      if (status === 200) run.acked.push({ contact, messageId });
      else if (status === null)
        return; // the service is gone: wait for the next one
      else throw new Error(`the service answered ${status} to a valid signed delivery`);
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
}

export async function ingestUnderKills(opts: {
  env: Record<string, string>;
  kills: number;
  random: () => number;
  /** How long each instance takes deliveries before it is killed: [min, max] ms. */
  runMs: [number, number];
  workers?: number;
}): Promise<IngestRun> {
  const run: IngestRun = { acked: [], attempted: [], output: [] };
  let n = 0;
  for (let i = 0; i < opts.kills; i++) {
    const service = await startService(opts.env);
    let running = true;
    const driving = drive(
      service,
      opts.workers ?? 4,
      () => running,
      () => n++,
      run,
    );
    await realDelay(between(opts.random, opts.runMs[0], opts.runMs[1]));
    await service.kill();
    running = false;
    await driving;
    run.output.push(...service.output);
  }
  return run;
}

/** Starts one more instance and waits until its inbox is empty; returns it running. */
export async function drainWithNewInstance(
  env: Record<string, string>,
  dbPath: string,
): Promise<ChildService> {
  const service = await startService(env);
  const store: Store = createSqliteStore({ path: dbPath });
  try {
    await waitFor(
      'the inbox to drain after restart',
      async () => (await store.inboxBacklog()).pending === 0,
    );
  } finally {
    await store.close();
  }
  await realDelay(50);
  return service;
}
