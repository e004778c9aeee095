import { ManualClock } from '../../../src/clock';
import type { SandboxMessage } from '../../../src/whatsapp/sandbox';
import { createStatusEcho } from '../../../src/whatsapp/sandbox';
import { parseWebhook } from '../../../src/whatsapp/parse-webhook';
import { verifySignature } from '../../../src/whatsapp/signature';
import type { DeliveryStatus } from '../../../src/whatsapp/webhook-events';

const SECRET = 'echo-secret';

/** A timer queue run by hand: what the echo scheduled, and when. */
function manualTimers(clock: ManualClock) {
  const queue: { at: number; fn: () => void }[] = [];
  return {
    delays: [] as number[],
    schedule(delayMs: number, fn: () => void) {
      this.delays.push(delayMs);
      queue.push({ at: clock.now().getTime() + delayMs, fn });
    },
    /** Runs every timer due by now + ms, in time order, moving the clock to each. */
    async run(ms: number) {
      const end = clock.now().getTime() + ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const next = queue[0];
        if (!next || next.at > end) break;
        queue.shift();
        clock.set(new Date(next.at));
        next.fn();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      clock.set(new Date(end));
    },
  };
}

const message = (id: string, waId: string | null, to = `+${waId ?? 'US.1'}`): SandboxMessage => ({
  id,
  to,
  waId,
  type: 'template',
  body: { messaging_product: 'whatsapp', to, type: 'template' } as SandboxMessage['body'],
  at: new Date('2026-01-15T10:00:00Z'),
  phoneNumberId: '100000000000001',
});

function setup(opts: { failedRate?: number; random?: () => number; status?: number } = {}) {
  const clock = new ManualClock('2026-01-15T10:00:00.000Z');
  const timers = manualTimers(clock);
  const posted: { status: DeliveryStatus; at: number }[] = [];
  const echo = createStatusEcho({
    clock,
    appSecret: SECRET,
    delayMs: [100, 900],
    failedRate: opts.failedRate ?? 0,
    failedCode: 131050,
    random: opts.random ?? (() => 0.5),
    schedule: (ms, fn) => timers.schedule(ms, fn),
    async post(raw, signature) {
      expect(verifySignature([SECRET], raw, signature)).toBe(true);
      const { events, skipped } = parseWebhook(JSON.parse(raw.toString('utf8')));
      expect(skipped).toEqual([]);
      for (const e of events)
        posted.push({ status: e as DeliveryStatus, at: clock.now().getTime() });
      return { status: opts.status ?? 200 };
    },
  });
  return { clock, timers, posted, echo };
}

describe('sandbox status echo', () => {
  it('posts signed sent, delivered and read statuses for each accepted message, each after a delay', async () => {
    const { timers, posted, echo, clock } = setup();
    const start = clock.now().getTime();
    echo.accepted(message('wamid.A', '5511987654321'));
    echo.accepted(message('wamid.B', '5511987654322'));
    await timers.run(500);
    expect(posted.map((p) => `${p.status.messageId}:${p.status.status}`)).toEqual([
      'wamid.A:sent',
      'wamid.B:sent',
    ]);
    await timers.run(10_000);
    const of = (id: string) => posted.filter((p) => p.status.messageId === id);
    expect(of('wamid.A').map((p) => p.status.status)).toEqual(['sent', 'delivered', 'read']);
    expect(of('wamid.B').map((p) => p.status.status)).toEqual(['sent', 'delivered', 'read']);
    // random() = 0.5 in [100, 900]: 100 + floor(0.5 * 801) = 500 ms before each status.
    expect(of('wamid.A').map((p) => p.at - start)).toEqual([500, 1000, 1500]);
    // All three timers are set at the send, each 500 ms after the one before.
    expect(timers.delays).toEqual([500, 1000, 1500, 500, 1000, 1500]);
    expect(posted[0]!.status).toMatchObject({
      kind: 'status',
      phoneNumberId: '100000000000001',
      recipientId: '5511987654321',
      timestamp: new Date(start + 0), // Unix seconds: 500 ms rounds down
      errors: [],
    });
    expect(echo.counts()).toEqual({ posted: 6, refused: 0 });
    await echo.idle();
  });

  it('reports the configured share of messages failed after sent, with the error code', async () => {
    const draws = [0.01, 0.5, 0.25, 0.99, 0.5, 0.5, 0.5];
    const { timers, posted, echo } = setup({
      failedRate: 0.05,
      random: () => draws.shift() ?? 0.5,
    });
    echo.accepted(message('wamid.F', '5511900000001'));
    echo.accepted(message('wamid.G', '5511900000002'));
    await timers.run(10_000);
    const f = posted.filter((p) => p.status.messageId === 'wamid.F').map((p) => p.status);
    expect(f.map((s) => s.status)).toEqual(['sent', 'failed']);
    expect(f[1]!.errors[0]).toMatchObject({ code: 131050 });
    expect(posted.filter((p) => p.status.messageId === 'wamid.G')).toHaveLength(3);
    // The draws: 0.01 < 5 % fails F; 0.5 and 0.25 are its two delays; 0.99 keeps G; ...
    expect(timers.delays.slice(0, 2)).toEqual([500, 500 + 100 + Math.floor(0.25 * 801)]);
  });

  it('keeps the order when a post outlasts the next delay, and idle() waits for the last', async () => {
    const clock = new ManualClock('2026-01-15T10:00:00.000Z');
    const timers = manualTimers(clock);
    const order: string[] = [];
    let release: (() => void) | null = null;
    const echo = createStatusEcho({
      clock,
      appSecret: SECRET,
      delayMs: [100, 100],
      failedRate: 0,
      failedCode: 131050,
      schedule: (ms, fn) => timers.schedule(ms, fn),
      async post(raw) {
        const { events } = parseWebhook(JSON.parse(raw.toString('utf8')));
        const status = (events[0] as DeliveryStatus).status;
        // The first post hangs (a slow disk) until released.
        if (status === 'sent') await new Promise<void>((resolve) => (release = resolve));
        order.push(status);
        return { status: 200 };
      },
    });
    echo.accepted(message('wamid.S', '5511900000009'));
    // Every status is due after 300 ms, whatever the first post is doing.
    expect(timers.delays).toEqual([100, 200, 300]);
    await timers.run(300);
    expect(order).toEqual([]);
    let idle = false;
    const waiting = echo.idle().then(() => (idle = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    release!();
    await waiting;
    expect(order).toEqual(['sent', 'delivered', 'read']);
    expect(echo.counts()).toEqual({ posted: 3, refused: 0 });
  });

  it('names a recipient known only by its BSUID with recipient_user_id', async () => {
    const { timers, posted, echo } = setup();
    echo.accepted(message('wamid.U', null, 'US.13491208655302741918'));
    await timers.run(600);
    expect(posted[0]!.status).toMatchObject({
      recipientId: null,
      recipientUserId: 'US.13491208655302741918',
    });
  });

  it('counts what the webhook refused and goes on with the next status', async () => {
    const { timers, echo } = setup({ status: 503 });
    echo.accepted(message('wamid.R', '5511900000003'));
    await timers.run(10_000);
    expect(echo.counts()).toEqual({ posted: 0, refused: 3 });
  });
});
