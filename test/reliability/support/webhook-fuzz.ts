/**
 * Posts generated deliveries through supertest to the real app (SQLite store, sandbox, tenants
 * for every fixture number, fresh timestamps so replies really go out), drains the inbox after
 * each, and checks the answers against the oracle. The caller checks the summary.
 */
import type { Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { createTestContext, TEST_APP_SECRET, type TestContext } from '../../support/context';
import { freshen, loadFixtures, phoneNumberIdsOf, tenantsForFixtures } from './fixtures';
import type { Json } from './json-mutations';
import { expectedStatus, signatureFor, webhookCase } from './webhook-bodies';
import { anErrorBody } from '../../support/error-body';
import { runSeed } from './random';

export interface FuzzSummary {
  posted: number;
  byStatus: Record<string, number>;
  /** Deliveries the webhook counted as stored (metrics), to compare with the 200s. */
  stored: number;
  pendingAfter: number;
  /** Log lines at error level, and lines reporting a bug in stopline itself. */
  errorLogs: string[];
  /** Unhandled rejections and uncaught exceptions while the fuzz ran. */
  crashes: string[];
}

async function counterValue(ctx: TestContext, outcome: string): Promise<number> {
  const metric = await ctx.metrics.webhookDeliveries.get();
  return metric.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
}

export async function fuzzWebhook(numRuns: number): Promise<FuzzSummary> {
  // warn: the skip notes of 20,000-entry garbage arrays are info lines nobody needs here.
  const ctx = await createTestContext({ env: { LOG_LEVEL: 'warn' } });
  const crashes: string[] = [];
  const onCrash = (err: unknown) => crashes.push(String((err as Error)?.stack ?? err));
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  const server: Server = ctx.app.listen(0, '127.0.0.1');
  const summary: FuzzSummary = {
    posted: 0,
    byStatus: {},
    stored: 0,
    pendingAfter: 0,
    errorLogs: [],
    crashes,
  };
  try {
    const raw = loadFixtures();
    await tenantsForFixtures(ctx, raw);
    const fixtures = raw.map((f) => {
      const fresh = freshen(f.raw, ctx.clock.now(), raw);
      return { name: f.name, raw: fresh, json: JSON.parse(fresh) as Json };
    });
    const numbers = phoneNumberIdsOf(raw);
    // Printed before the run: an exception while generating a case ends fast-check without its
    // own report of the seed.
    const seed = runSeed('webhook fuzz');
    await fc.assert(
      fc.asyncProperty(webhookCase(fixtures, numbers), async (c) => {
        const req = request(server).post('/webhook').set('content-type', c.contentType);
        const signature = signatureFor(c, TEST_APP_SECRET);
        if (signature !== undefined) req.set('x-hub-signature-256', signature);
        // superagent would JSON-encode a Buffer sent as application/json; its serializer may return
        // the Buffer itself (the type says string), which is then sent byte for byte.
        const res = await req.serialize((bytes: Buffer) => bytes as unknown as string).send(c.body);
        summary.posted += 1;
        summary.byStatus[res.status] = (summary.byStatus[res.status] ?? 0) + 1;
        expect(res.status).toBe(expectedStatus(c));
        expect(res.type).toBe('application/json');
        if (res.status !== 200) expect(res.body).toEqual(anErrorBody());
        await ctx.services.ingest.idle();
        await ctx.services.inbox.drain();
        // A little time passes between deliveries, as it does for Meta.
        ctx.clock.advance(250);
      }),
      { numRuns, seed, endOnFailure: true },
    );
    summary.stored = await counterValue(ctx, 'stored');
    summary.pendingAfter = (await ctx.store.inboxBacklog()).pending;
    summary.errorLogs = ctx.logs.filter((line) => {
      const level = (JSON.parse(line) as { level?: number }).level ?? 0;
      return level >= 50 || line.includes('(a bug');
    });
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ctx.close();
  }
  return summary;
}
