/**
 * The error-burst guard: the breaker's opposite failure. When one Cloud API error code hits a
 * large share of a task's sends within a few minutes, it is more likely a provider fault than
 * thousands of customers at once (a Meta incident once reported false 131050s, and a system
 * that trusted them opted thousands out). The task pauses for an admin instead of going on
 * recording per-recipient outcomes. Pure.
 */
import { pct } from './opt-out-breaker';

export interface ErrorBurstRule {
  /** The interval the failures are counted in. */
  minutes: number;
  /** Failures with the one code needed: a few unlucky sends never trip it. */
  minCount: number;
  /** Share of the task's sends in the interval that failed with the code, e.g. 0.5. */
  share: number;
  /** Codes never counted (e.g. 131049 for an audience Meta caps often). */
  ignoreCodes: number[];
}

/** On by default: a provider fault must not turn into silent opt-outs. */
export const DEFAULT_ERROR_BURST: ErrorBurstRule = {
  minutes: 10,
  minCount: 50,
  share: 0.5,
  ignoreCodes: [],
};

/** The setting as stored: absent = the default (on); null = off. */
export function resolveErrorBurst(
  stored: Partial<ErrorBurstRule> | null | undefined,
): ErrorBurstRule | null {
  if (stored === null) return null;
  return { ...DEFAULT_ERROR_BURST, ...(stored ?? {}) };
}

/** What the store counted for one task and code since the interval's start. */
export interface BurstCounts {
  /** Messages the task sent (accepted by Meta) in the interval. */
  sends: number;
  /** Recipients that failed with the code in the interval (send response or status). */
  failed: number;
  /** Of those, refused in the send response (no message went out, so not among `sends`). */
  failedUnsent: number;
}

/** The pause reason when the burst rule trips, else null. Trips at exactly `share`. */
export function errorBurstTrips(
  rule: ErrorBurstRule,
  code: number,
  counts: BurstCounts,
): string | null {
  if (rule.ignoreCodes.includes(code)) return null;
  const attempts = counts.sends + counts.failedUnsent;
  if (counts.failed < rule.minCount || attempts === 0) return null;
  // A status may report a send from just before the interval: never above 100 %.
  const share = Math.min(1, counts.failed / attempts);
  if (share < rule.share) return null;
  return `Error burst: ${counts.failed} of the task's ${Math.max(attempts, counts.failed)} sends in the last ${rule.minutes} minutes (${pct(share)}) failed with error ${code}, at or above the tenant's limit of ${pct(rule.share)} and ${rule.minCount} failures (settings.errorBurst); a provider fault is suspected, so the task stays paused until an admin resumes it`;
}
