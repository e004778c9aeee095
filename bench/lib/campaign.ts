/**
 * Shared by the benchmarks that play a campaign's aftermath: a task of N recipients created
 * through the admin API (CSV upload), Meta-shaped status webhooks and customers' STOP replies to
 * a task message (context id), and the inbox's lag read from the bench's own connection.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import type Database from 'better-sqlite3';
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import { buildStatusWebhook } from '../../src/whatsapp/sandbox/build-status-webhook';
import { adminJson, postFile } from './admin';
import { sleep } from './db';
import { BENCH_PHONE_NUMBER_ID } from './deliveries';

/** Recipient i's number: distinct US numbers, +1650 3xx xxxx. */
export const campaignContact = (i: number) => `+1650${3000000 + i}`;

/** A port free right now (the server is told to listen on it, so the echo can post to it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A published task of `count` recipients at `perSecond` on the bench's number: settings, task,
 * CSV import (waited for), publish. Resolves with the task id.
 */
export async function publishCampaign(
  baseUrl: string,
  csvPath: string,
  count: number,
  perSecond: number,
): Promise<string> {
  const settings = await adminJson('PUT', `${baseUrl}/admin/settings`, {
    messagesPerSecond: perSecond,
  });
  if (settings.status !== 200) throw new Error(`settings: ${JSON.stringify(settings.body)}`);
  const taskId = await campaignTask(baseUrl, csvPath, count);
  const published = await adminJson('POST', `${baseUrl}/admin/tasks/${taskId}/publish`);
  if (published.status !== 200) throw new Error(`publish: ${JSON.stringify(published.body)}`);
  return taskId;
}

/** A draft task with `count` recipients (CSV import, waited for). Resolves with its id. */
export async function campaignTask(baseUrl: string, csvPath: string, count: number) {
  const task = await adminJson<{ id: string }>('POST', `${baseUrl}/admin/tasks`, {
    name: 'Spring sale',
    type: 'marketing',
    channel: 'whatsapp',
    template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
  });
  if (task.status !== 201) throw new Error(`task: ${JSON.stringify(task.body)}`);
  const out = createWriteStream(csvPath);
  out.write('contact,1,2\n');
  for (let i = 0; i < count; i += 10_000) {
    const rows: string[] = [];
    for (let j = i; j < Math.min(count, i + 10_000); j++)
      rows.push(`${campaignContact(j)},Ana,SPRING${j % 1000}`);
    if (!out.write(`${rows.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const upload = await postFile<{ importId?: string }>(
    `${baseUrl}/admin/tasks/${task.body.id}/recipients`,
    csvPath,
    'text/csv',
  );
  // A small file is imported at once (200); a large one in the background (202 + a job).
  const importId = upload.body.importId;
  if (upload.status !== 200 && !importId)
    throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
  while (importId) {
    const job = await adminJson<{ status: string }>('GET', `${baseUrl}/admin/imports/${importId}`);
    if (job.body.status === 'completed') break;
    if (job.body.status !== 'running') throw new Error(`import ${JSON.stringify(job.body)}`);
    await sleep(200);
  }
  return task.body.id;
}

/** One status webhook as Meta posts it for our message `messageId` to `waId`. */
export function statusDelivery(
  messageId: string,
  waId: string,
  status: 'sent' | 'delivered' | 'read',
): string {
  return serializeLikeMeta(
    buildStatusWebhook({
      phoneNumberId: BENCH_PHONE_NUMBER_ID,
      messageId,
      status,
      timestamp: new Date(),
      recipientId: waId,
    }),
  );
}

/** A customer's "STOP" quoting our message `contextId` (a reply to the task message). */
export function stopReply(n: number, waId: string, contextId: string): string {
  return serializeLikeMeta(
    buildInboundWebhook({
      phoneNumberId: BENCH_PHONE_NUMBER_ID,
      from: waId,
      timestamp: new Date(),
      messageId: `wamid.BENCHSTOP${String(n).padStart(8, '0')}`,
      contextId,
      text: 'STOP',
    }),
  );
}

/**
 * The inbox's lag (ms) now, per lane: how long its oldest unprocessed delivery has waited
 * (min over the lane's partial index, so a 100,000-entry backlog costs one index seek).
 */
export function inboxLag(reader: Database.Database): () => { priority: number; status: number } {
  const oldest = reader
    .prepare<[string], number | null>(
      "SELECT min(received_at) FROM inbox WHERE status = 'pending' AND lane = ?",
    )
    .pluck();
  return () => {
    const now = Date.now();
    const age = (lane: string) => {
      const at = oldest.get(lane) ?? null;
      return at === null ? 0 : Math.max(0, now - at);
    };
    return { priority: age('priority'), status: age('status') };
  };
}
