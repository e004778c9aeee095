/**
 * The SQLite store's second thread for the suppression check (suppression-worker.ts): it answers
 * from the database as it is when asked, and when it fails or hangs, the check goes on in the
 * calling thread with the same answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite';
import { AUDIENCE_SQL, createAudienceQuery } from '../../src/store/sqlite/audience-query';
import { createCheckWorker, SPLIT_MIN_CONTACTS } from '../../src/store/sqlite/check-worker';
import { createSuppressionQuery, SUPPRESSION_SQL } from '../../src/store/sqlite/suppression-query';
import {
  startSuppressionWorker,
  type SuppressionWorker,
} from '../../src/store/sqlite/suppression-worker';
import type { Store } from '../../src/store/types';
import { consentInput } from './contract/consents';
import { createTenant, optOutInput, T0 } from './contract/harness';
import { consentedIn } from '../support/audience';

const contact = (i: number) => `+4479${String(i).padStart(8, '0')}`;
const batchOf = (n: number) => Array.from({ length: n }, (_, i) => contact(i));

/** A worker whose use is counted: posts it took, answers it gave. */
function counted(
  worker: SuppressionWorker,
): SuppressionWorker & { taken: number; answered: number } {
  const spy = {
    taken: 0,
    answered: 0,
    get failure() {
      return worker.failure;
    },
    ready: worker.ready,
    get working() {
      return worker.working;
    },
    post(params: Record<string, unknown>, statement?: number) {
      const took = worker.post(params, statement);
      if (took) spy.taken += 1;
      return took;
    },
    collect(budgetMs?: number) {
      const answer = worker.collect(budgetMs);
      if (answer !== null) spy.answered += 1;
      return answer;
    },
    close: () => worker.close(),
  };
  return spy;
}

