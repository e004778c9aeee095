/**
 * The circuit breaker on a task's opt-out rate: a campaign that makes too many recipients opt
 * out hurts the number's quality rating (rated down, throttled, then disabled), so it stops
 * itself before Meta does. Two rules over one window of the task's sends. Pure.
 *
 * - **Rate**: of the recipients reached by a window of `windowSends` of the task's sends, more than
 *   `maxRate` opted out (once at least `minDelivered` of them were reached).
 * - **Spike**: the newest `spike.sends` of those sends opted out above the tenant's `maxRate`
 *   and above `spike.factor` times the rate of the window's earlier sends (the task's running
 *   rate), with at least `spike.minOptOuts` opt-outs. It reacts on a short stretch of sends,
 *   before the rate rule's minimum sample is there, and to a sudden change in a long task.
 */

export interface SpikeRule {
  /** The newest sends that make the "short interval" (counted in sends, so 1 msg/s and 1,000 msg/s read alike). */
  sends: number;
  /** How far above the task's running rate the short interval must be. */
  factor: number;
  /** Opt-outs needed in the short interval: a handful of sends can never trip it. */
  minOptOuts: number;
}

export interface OptOutBreaker {
  /** Largest share of reached recipients who opt out after the message, e.g. 0.02 = 2 %. */
  maxRate: number;
  /** Reached recipients in the window needed before the rate means anything. */
  minDelivered: number;
  /** The task's most recent sends the rate is measured over. */
  windowSends: number;
  spike: SpikeRule | null;
}

/** The setting as stored: `windowSends` and `spike` came later (absent = their defaults). */
export interface StoredOptOutBreaker {
  maxRate: number;
  minDelivered: number;
  windowSends?: number;
  spike?: SpikeRule | null;
}

export const DEFAULT_WINDOW_SENDS = 1000;
/**
 * 10 opt-outs in 200 sends (5 %): a healthy campaign at 1 % (2 expected per 200) reaches that
 * about once in 20,000 windows, so the rule almost never cries wolf over a whole campaign, while
 * a segment opting out at 10 % trips it within its first 200 sends.
 */
export const DEFAULT_SPIKE: SpikeRule = { sends: 200, factor: 3, minOptOuts: 10 };

/**
 * The rule with its defaults filled in. A setting saved before the window existed keeps its
 * meaning as far as it can: the window is at least as large as its minimum sample.
 */
export function resolveOptOutBreaker(stored: StoredOptOutBreaker): OptOutBreaker {
  return {
    maxRate: stored.maxRate,
    minDelivered: stored.minDelivered,
    windowSends: stored.windowSends ?? Math.max(DEFAULT_WINDOW_SENDS, stored.minDelivered),
    spike: stored.spike === undefined ? DEFAULT_SPIKE : stored.spike,
  };
}

/** One send of the window, newest first. */
export interface WindowSend {
  /** Delivered or read, or the recipient opted out (a STOP answers a message that arrived). */
  reached: boolean;
  /** An opt-out attributed to this send (any source, however late). */
  optedOut: boolean;
  /** The opt-out is Meta's error 131050 on the send's status (named in the reason). */
  metaError?: boolean;
}

interface Tally {
  sends: number;
  reached: number;
  optedOut: number;
  /** Of the opt-outs, Meta's 131050s. */
  metaErrors: number;
}

function tally(sends: readonly WindowSend[]): Tally {
  let reached = 0;
  let optedOut = 0;
  let metaErrors = 0;
  for (const s of sends) {
    if (s.reached || s.optedOut) reached += 1;
    if (s.optedOut) optedOut += 1;
    if (s.optedOut && s.metaError) metaErrors += 1;
  }
  return { sends: sends.length, reached, optedOut, metaErrors };
}

export const pct = (x: number): string => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;

/**
 * The pause reason when either rule trips on this window (consecutive sends of the task, newest
 * first, at most `windowSends`), else null. The rate rule trips strictly above `maxRate`:
 * exactly at the limit is allowed.
 */
export function optOutBreakerTrips(
  breaker: OptOutBreaker,
  window: readonly WindowSend[],
): string | null {
  const sends = window.slice(0, breaker.windowSends);
  const all = tally(sends);
  if (all.reached >= breaker.minDelivered && all.reached > 0) {
    const rate = all.optedOut / all.reached;
    if (rate > breaker.maxRate)
      return `Opt-out rate ${pct(rate)} over a window of ${all.sends} of the task's sends (${all.optedOut} of ${all.reached} recipients reached opted out${metaNote(all)}) is above the tenant's limit of ${pct(breaker.maxRate)} (settings.optOutBreaker); check the audience and the message before resuming`;
  }
  return spikeTrips(breaker, sends);
}

function spikeTrips(breaker: OptOutBreaker, sends: readonly WindowSend[]): string | null {
  const spike = breaker.spike;
  if (!spike || sends.length < spike.sends) return null;
  const recent = tally(sends.slice(0, spike.sends));
  if (recent.optedOut < spike.minOptOuts || recent.reached === 0) return null;
  const earlier = tally(sends.slice(spike.sends));
  const running = earlier.reached > 0 ? earlier.optedOut / earlier.reached : 0;
  const rate = recent.optedOut / recent.reached;
  if (rate <= breaker.maxRate || rate <= spike.factor * running) return null;
  return `Opt-out rate spike: ${recent.optedOut} of the ${recent.reached} recipients reached by the newest ${recent.sends} sends of the window opted out (${pct(rate)}${metaNote(recent)}), above the tenant's limit of ${pct(breaker.maxRate)} and ${spike.factor} × the task's running rate of ${pct(running)} over the ${earlier.sends} sends before them (settings.optOutBreaker.spike); check the audience and the message before resuming`;
}

/**
 * Meta's 131050s among the opt-outs: named, because a burst of false ones (a provider fault)
 * reads like a campaign nobody wanted, and its opt-outs can be lifted in one call.
 */
function metaNote(t: Tally): string {
  if (t.metaErrors === 0) return '';
  return `; ${t.metaErrors} of them Meta's error 131050 on the message: if Meta confirms an incident, POST /admin/opt-outs/revoke-error-burst lifts those`;
}
