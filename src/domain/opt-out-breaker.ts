/**
 * The circuit breaker on a task's opt-out rate: a campaign that makes too many recipients opt
 * out hurts the number's quality rating (rated down, throttled, then disabled), so it stops
 * itself before Meta does. Pure.
 */
export interface OptOutBreaker {
  /** Largest share of delivered recipients who opt out after the message, e.g. 0.02 = 2 %. */
  maxRate: number;
  /** Delivered recipients needed before the rate means anything. */
  minDelivered: number;
}

/** The pause reason when the rate is over the limit, else null. */
export function optOutBreakerTrips(
  breaker: OptOutBreaker,
  optedOut: number,
  delivered: number,
): string | null {
  if (delivered < breaker.minDelivered || delivered === 0) return null;
  const rate = optedOut / delivered;
  if (rate <= breaker.maxRate) return null;
  const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;
  return `Opt-out rate ${pct(rate)} (${optedOut} of ${delivered} delivered recipients opted out) is above the tenant's limit of ${pct(breaker.maxRate)} (settings.optOutBreaker); check the audience and the message before resuming`;
}
