/**
 * Background imports (issue 12, item 7; issue 14, item 4): progress recorded at least every
 * second, a shutdown that stops between chunks and records exactly what was committed, a re-run
 * without duplicates, and stale imports (no heartbeat) failed without touching live ones.
 * A real SQLite store and the real opt-out handler; the clock is moved by the test.
 */
import { createLogger } from '../../../../src/logger';
import {
  CHUNK_ROWS,
  createImportService,
  STALE_IMPORT_MS,
  type ImportHandler,
  type ImportService,
} from '../../../../src/services/imports/import-service';
import { createOptOutImportHandler } from '../../../../src/services/opt-outs/opt-out-import';
import type { Tenant } from '../../../../src/domain/types';
import { createTestContext, type TestContext } from '../../../support/context';

let ctx: TestContext;
let tenant: Tenant;
beforeEach(async () => {
  ctx = await createTestContext();
  tenant = (await ctx.store.getTenant(ctx.defaultTenantId)) as Tenant;
});
afterEach(async () => {
  await ctx.close();
});

const ROWS = 15 * CHUNK_ROWS + 250;
const rows = (n = ROWS) =>
  Array.from({ length: n }, (_, i) => ({ contact: `+55119${String(10000000 + i)}` }));

function service(owner = 'instance-a'): ImportService {
  return createImportService({
    store: ctx.store,
    clock: ctx.clock,
    log: createLogger({ level: 'silent' }),
    optOuts: ctx.services.optOuts,
    owner,
  });
}

/** The real opt-out handler, with a hook run before each chunk. */
async function handler(
  beforeChunk: (chunk: number) => Promise<void> | void,
): Promise<ImportHandler> {
  const real = await createOptOutImportHandler(
    { store: ctx.store, clock: ctx.clock, optOuts: ctx.services.optOuts },
    { tenant, actor: 'test' },
  );
  let chunk = 0;
  return {
    ...real,
    async processChunk(items) {
      await beforeChunk(chunk++);
      await real.processChunk(items);
    },
  };
}

async function optOutCount(): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const page = await ctx.store.listOptOuts(
      tenant.id,
      {},
      { limit: 500, cursor },
      ctx.clock.now(),
    );
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return n;
}

describe('background imports', () => {
  it('records progress at least every second, each time exactly what is committed', async () => {
    const imports = service();
    let id = '';
    const seen: { lag: number; processed: number; committed: number }[] = [];
    const h = await handler(async (chunk) => {
      if (chunk > 0) {
        const job = await ctx.store.getImport(tenant.id, id);
        seen.push({
          lag: ctx.clock.now().getTime() - (job?.updatedAt.getTime() ?? 0),
          processed: job?.processed ?? -1,
          committed: h.committed(),
        });
      }
      // Each chunk takes 400 ms of the clock.
      ctx.clock.advance(400);
    });
    const outcome = await imports.run({
      kind: 'opt_outs',
      tenantId: tenant.id,
      taskId: null,
      source: imports.jsonSource(rows()),
      handler: h,
    });
    if (outcome.status !== 'running') throw new Error('expected a background import');
    id = outcome.importId;
    await imports.idle();
    expect(seen).toHaveLength(15);
    // Never more than a second (and the chunk under way) behind; never ahead of the store.
    for (const s of seen) {
      expect(s.lag).toBeLessThanOrEqual(1000 + 400);
      expect(s.processed).toBeLessThanOrEqual(s.committed);
    }
    expect(seen[2]?.processed).toBe(3 * CHUNK_ROWS);
    expect(await ctx.store.getImport(tenant.id, id)).toMatchObject({
      status: 'completed',
      processed: ROWS,
      summary: expect.objectContaining({ created: ROWS }),
    });
  });

  it('stops between chunks on shutdown, records exactly what was committed, and a re-run adds no duplicates', async () => {
    const imports = service();
    let stopped: Promise<void> | null = null;
    const h = await handler((chunk) => {
      // SIGTERM arrives while the fifth chunk is being written.
      if (chunk === 4) stopped = imports.stop();
    });
    const outcome = await imports.run({
      kind: 'opt_outs',
      tenantId: tenant.id,
      taskId: null,
      source: imports.jsonSource(rows()),
      handler: h,
    });
    if (outcome.status !== 'running') throw new Error('expected a background import');
    await imports.idle();
    await stopped;
    const job = await ctx.store.getImport(tenant.id, outcome.importId);
    expect(job).toMatchObject({
      status: 'failed',
      processed: 5 * CHUNK_ROWS,
      summary: expect.objectContaining({ created: 5 * CHUNK_ROWS }),
      error: expect.stringMatching(/shutdown after 5,000 rows.*run the import again/),
    });
    expect(await optOutCount()).toBe(5 * CHUNK_ROWS);

    const again = service();
    const rerun = await again.run({
      kind: 'opt_outs',
      tenantId: tenant.id,
      taskId: null,
      source: again.jsonSource(rows()),
      handler: await handler(() => undefined),
    });
    if (rerun.status !== 'running') throw new Error('expected a background import');
    await again.idle();
    expect(await ctx.store.getImport(tenant.id, rerun.importId)).toMatchObject({
      status: 'completed',
      summary: expect.objectContaining({
        created: ROWS - 5 * CHUNK_ROWS,
        unchanged: 5 * CHUNK_ROWS,
      }),
    });
    expect(await optOutCount()).toBe(ROWS);
  });

  it('fails only stale imports at start-up, never one another live instance runs', async () => {
    const live = service('instance-live');
    let id = '';
    let swept: unknown[] | null = null;
    const h = await handler(async (chunk) => {
      ctx.clock.advance(400);
      // Another instance starts while this one is busy: its sweep leaves the import alone.
      if (chunk === 6) swept = await service('instance-new').sweepStale();
    });
    const outcome = await live.run({
      kind: 'opt_outs',
      tenantId: tenant.id,
      taskId: null,
      source: live.jsonSource(rows()),
      handler: h,
    });
    if (outcome.status !== 'running') throw new Error('expected a background import');
    id = outcome.importId;
    await live.idle();
    expect(swept).toEqual([]);
    expect((await ctx.store.getImport(tenant.id, id))?.status).toBe('completed');

    // A dead instance's import: its heartbeat stops; once stale, a sweep fails it.
    const dead = await ctx.store.createImport(tenant.id, 'opt_outs', null, ctx.clock.now(), 'gone');
    await ctx.store.updateImport(dead.id, { processed: 2000 }, ctx.clock.now(), 'gone');
    ctx.clock.advance(STALE_IMPORT_MS - 1);
    expect(await service('instance-new').sweepStale()).toEqual([]);
    ctx.clock.advance(2);
    expect(await service('instance-new').sweepStale()).toEqual([
      expect.objectContaining({ id: dead.id }),
    ]);
    expect(await ctx.store.getImport(tenant.id, dead.id)).toMatchObject({
      status: 'failed',
      processed: 2000,
    });
  });
});