describe('sqlite suppression worker', () => {
  let dir: string;
  let path: string;
  let store: Store;
  let reader: Database.Database;
  let tenant: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stopline-worker-'));
    path = join(dir, 'stopline.db');
    store = createSqliteStore({ path, suppressionWorker: false });
    tenant = await createTenant(store);
    reader = new Database(path);
  });

  afterEach(async () => {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const optOut = async (i: number, categoryId: string | null = null) =>
    (await store.upsertOptOut(optOutInput(tenant, { contact: contact(i), categoryId }), T0)).optOut
      .id;

  it('checks both halves of a batch against opt-outs committed just before the call', async () => {
    let worker: ReturnType<typeof counted> | undefined;
    // Patient: the worker answers its half however loaded the machine is (see the late tests).
    const checkWorker = createCheckWorker({
      statements: [SUPPRESSION_SQL],
      patient: true,
      start: (statements) =>
        (worker = counted(
          startSuppressionWorker({ path, statements, pragmas: ['query_only = ON'] }),
        )),
    });
    const query = createSuppressionQuery(reader, { worker: checkWorker });
    const batch = batchOf(2 * SPLIT_MIN_CONTACTS);
    const check = () => query.findSuppressionIds(tenant, 'whatsapp', batch, 'cat-a', T0);
    // The first large batch starts the worker and is answered by this thread alone.
    expect((await check()).size).toBe(0);
    await worker?.ready;
    const expected = new Map<string, string>();
    // Each round commits one opt-out in the caller's half and one in the worker's, then checks.
    for (const [mine, theirs] of [
      [3, SPLIT_MIN_CONTACTS + 7],
      [SPLIT_MIN_CONTACTS - 1, 2 * SPLIT_MIN_CONTACTS - 1],
    ] as const) {
      expected.set(contact(mine), await optOut(mine));
      expected.set(contact(theirs), await optOut(theirs, 'cat-a'));
      expect(await check()).toEqual(expected);
    }
    expect(worker?.taken).toBe(2);
    expect(worker?.answered).toBe(2);
    // Other categories: only the all-marketing ones.
    const otherCategory = await query.findSuppressionIds(tenant, 'whatsapp', batch, 'cat-b', T0);
    expect([...otherCategory.keys()]).toEqual([contact(3), contact(SPLIT_MIN_CONTACTS - 1)]);
    await checkWorker.close();
  });

  it("checks a consented task's batch in both halves, suppression and consent read together", async () => {
    let worker: ReturnType<typeof counted> | undefined;
    const checkWorker = createCheckWorker({
      statements: [SUPPRESSION_SQL, AUDIENCE_SQL],
      patient: true,
      start: (statements) =>
        (worker = counted(
          startSuppressionWorker({ path, statements, pragmas: ['query_only = ON'] }),
        )),
    });
    const query = createAudienceQuery(reader, { worker: checkWorker });
    const batch = batchOf(3 * SPLIT_MIN_CONTACTS);
    const check = () => query.checkAudience(tenant, 'whatsapp', batch, 'cat-a', T0);
    // No consent yet: the whole batch is left out for want of one, no suppression read at all.
    expect(await check()).toEqual({ suppressed: new Map(), noConsent: new Set(batch) });
    expect(worker).toBeUndefined();
    const mine = 3;
    const theirs = SPLIT_MIN_CONTACTS + 7;
    const grant = (contact: string, categoryId: string | null) =>
      store.grantConsent(consentInput(tenant, { contact, categoryId }), T0);
    // The first two hundred consented (for the category or all marketing) but two: enough to
    // split. A consent given under a linked identifier reaches the contact; another category's
    // does not.
    const linked = contact(theirs + 2);
    const otherCategory = contact(theirs + 3);
    const consented = batch
      .slice(0, 2 * SPLIT_MIN_CONTACTS)
      .filter((c) => c !== linked && c !== otherCategory);
    await store.grantConsents(
      consented.map((c, i) =>
        consentInput(tenant, { contact: c, categoryId: i % 2 ? 'cat-a' : null }),
      ),
      T0,
    );
    await store.linkIdentifiers(tenant, 'whatsapp', [linked, 'BR.9'], T0);
    await grant('BR.9', null);
    await grant(otherCategory, 'cat-b');
    // The first large consented batch starts the worker and is answered by this thread alone.
    await check();
    await worker?.ready;
    // Consented and opted out: suppressed, in either half.
    const first = await optOut(mine + 1);
    const second = await optOut(theirs + 1, 'cat-a');
    const answer = await check();
    expect(answer.suppressed).toEqual(
      new Map([
        [contact(mine + 1), first],
        [contact(theirs + 1), second],
      ]),
    );
    const sendable = [...consented, linked].filter(
      (c) => c !== contact(mine + 1) && c !== contact(theirs + 1),
    );
    expect(consentedIn(batch, answer)).toEqual(new Set(sendable));
    expect(answer.noConsent).toEqual(
      new Set(batch.filter((c) => !consented.includes(c) && c !== linked)),
    );
    expect(worker?.taken).toBe(1);
    expect(worker?.answered).toBe(1);
    // The same answer as this connection alone gives.
    const alone = createAudienceQuery(reader);
    expect(await alone.checkAudience(tenant, 'whatsapp', batch, 'cat-a', T0)).toEqual(answer);
    // A withdrawal in the worker's half is seen by the next check.
    const [held] = (
      await store.listConsents(tenant, { contacts: [contact(theirs)] }, { limit: 1, cursor: null })
    ).items;
    await store.withdrawConsent(tenant, held?.id ?? '', 'admin:x', 'asked', T0);
    const afterWithdrawal = await check();
    expect(afterWithdrawal.noConsent.has(contact(theirs))).toBe(true);
    expect(consentedIn(batch, afterWithdrawal)).toEqual(
      new Set(sendable.filter((c) => c !== contact(theirs))),
    );
    expect(worker?.answered).toBe(2);
    await checkWorker.close();
  });

  it('goes on in the calling thread when the worker fails, and says so once', async () => {
    for (const i of [1, 150, 199]) await optOut(i);
    let failure: string | null = null;
    let posts = 0;
    const failing: SuppressionWorker = {
      get failure() {
        return failure;
      },
      working: false,
      ready: Promise.resolve(),
      post: () => {
        posts += 1;
        return true;
      },
      collect: () => {
        failure = 'suppression worker gave no answer within 2000 ms';
        return null;
      },
      close: async () => undefined,
    };
    const lost: string[] = [];
    const query = createSuppressionQuery(reader, {
      worker: createCheckWorker({
        statements: [SUPPRESSION_SQL],
        start: () => failing,
        onLost: (reason) => lost.push(reason),
      }),
    });
    const batch = batchOf(200);
    const expected = await query.findSuppressions(tenant, 'whatsapp', batch, null, T0);
    expect(expected.size).toBe(3);
    for (let i = 0; i < 3; i++) {
      const ids = await query.findSuppressionIds(tenant, 'whatsapp', batch, null, T0);
      expect(ids).toEqual(new Map([...expected].map(([c, o]) => [c, o.id])));
    }
    expect(posts).toBe(1);
    expect(lost).toEqual([failure]);
  });

  it("runs the worker's half itself when it comes late, and rests the worker after three in a row", async () => {
    for (const i of [1, 150, 199]) await optOut(i);
    const budgets: (number | undefined)[] = [];
    let posts = 0;
    // Never scheduled in time: every collect within a budget comes back empty.
    const late: SuppressionWorker = {
      failure: null,
      working: false,
      ready: Promise.resolve(),
      post: () => {
        posts += 1;
        return true;
      },
      collect: (budgetMs) => {
        budgets.push(budgetMs);
        return null;
      },
      close: async () => undefined,
    };
    const checkWorker = createCheckWorker({ statements: [SUPPRESSION_SQL], start: () => late });
    const query = createSuppressionQuery(reader, { worker: checkWorker });
    const alone = createSuppressionQuery(reader);
    const batch = batchOf(200);
    const expected = await alone.findSuppressionIds(tenant, 'whatsapp', batch, null, T0);
    expect(expected.size).toBe(3);
    const check = async () =>
      expect(await query.findSuppressionIds(tenant, 'whatsapp', batch, null, T0)).toEqual(expected);
    for (let i = 0; i < 3; i++) await check();
    expect(posts).toBe(3);
    // Each wait was bounded (by what this thread's own half took), not the worker's timeout.
    expect(budgets).toHaveLength(3);
    for (const budget of budgets) expect(budget).toEqual(expect.any(Number));
    // Then it rests: 64 checks in this thread alone, with the same answers.
    for (let i = 0; i < 64; i++) await check();
    expect(posts).toBe(3);
    // And is tried again.
    await check();
    expect(posts).toBe(4);
    await checkWorker.close();
  });
});

