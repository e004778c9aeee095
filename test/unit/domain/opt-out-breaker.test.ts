import { optOutBreakerTrips } from '../../../src/domain/opt-out-breaker';

describe('optOutBreakerTrips', () => {
  const breaker = { maxRate: 0.02, minDelivered: 1000 };

  it('waits for enough delivered recipients before judging', () => {
    expect(optOutBreakerTrips(breaker, 500, 999)).toBeNull();
  });

  it('trips above the rate, with the figures, and not at it', () => {
    expect(optOutBreakerTrips(breaker, 20, 1000)).toBeNull();
    expect(optOutBreakerTrips(breaker, 31, 1000)).toBe(
      "Opt-out rate 3.1 % (31 of 1000 delivered recipients opted out) is above the tenant's limit of 2 % (settings.optOutBreaker); check the audience and the message before resuming",
    );
  });
});
