import type { Clock } from '../../clock';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import { sign } from '../signature';
import { serializeLikeMeta } from './build-inbound-webhook';
import { buildStatusWebhook, type StatusWebhookSpec } from './build-status-webhook';
import type { SandboxMessage } from './sandbox-state';

export interface StatusEchoOptions {
  clock: Clock;
  /** Signs each status webhook, so it goes through the real signature check. */
  appSecret: string;
  /** Hands a signed delivery to the app's webhook (in process, or over HTTP). */
  post(rawBody: Buffer, signatureHeader: string): Promise<{ status: number }>;
  /** Wait before each status, after the previous one's time (or the send), drawn from [min, max] ms. */
  delayMs: readonly [number, number];
  /** Share (0-1) of accepted messages reported `failed` after `sent`, instead of delivered and read. */
  failedRate: number;
  /** The error code of those failures (131026: undeliverable; 131050: the customer stopped marketing). */
  failedCode: number;
  /** Tests: the random source (0 <= x < 1) and the timer (`delayMs` after the send). */
  random?: () => number;
  schedule?: (delayMs: number, fn: () => void) => void;
  log?: Logger;
}

const FAILURE_TITLES: Record<number, string> = {
  131026: 'Message undeliverable',
  131050:
    'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business',
};

const defaultSchedule = (delayMs: number, fn: () => void) => {
  setTimeout(fn, delayMs).unref();
};

/**
 * Meta's side of a sent message, played by the sandbox: for each message it accepts, a signed
 * `sent`, then `delivered`, then `read` status webhook (or `failed` after `sent`, for the share
 * configured and for sends an `asStatus` failure rule matched), each after a random short delay, posted to the app's own webhook like Meta does.
 * A delivery the webhook refuses is logged and not retried (Meta would retry; the sandbox is a
 * stand-in for demos and benchmarks).
 */
export function createStatusEcho(opts: StatusEchoOptions) {
  const random = opts.random ?? Math.random;
  const schedule = opts.schedule ?? defaultSchedule;
  const [min, max] = opts.delayMs;
  let inFlight = 0;
  const counts = { posted: 0, refused: 0 };
  const waiting: (() => void)[] = [];

  const delay = () => min + Math.floor(random() * (max - min + 1));

  function settle(): void {
    inFlight -= 1;
    if (inFlight === 0) for (const done of waiting.splice(0)) done();
  }

  async function post(message: SandboxMessage, status: StatusWebhookSpec['status']) {
    const code = message.statusFailure ?? opts.failedCode;
    const recipient = message.waId ?? message.to.replace(/^\+/, '');
    const webhook = buildStatusWebhook({
      phoneNumberId: message.phoneNumberId,
      messageId: message.id,
      status,
      timestamp: opts.clock.now(),
      ...(/^\d+$/.test(recipient) ? { recipientId: recipient } : { recipientUserId: recipient }),
      ...(status === 'failed'
        ? {
            error: { code, title: FAILURE_TITLES[code] ?? 'Simulated by the stopline sandbox' },
          }
        : {}),
    });
    const raw = Buffer.from(serializeLikeMeta(webhook), 'utf8');
    try {
      const answer = await opts.post(raw, sign(opts.appSecret, raw));
      if (answer.status === 200) counts.posted += 1;
      else {
        counts.refused += 1;
        opts.log?.warn({ status: answer.status }, 'sandbox status echo: the webhook refused it');
      }
    } catch (err) {
      counts.refused += 1;
      opts.log?.warn({ err: coerceError(err) }, 'sandbox status echo: could not post it');
    }
  }

  /**
   * Schedules every status of `message` now, each a random delay after the one before, and posts
   * them in order: a status whose time comes while the one before is still being posted waits
   * for it. All timers exist from the moment of the send, so how much time must pass for the
   * statuses to be due never depends on how long a post takes (a test advancing fake timers by
   * the maximum delays gets every one, however slow the disk; each step counted as in flight
   * until posted).
   */
  function later(message: SandboxMessage, steps: StatusWebhookSpec['status'][]): void {
    let at = 0;
    let previous: Promise<void> = Promise.resolve();
    for (const status of steps) {
      at += delay();
      inFlight += 1;
      const after = previous;
      let posted!: () => void;
      previous = new Promise((resolve) => {
        posted = resolve;
      });
      schedule(at, () => {
        void after
          .then(() => post(message, status))
          .finally(() => {
            posted();
            settle();
          });
      });
    }
  }

  return {
    /** The sandbox accepted `message`: its statuses follow. */
    accepted(message: SandboxMessage): void {
      // A failure rule with asStatus names this message; otherwise the configured share fails.
      const fails =
        message.statusFailure !== undefined || (opts.failedRate > 0 && random() < opts.failedRate);
      later(message, fails ? ['sent', 'failed'] : ['sent', 'delivered', 'read']);
    },
    /** Statuses posted (answered 200) and refused so far. */
    counts: () => ({ ...counts }),
    /** Resolves once no status is waiting to be posted. */
    idle(): Promise<void> {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

export type StatusEcho = ReturnType<typeof createStatusEcho>;
