import type { OptOutDoc } from '../../../../src/store/mongo/documents';
import { planUpserts } from '../../../../src/store/mongo/upsert-plan';
import type { OptOutInput } from '../../../../src/store/types';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

const input = (overrides: Partial<OptOutInput> = {}): OptOutInput => ({
  tenantId: 't',
  channel: 'whatsapp',
  contact: '+5511900000001',
  categoryId: null,
  origin: 'admin',
  source: 'import',
  startsAt: T0,
  expiresAt: day(30),
  remarks: null,
  evidence: null,
  actor: 'admin:ana',
  ...overrides,
});

const stored = (overrides: Partial<OptOutDoc> = {}): OptOutDoc => ({
  _id: 'row-1',
  tenantId: 't',
  channel: 'whatsapp',
  contact: '+5511900000001',
  scopeKey: '*',
  origin: 'admin',
  source: 'admin',
  startsAt: day(-5),
  expiresAt: day(10),
  remarks: 'by phone',
  evidence: null,
  createdAt: day(-5),
  updatedAt: day(-5),
  revokedAt: null,
  revokedBy: null,
  ...overrides,
});

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planUpserts', () => {
  it('inserts a new key, extends a stored one (compare-and-set on what it read), leaves a longer one', () => {
    const rows = [stored(), stored({ _id: 'row-2', contact: '+5511900000002', expiresAt: null })];
    const plan = planUpserts(
      rows,
      [input({ contact: '+5511900000003' }), input(), input({ contact: '+5511900000002' })],
      T0,
      ids(),
    );
    expect(plan.results.map((r) => [r.doc._id, r.outcome])).toEqual([
      ['new-1', 'created'],
      ['row-1', 'extended'],
      ['row-2', 'unchanged'],
    ]);
    expect(plan.writes).toEqual([
      {
        kind: 'insert',
        doc: expect.objectContaining({ _id: 'new-1', scopeKey: '*', expiresAt: day(30) }),
      },
      {
        kind: 'update',
        before: rows[0],
        set: expect.objectContaining({
          startsAt: day(-5),
          expiresAt: day(30),
          source: 'import',
          remarks: 'by phone',
          updatedAt: T0,
        }),
      },
    ]);
  });

  it('applies a key repeated in one batch in order, writing it once in its final state', () => {
    const plan = planUpserts(
      [],
      [input(), input({ expiresAt: day(60), remarks: 'second' }), input({ expiresAt: day(40) })],
      T0,
      ids(),
    );
    expect(plan.results.map((r) => r.outcome)).toEqual(['created', 'extended', 'unchanged']);
    expect(plan.writes).toEqual([
      {
        kind: 'insert',
        doc: expect.objectContaining({ _id: 'new-1', expiresAt: day(60), remarks: 'second' }),
      },
    ]);
    // Each event keeps the validity its own step left (created: 30 days, then extended: 60).
    expect(plan.results.map((r) => r.doc.expiresAt)).toEqual([day(30), day(60), day(60)]);
  });

  it('renews a revoked row with the new validity, and keys rows by scope and origin', () => {
    const revoked = stored({ revokedAt: day(-1), revokedBy: 'admin:bo' });
    const plan = planUpserts(
      [revoked],
      [input(), input({ categoryId: 'cat-a' }), input({ origin: 'customer' })],
      T0,
      ids(),
    );
    expect(plan.results.map((r) => r.outcome)).toEqual(['renewed', 'created', 'created']);
    expect(plan.writes[0]).toEqual({
      kind: 'update',
      before: revoked,
      set: expect.objectContaining({
        startsAt: T0,
        expiresAt: day(30),
        revokedAt: null,
        revokedBy: null,
      }),
    });
    expect(
      plan.writes.slice(1).map((w) => w.kind === 'insert' && [w.doc.scopeKey, w.doc.origin]),
    ).toEqual([
      ['cat-a', 'admin'],
      ['*', 'customer'],
    ]);
  });
});