describe('startSuppressionWorker', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stopline-worker-'));
    path = join(dir, 'empty.db');
    new Database(path).close();
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers, refuses what does not fit, and reports a failed statement', async () => {
    const worker = startSuppressionWorker({
      path,
      statements: ["SELECT json_array(json_extract(@a, '$'), @b)"],
      pragmas: ['query_only = ON'],
    });
    expect(worker.post({ a: '1', b: 'x' })).toBe(false);
    await worker.ready;
    expect(worker.post({ a: '[1,"é"]', b: 'ok' })).toBe(true);
    expect(worker.collect()).toBe('[[1,"é"],"ok"]');
    expect(worker.post({ a: '1', b: 'x'.repeat(600 * 1024) })).toBe(false);
    expect(worker.post({ a: '{not json', b: 'x' })).toBe(true);
    // A failed statement is the caller's to run again (and meet the error there); the worker
    // goes on.
    expect(worker.collect()).toBeNull();
    expect(worker.failure).toBeNull();
    expect(worker.post({ a: '2', b: 'y' })).toBe(true);
    expect(worker.collect()).toBe('[2,"y"]');
    await worker.close();
    expect(worker.post({ a: '3', b: 'z' })).toBe(false);
    expect(worker.failure).toBe('suppression worker closed');
  });

  it('runs the statement each request names', async () => {
    const worker = startSuppressionWorker({
      path,
      statements: ["SELECT 'first ' || @x", "SELECT 'second ' || @x"],
      pragmas: ['query_only = ON'],
    });
    await worker.ready;
    expect(worker.post({ x: 'a' }, 1)).toBe(true);
    expect(worker.collect()).toBe('second a');
    expect(worker.post({ x: 'b' })).toBe(true);
    expect(worker.collect()).toBe('first b');
    // An index it was not given is refused: the caller runs that part itself.
    expect(worker.post({ x: 'c' }, 2)).toBe(false);
    expect(worker.failure).toBeNull();
    await worker.close();
  });

  it('is given up when its statement cannot even be prepared', async () => {
    const worker = startSuppressionWorker({
      path,
      statements: ['SELECT x FROM nowhere'],
      pragmas: ['query_only = ON'],
    });
    await expect(worker.ready).rejects.toThrow(/no such table: nowhere/);
    expect(worker.failure).toMatch(/^suppression worker failed: .*no such table: nowhere/);
    expect(worker.post({})).toBe(false);
    await worker.close();
  });

  it('is left behind, not waited for, when it is late within a budget, and serves again after', async () => {
    const worker = startSuppressionWorker({
      path,
      // Millions of rows (about half a second): far longer than the 5 ms budget.
      statements: [
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < @n) SELECT count(*) FROM c',
      ],
      pragmas: ['query_only = ON'],
    });
    await worker.ready;
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    // Not started yet, most likely (the worker had no turn since the post): withdrawn, never
    // run; or started and answered within the budget.
    expect(worker.post({ n: 1 })).toBe(true);
    expect([null, '1']).toContain(worker.collect(5));
    // Started: abandoned after the budget, the worker drops its answer when it has one.
    while (!worker.post({ n: 3_000_000 })) await turn();
    while (!worker.working) await turn();
    // (Its answer, 3,000,000, takes about half a second: null means it was not waited for.)
    expect(worker.collect(5)).toBeNull();
    expect(worker.failure).toBeNull();
    expect(worker.post({ n: 3 })).toBe(false);
    while (!worker.post({ n: 3 })) await turn();
    expect(worker.collect()).toBe('3');
    expect(worker.failure).toBeNull();
    await worker.close();
  });

  it('drops a post nobody collected (the caller threw before collecting) at the next post', async () => {
    const worker = startSuppressionWorker({
      path,
      statements: ["SELECT 'answer ' || @x"],
      pragmas: ['query_only = ON'],
    });
    await worker.ready;
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    expect(worker.post({ x: 'lost' })).toBe(true);
    // Whatever the worker did with it meanwhile, the next post gets through within a few turns
    // (once a running one is dropped), and its own answer comes back.
    let posted = false;
    for (let i = 0; i < 1000 && !posted; i++) {
      posted = worker.post({ x: 'next' });
      if (!posted) await turn();
    }
    expect(posted).toBe(true);
    expect(worker.collect()).toBe('answer next');
    expect(worker.failure).toBeNull();
    await worker.close();
  });

  it('stops being used once it keeps the caller waiting past its timeout', async () => {
    const worker = startSuppressionWorker({
      path,
      // Millions of rows: far longer than the 20 ms the caller waits.
      statements: [
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < @n) SELECT count(*) FROM c',
      ],
      pragmas: ['query_only = ON'],
      timeoutMs: 20,
    });
    await worker.ready;
    expect(worker.post({ n: 2_000_000 })).toBe(true);
    expect(worker.collect()).toBeNull();
    expect(worker.failure).toBe('suppression worker gave no answer within 20 ms');
    expect(worker.post({ n: 1 })).toBe(false);
    await worker.close();
  });
});
