/**
 * Runs generated admin requests against the real app: never a 5xx, every 4xx a JSON
 * `{ error: string }`, nothing thrown. Sends go to an unreachable loopback Graph URL, so a
 * tenant given a random access token by the fuzz can never reach the network.
 */
import fc from 'fast-check';
import request from 'supertest';
import { createTestContext, TEST_ADMIN_TOKEN } from '../../support/context';
import { adminRequest, validTask, type AdminRequest, type Ids } from './admin-requests';
import { anErrorBody } from '../../support/error-body';

export interface AdminFuzzSummary {
  sent: number;
  byStatus: Record<string, number>;
  errorLogs: string[];
}

async function setUp() {
  const ctx = await createTestContext({
    env: { LOG_LEVEL: 'warn', WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9' },
  });
  const a = await ctx.createTenant('Fuzz A', '200000000000001');
  const b = await ctx.createTenant('Fuzz B', '200000000000002');
  const as = (method: 'post' | 'get', path: string, body?: unknown) => {
    const req = request(ctx.app)[method](path).set('authorization', `Bearer ${a.apiKey}`);
    return body === undefined ? req : req.send(body as object);
  };
  const category = await as('post', '/admin/categories', {
    name: 'Promotions',
    unsubscribeDays: 7,
  });
  const draft = await as('post', '/admin/tasks', validTask(category.body.id));
  const task = await as('post', '/admin/tasks', validTask(category.body.id));
  await as('post', `/admin/tasks/${task.body.id}/recipients`, {
    recipients: [{ contact: '+5511987654321', params: ['Ana'] }],
  });
  await as('post', `/admin/tasks/${task.body.id}/publish`);
  const optOut = await as('post', '/admin/opt-outs', {
    channel: 'whatsapp',
    contact: '+5511987654322',
  });
  const job = await ctx.store.createImport(
    a.id,
    'opt_outs',
    null,
    ctx.clock.now(),
    'test-instance',
  );
  const ids: Ids = {
    draftTaskId: draft.body.id,
    taskId: task.body.id,
    categoryId: category.body.id,
    optOutId: optOut.body.id,
    importId: job.id,
    tenantId: a.id,
    otherTenantId: b.id,
  };
  if (Object.values(ids).some((v) => typeof v !== 'string'))
    throw new Error(`admin fuzz set-up failed: ${JSON.stringify(ids)}`);
  return { ctx, key: a.apiKey, ids };
}

export async function fuzzAdmin(numRuns: number): Promise<AdminFuzzSummary> {
  const { ctx, key, ids } = await setUp();
  const summary: AdminFuzzSummary = { sent: 0, byStatus: {}, errorLogs: [] };
  const server = ctx.app.listen(0, '127.0.0.1');
  try {
    await fc.assert(
      fc.asyncProperty(adminRequest(ids), async (r: AdminRequest) => {
        let req = request(server)
          [r.method](r.path)
          .set('authorization', `Bearer ${r.auth === 'platform' ? TEST_ADMIN_TOKEN : key}`);
        if (r.query) req = req.query(r.query);
        if (r.contentType) req = req.set('content-type', r.contentType);
        // A string body is sent as is, whatever the content type says.
        const res = r.body === undefined ? await req : await req.send(r.body);
        summary.sent += 1;
        summary.byStatus[res.status] = (summary.byStatus[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.type).toBe('application/json');
          expect(res.body).toEqual(anErrorBody());
        }
        await ctx.services.inbox.drain();
        await ctx.services.imports.idle();
      }),
      { numRuns, endOnFailure: true },
    );
    summary.errorLogs = ctx.logs.filter(
      (line) => ((JSON.parse(line) as { level?: number }).level ?? 0) >= 50,
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ctx.close();
  }
  return summary;
}
