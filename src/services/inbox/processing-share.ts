/**
 * How the inbox processor shares the one event loop with the webhook. Acknowledging Meta comes
 * first, but a steady flood of deliveries must not starve processing (the flood is the
 * campaign's own receipts, and behind them may wait a STOP). The rule: in every window of
 * `windowMs` (100 ms) the processor may work `shareMs` (20 ms) whatever the webhook does; past
 * its share it goes on only while the webhook is quiet (nothing waiting to be stored and no
 * delivery for a few milliseconds: webhook-ingest.ts `quiet`), and otherwise waits until the
 * window ends. Between any two steps it lets waiting I/O in.
 */
export interface ProcessingShareOptions {
  /** Resolves when the webhook is quiet (no delivery waiting, none arriving for a moment). */
  webhookQuiet?: () => Promise<void>;
  /** Milliseconds from a monotonic clock (performance.now). */
  now?: () => number;
  windowMs?: number;
  shareMs?: number;
}

export const SHARE_WINDOW_MS = 100;
export const SHARE_MS = 20;

const turnOfTheLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createProcessingShare(opts: ProcessingShareOptions = {}) {
  const now = opts.now ?? (() => performance.now());
  const windowMs = opts.windowMs ?? SHARE_WINDOW_MS;
  const shareMs = opts.shareMs ?? SHARE_MS;
  let windowStart = now();
  let resumedAt = windowStart;
  let used = 0;
  let queued: Promise<void> = Promise.resolve();
  /** Ends the wait in progress (release()); null while none is. */
  let endWait: (() => void) | null = null;

  function startWindowIfOver(t: number): void {
    if (t - windowStart < windowMs) return;
    windowStart = t;
    used = 0;
  }

  return {
    /** Call between two steps of work: counts the step just done and waits if the share is used. */
    async pause(): Promise<void> {
      const t = now();
      used += t - resumedAt;
      startWindowIfOver(t);
      if (used >= shareMs && opts.webhookQuiet) {
        let timer: NodeJS.Timeout | undefined;
        const windowEnd = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.max(0, windowStart + windowMs - t));
          endWait = resolve;
        });
        await Promise.race([opts.webhookQuiet(), windowEnd]);
        clearTimeout(timer);
        endWait = null;
      }
      await turnOfTheLoop();
      resumedAt = now();
      startWindowIfOver(resumedAt);
    },
    /**
     * Resolves on a later turn of the loop than the previous caller's: entries started side by
     * side take one turn each, with the webhook's waiting I/O let in between, instead of all
     * running their first stretch of work (parse, classify) back to back in one turn.
     */
    turn(): Promise<void> {
      const mine = queued.then(turnOfTheLoop);
      queued = mine;
      return mine;
    },
    /**
     * Ends the wait for the webhook now, if one is in progress: someone wants the inbox drained
     * at once (the shutdown, a test). Without it a wait begun just before goes on until the
     * webhook is quiet or the window ends, both timers, which a caller cannot hurry.
     */
    release(): void {
      endWait?.();
    },
    /** Milliseconds of the current window's share already used (tests, metrics). */
    used: () => used,
  };
}

export type ProcessingShare = ReturnType<typeof createProcessingShare>;
