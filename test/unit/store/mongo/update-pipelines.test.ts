import {
  ABANDONED_SEND,
  ONE_ATTEMPT_BACK,
  sendResultFields,
  sendResultUpdate,
  UNCLAIM_PIPELINE,
} from '../../../../src/store/mongo/send-results';
import {
  leasePipeline,
  statesAtOrAbove,
  statusUpdatePipeline,
  taskUpdatePipeline,
} from '../../../../src/store/mongo/update-pipelines';

const now = new Date('2026-01-15T10:00:00.000Z');

describe('statusUpdatePipeline', () => {
  it('moves only forward: sent < delivered < read, failed final', () => {
    expect(statesAtOrAbove('sent')).toEqual(['sent', 'delivered', 'read', 'failed']);
    expect(statesAtOrAbove('delivered')).toEqual(['delivered', 'read', 'failed']);
    expect(statesAtOrAbove('read')).toEqual(['read', 'failed']);
    expect(statesAtOrAbove('failed')).toEqual(['failed']);
  });

  it('sets the status when it advances and the timestamp the first time it is seen', () => {
    const [stage] = statusUpdatePipeline({
      messageId: 'wamid.1',
      status: 'delivered',
      at: now,
      errorCode: null,
      errorTitle: null,
    });
    const advances = {
      $not: [{ $in: ['$status', { $literal: ['delivered', 'read', 'failed', 'suppressed'] }] }],
    };
    expect(stage).toEqual({
      $set: {
        status: { $cond: [advances, { $literal: 'delivered' }, '$status'] },
        deliveredAt: { $ifNull: ['$deliveredAt', { $literal: now }] },
      },
    });
  });

  it("keeps a failure's error only when the status moves to failed, as literals", () => {
    const [stage] = statusUpdatePipeline({
      messageId: 'wamid.1',
      status: 'failed',
      at: now,
      errorCode: 131050,
      errorTitle: '$not a field path',
    });
    const advances = { $not: [{ $in: ['$status', { $literal: ['failed', 'suppressed'] }] }] };
    expect(stage?.$set).toMatchObject({
      failedAt: { $ifNull: ['$failedAt', { $literal: now }] },
      errorCode: { $cond: [advances, { $literal: 131050 }, '$errorCode'] },
      errorTitle: { $cond: [advances, { $literal: '$not a field path' }, '$errorTitle'] },
    });
    expect(stage?.$set).not.toHaveProperty('suppressedBy');
  });

  it('a failure that revealed an opt-out (131050) ends suppressed by it', () => {
    const [stage] = statusUpdatePipeline({
      messageId: 'wamid.1',
      status: 'failed',
      at: now,
      errorCode: 131050,
      errorTitle: 'stopped',
      suppressedBy: 'opt-1',
    });
    const advances = { $not: [{ $in: ['$status', { $literal: ['failed', 'suppressed'] }] }] };
    expect(stage?.$set).toMatchObject({
      status: { $cond: [advances, { $literal: 'suppressed' }, '$status'] },
      suppressedBy: { $cond: [advances, { $literal: 'opt-1' }, '$suppressedBy'] },
    });
  });
});

describe('taskUpdatePipeline', () => {
  it('sets the given fields as literals and leaves out the absent ones', () => {
    const [stage] = taskUpdatePipeline(
      { name: '$5 off', startAt: null, endAt: undefined },
      undefined,
      now,
    );
    expect(stage).toEqual({
      $set: {
        name: { $literal: '$5 off' },
        startAt: { $literal: null },
        updatedAt: { $literal: now },
      },
    });
  });

  it('stamps publishedAt on scheduling and completedAt on a final status, only the first time', () => {
    expect(taskUpdatePipeline({}, 'scheduled', now)[0]?.$set).toEqual({
      status: { $literal: 'scheduled' },
      updatedAt: { $literal: now },
      publishedAt: { $ifNull: ['$publishedAt', { $literal: now }] },
    });
    for (const status of ['completed', 'cancelled', 'failed'] as const) {
      expect(taskUpdatePipeline({}, status, now)[0]?.$set).toHaveProperty('completedAt', {
        $ifNull: ['$completedAt', { $literal: now }],
      });
    }
    expect(taskUpdatePipeline({}, 'paused', now)[0]?.$set).not.toHaveProperty('completedAt');
    expect(taskUpdatePipeline({}, 'paused', now)[0]?.$set).not.toHaveProperty('publishedAt');
  });
});

