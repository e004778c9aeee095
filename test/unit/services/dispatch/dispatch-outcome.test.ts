import {
  classifySendError,
  metaLimitDelayMs,
  numberBackoffMs,
  pairLimitDelayMs,
} from '../../../../src/services/dispatch/dispatch-outcome';
import { AmbiguousSendError, CloudApiError } from '../../../../src/whatsapp/errors';

const apiError = (code: number | null, httpStatus = 400, details: string | null = null) =>
  new CloudApiError({ code, title: `title ${code}`, details, httpStatus, fbtraceId: null });

describe('classifySendError', () => {
  it.each([130429, 4, 80007, 131016])('backs off the number on %i', (code) => {
    expect(classifySendError(apiError(code, 429)).kind).toBe('retry_number');
  });

  it('backs off only the recipient on the pair limit 131056', () => {
    expect(classifySendError(apiError(131056))).toEqual({
      kind: 'retry_recipient',
      code: 131056,
      title: 'title 131056',
    });
  });

  it('suppresses on 131050', () => {
    expect(classifySendError(apiError(131050)).kind).toBe('suppress');
  });

  it("holds the recipient back on 131049 (Meta's per-user marketing limit)", () => {
    expect(classifySendError(apiError(131049))).toEqual({
      kind: 'meta_limited',
      code: 131049,
      title: 'title 131049',
    });
  });

  it('waits 1 h, 2 h, 4 h ... after 131049, at most 24 h', () => {
    const hours = [1, 2, 3, 4, 5, 6, 9].map((n) => metaLimitDelayMs(n) / 3_600_000);
    expect(hours).toEqual([1, 2, 4, 8, 16, 24, 24]);
  });

  it.each([131026, 131047])('fails the recipient on %i', (code) => {
    expect(classifySendError(apiError(code))).toEqual({
      kind: 'fail',
      code,
      title: `title ${code}`,
    });
  });

  it.each([131048, 132000, 132001, 132012, 132015, 132016, 190, 368, 131031, 100])(
    'pauses the task on %i',
    (code) => {
      expect(classifySendError(apiError(code, 400, 'why'))).toEqual({
        kind: 'pause',
        code,
        title: `title ${code}`,
        details: 'why',
      });
    },
  );

  it('records an ambiguous answer as unknown and anything else as internal', () => {
    expect(classifySendError(new AmbiguousSendError('timeout of 15000ms exceeded'))).toEqual({
      kind: 'unknown',
      title: 'timeout of 15000ms exceeded',
    });
    expect(classifySendError(new Error('no access token'))).toEqual({
      kind: 'internal',
      title: 'no access token',
    });
  });

  it('fails a recipient on an error code it does not know (Meta answered: not sent)', () => {
    expect(classifySendError(apiError(999999, 400, 'odd'))).toEqual({
      kind: 'fail',
      code: 999999,
      title: 'title 999999: odd',
    });
  });
});

describe('retry delays', () => {
  it('doubles the number backoff with half of it jittered, up to five minutes', () => {
    expect(numberBackoffMs(0, () => 0)).toBe(1000);
    expect(numberBackoffMs(0, () => 1)).toBe(2000);
    expect(numberBackoffMs(3, () => 0.5)).toBe(12_000);
    expect(numberBackoffMs(20, () => 1)).toBe(300_000);
  });

  it('waits 4^attempts seconds for the pair limit', () => {
    expect([0, 1, 2, 3].map(pairLimitDelayMs)).toEqual([1000, 4000, 16_000, 64_000]);
  });
});
