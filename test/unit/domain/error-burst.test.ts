import {
  DEFAULT_ERROR_BURST,
  errorBurstTrips,
  resolveErrorBurst,
  type ErrorBurstRule,
} from '../../../src/domain/error-burst';

const rule: ErrorBurstRule = { minutes: 10, minCount: 50, share: 0.5, ignoreCodes: [] };

describe('errorBurstTrips', () => {
  it('needs the minimum count, whatever the share', () => {
    expect(errorBurstTrips(rule, 131050, { sends: 49, failed: 49, failedUnsent: 0 })).toBeNull();
    expect(errorBurstTrips(rule, 131050, { sends: 50, failed: 50, failedUnsent: 0 })).toMatch(
      /^Error burst: 50 of the task's 50 sends in the last 10 minutes \(100 %\) failed with error 131050/,
    );
  });

  it('trips at exactly the share and not below it', () => {
    expect(errorBurstTrips(rule, 131026, { sends: 200, failed: 99, failedUnsent: 0 })).toBeNull();
    expect(errorBurstTrips(rule, 131026, { sends: 200, failed: 100, failedUnsent: 0 })).toBe(
      "Error burst: 100 of the task's 200 sends in the last 10 minutes (50 %) failed with error 131026, at or above the tenant's limit of 50 % and 50 failures (settings.errorBurst); a provider fault is suspected, so the task stays paused until an admin resumes it",
    );
  });

  it('counts sends refused in the response, which sent no message, among the attempts', () => {
    // 60 refused at send time, 100 messages sent: 60 of 160 = 37.5 %.
    expect(errorBurstTrips(rule, 131050, { sends: 100, failed: 60, failedUnsent: 60 })).toBeNull();
    expect(errorBurstTrips(rule, 131050, { sends: 40, failed: 60, failedUnsent: 60 })).toMatch(
      /60 of the task's 100 sends .* \(60 %\)/,
    );
  });

  it('never reads above 100 % when statuses report sends from before the interval', () => {
    expect(errorBurstTrips(rule, 131050, { sends: 10, failed: 80, failedUnsent: 0 })).toMatch(
      /80 of the task's 80 sends .* \(100 %\)/,
    );
  });

  it('ignores the codes the tenant ignores', () => {
    const quiet = { ...rule, ignoreCodes: [131049] };
    expect(errorBurstTrips(quiet, 131049, { sends: 100, failed: 100, failedUnsent: 0 })).toBeNull();
  });
});

describe('resolveErrorBurst', () => {
  it('is on by default, off with null, and fills omitted fields', () => {
    expect(resolveErrorBurst(undefined)).toEqual(DEFAULT_ERROR_BURST);
    expect(resolveErrorBurst(null)).toBeNull();
    expect(resolveErrorBurst({ minCount: 5 })).toEqual({ ...DEFAULT_ERROR_BURST, minCount: 5 });
  });
});