describe('sendResultFields', () => {
  it('records a sent message and clears any earlier error', () => {
    expect(sendResultFields({ kind: 'sent', messageId: 'wamid.1', waId: '5511' }, now)).toEqual({
      claimToken: null,
      status: 'sent',
      messageId: 'wamid.1',
      waId: '5511',
      sentAt: now,
      errorCode: null,
      errorTitle: null,
      deferReason: null,
    });
  });

  it('defers a held send back to pending with its reason, unclaimed, not before retryAt', () => {
    const retryAt = new Date(now.getTime() + 3_600_000);
    expect(
      sendResultFields(
        { kind: 'defer', retryAt, reason: 'meta_limited', code: 131049, title: 'limit' },
        now,
      ),
    ).toEqual({
      claimToken: null,
      status: 'pending',
      nextAttemptAt: retryAt,
      deferReason: 'meta_limited',
      claimedBy: null,
      claimedAt: null,
      errorCode: 131049,
      errorTitle: 'limit',
    });
  });

  it('puts a retry back to pending, unclaimed, not before retryAt', () => {
    const retryAt = new Date(now.getTime() + 60_000);
    expect(
      sendResultFields({ kind: 'retry', retryAt, code: 130429, title: 'Rate limit' }, now),
    ).toEqual({
      claimToken: null,
      status: 'pending',
      nextAttemptAt: retryAt,
      claimedBy: null,
      claimedAt: null,
      errorCode: 130429,
      errorTitle: 'Rate limit',
    });
  });

  it('records failures, unknown outcomes and late suppressions with their reason', () => {
    expect(
      sendResultFields({ kind: 'failed', code: 131026, title: 'Undeliverable' }, now),
    ).toMatchObject({
      status: 'failed',
      errorCode: 131026,
      failedAt: now,
    });
    expect(sendResultFields({ kind: 'unknown', title: 'timeout' }, now)).toMatchObject({
      status: 'unknown',
      errorCode: null,
      errorTitle: 'timeout',
    });
    expect(
      sendResultFields(
        { kind: 'suppressed', optOutId: 'opt-1', code: 131050, title: 'stopped' },
        now,
      ),
    ).toMatchObject({ status: 'suppressed', suppressedBy: 'opt-1', errorCode: 131050 });
    expect(ABANDONED_SEND).toBe('claimed by a dispatcher that stopped before recording the result');
  });
});

describe('attempts never below 0', () => {
  it("gives back a released claim's attempt from the stored value, floored at 0", () => {
    expect(ONE_ATTEMPT_BACK).toEqual({ $max: [0, { $subtract: ['$attempts', 1] }] });
    const retryAt = new Date(now.getTime() + 60_000);
    expect(sendResultUpdate({ kind: 'release', retryAt }, now)).toEqual([
      {
        $set: {
          claimToken: { $literal: null },
          status: { $literal: 'pending' },
          nextAttemptAt: { $literal: retryAt },
          claimedBy: { $literal: null },
          claimedAt: { $literal: null },
          attempts: ONE_ATTEMPT_BACK,
        },
      },
    ]);
    expect(UNCLAIM_PIPELINE).toEqual([
      {
        $set: {
          status: { $literal: 'pending' },
          claimedBy: null,
          claimedAt: null,
          claimToken: null,
          attempts: ONE_ATTEMPT_BACK,
        },
      },
    ]);
  });

  it('leaves attempts alone for every other result (a plain $set)', () => {
    const sent = { kind: 'sent' as const, messageId: 'wamid.$where', waId: null };
    expect(sendResultUpdate(sent, now)).toEqual({ $set: sendResultFields(sent, now) });
  });
});

describe('leasePipeline', () => {
  it('takes the lease when it is ours or expired by the database clock, else keeps the holder', () => {
    const free = {
      $or: [
        { $eq: ['$owner', { $literal: 'dyno-$1' }] },
        { $lte: [{ $ifNull: ['$expiresAt', { $literal: new Date(0) }] }, '$$NOW'] },
      ],
    };
    expect(leasePipeline('dyno-$1', 30_000)).toEqual([
      {
        $set: {
          owner: { $cond: [free, { $literal: 'dyno-$1' }, '$owner'] },
          expiresAt: { $cond: [free, { $add: ['$$NOW', { $literal: 30_000 }] }, '$expiresAt'] },
        },
      },
    ]);
    // No caller clock anywhere in it: only the server's $$NOW decides.
    expect(JSON.stringify(leasePipeline('a', 1))).not.toMatch(/20\d\d-/);
    expect(leasePipeline('a', -5)[0]?.$set.expiresAt).toEqual({
      $cond: [expect.anything(), { $add: ['$$NOW', { $literal: 0 }] }, '$expiresAt'],
    });
  });
});
