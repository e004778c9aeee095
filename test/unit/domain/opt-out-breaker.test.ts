import {
  optOutBreakerTrips,
  resolveOptOutBreaker,
  type OptOutBreaker,
  type WindowSend,
} from '../../../src/domain/opt-out-breaker';

const reached: WindowSend = { reached: true, optedOut: false };
const out: WindowSend = { reached: true, optedOut: true };
const unreached: WindowSend = { reached: false, optedOut: false };
/** `n` sends, the first `optedOut` of them (the newest) opted out. */
const sends = (n: number, optedOut: number, fill: WindowSend = reached): WindowSend[] =>
  Array.from({ length: n }, (_, i) => (i < optedOut ? out : fill));

const rateOnly: OptOutBreaker = {
  maxRate: 0.02,
  minDelivered: 500,
  windowSends: 1000,
  spike: null,
};

describe('optOutBreakerTrips: the rate over the last sends', () => {
  it('waits for the minimum sample of recipients reached', () => {
    // 499 reached, 100 of them opted out: far above 2 %, but below the sample.
    expect(optOutBreakerTrips(rateOnly, sends(499, 100))).toBeNull();
    // Sends that never reached anyone do not count towards the sample.
    expect(
      optOutBreakerTrips(rateOnly, [...sends(499, 100), ...sends(501, 0, unreached)]),
    ).toBeNull();
    expect(optOutBreakerTrips(rateOnly, sends(500, 100))).toMatch(/^Opt-out rate 20 %/);
  });

  it('allows exactly the limit and trips just above it', () => {
    expect(optOutBreakerTrips(rateOnly, sends(1000, 20))).toBeNull();
    expect(optOutBreakerTrips(rateOnly, sends(1000, 21))).toBe(
      "Opt-out rate 2.1 % over a window of 1000 of the task's sends (21 of 1000 recipients reached opted out) is above the tenant's limit of 2 % (settings.optOutBreaker); check the audience and the message before resuming",
    );
  });

  it('counts an opted-out recipient as reached even without a delivered receipt', () => {
    const window = [
      ...Array.from({ length: 30 }, () => ({ reached: false, optedOut: true })),
      ...sends(470, 0),
    ];
    expect(optOutBreakerTrips(rateOnly, window)).toMatch(/\(30 of 500 recipients reached/);
  });

  it('slides: only the newest windowSends sends count', () => {
    // 30 opt-outs among the oldest sends: inside a 1,000-send window they trip it ...
    const window = [...sends(970, 0), ...sends(30, 30)];
    expect(optOutBreakerTrips(rateOnly, window)).toMatch(/30 of 1000/);
    // ... 100 sends later they are out of it.
    expect(optOutBreakerTrips(rateOnly, [...sends(100, 0), ...window])).toBeNull();
  });
});

it("names Meta's 131050s among the opt-outs, and where to lift them", () => {
  const metaStop: WindowSend = { reached: false, optedOut: true, metaError: true };
  const window = [...Array.from({ length: 20 }, () => metaStop), ...sends(480, 5)];
  expect(optOutBreakerTrips(rateOnly, window)).toMatch(
    /\(25 of 500 recipients reached opted out; 20 of them Meta's error 131050 on the message: if Meta confirms an incident, POST \/admin\/opt-outs\/revoke-error-burst lifts those\)/,
  );
});

describe('optOutBreakerTrips: the spike', () => {
  const spiky: OptOutBreaker = {
    maxRate: 0.02,
    minDelivered: 500,
    windowSends: 1000,
    spike: { sends: 100, factor: 3, minOptOuts: 5 },
  };

  it('trips on the newest sends before the rate rule has its sample', () => {
    expect(optOutBreakerTrips(spiky, sends(100, 5))).toBe(
      "Opt-out rate spike: 5 of the 100 recipients reached by the newest 100 sends of the window opted out (5 %), above the tenant's limit of 2 % and 3 × the task's running rate of 0 % over the 0 sends before them (settings.optOutBreaker.spike); check the audience and the message before resuming",
    );
  });

  it('never trips on the first handful of sends, nor below its minimum of opt-outs', () => {
    expect(optOutBreakerTrips(spiky, sends(99, 20))).toBeNull();
    expect(optOutBreakerTrips(spiky, sends(100, 4))).toBeNull();
  });

  it('is measured against the running rate of the earlier sends', () => {
    // Newest 100: 8 % (8 opted out). Earlier 300: 3 % (9 of 300), factor 3 → needs above 9 %.
    const window = [...sends(100, 8), ...sends(300, 9)];
    expect(optOutBreakerTrips(spiky, window)).toBeNull();
    // Earlier 300 at 2 % (6 of 300) → above 6 % trips.
    expect(optOutBreakerTrips(spiky, [...sends(100, 8), ...sends(300, 6)])).toMatch(
      /^Opt-out rate spike: 8 of the 100 .* running rate of 2 % over the 300 sends/,
    );
  });

  it('never trips at or below the tenant limit, however low the running rate', () => {
    expect(optOutBreakerTrips(spiky, [...sends(100, 2), ...sends(800, 0)])).toBeNull();
    const atLimit: OptOutBreaker = { ...spiky, spike: { sends: 100, factor: 3, minOptOuts: 2 } };
    expect(optOutBreakerTrips(atLimit, [...sends(100, 2), ...sends(300, 0)])).toBeNull();
    expect(optOutBreakerTrips(atLimit, [...sends(100, 3), ...sends(300, 0)])).toMatch(/spike/);
  });
});

describe('resolveOptOutBreaker', () => {
  it('gives the first shape of the setting a window of at least its sample and the default spike', () => {
    expect(resolveOptOutBreaker({ maxRate: 0.02, minDelivered: 500 })).toEqual({
      maxRate: 0.02,
      minDelivered: 500,
      windowSends: 1000,
      spike: { sends: 200, factor: 3, minOptOuts: 10 },
    });
    expect(resolveOptOutBreaker({ maxRate: 0.02, minDelivered: 5000 }).windowSends).toBe(5000);
    expect(
      resolveOptOutBreaker({ maxRate: 0.02, minDelivered: 50, windowSends: 200, spike: null }),
    ).toEqual({ maxRate: 0.02, minDelivered: 50, windowSends: 200, spike: null });
  });
});
