import {
  AmbiguousSendError,
  CloudApiError,
  classifyErrorCode,
  type ErrorAction,
} from '../../../src/whatsapp/errors';

describe('classifyErrorCode', () => {
  const table: [number | null, number | undefined, ErrorAction][] = [
    [130429, 400, 'retry_number'],
    [4, 429, 'retry_number'],
    [80007, 429, 'retry_number'],
    [131016, 503, 'retry_number'],
    [131000, 500, 'retry_number'],
    [1, 500, 'retry_number'],
    [2, 503, 'retry_number'],
    [131056, 400, 'retry_recipient'],
    [131050, undefined, 'suppress'],
    [131049, undefined, 'back_off_recipient'],
    [131026, undefined, 'fail_recipient'],
    [131047, 400, 'fail_recipient'],
    [130472, undefined, 'fail_recipient'],
    [131051, 400, 'fail_recipient'],
    [131048, 400, 'pause_task'],
    [132000, 400, 'pause_task'],
    [132001, 404, 'pause_task'],
    [132012, 400, 'pause_task'],
    [132015, 400, 'pause_task'],
    [132016, 400, 'pause_task'],
    [190, 401, 'pause_task'],
    [368, 403, 'pause_task'],
    [131031, 403, 'pause_task'],
    [100, 400, 'pause_task'],
    [131042, 400, 'pause_task'],
    [132017, 400, 'unknown'],
    [131999, 400, 'unknown'],
    [3, 400, 'unknown'],
    [null, 500, 'unknown'],
    [null, 503, 'unknown'],
    [null, undefined, 'unknown'],
    [null, 429, 'retry_number'],
    [999999, 429, 'retry_number'],
  ];

  it.each(table)('code %p with HTTP %p → %s', (code, status, action) => {
    expect(classifyErrorCode(code, status)).toBe(action);
  });

  it('lets a recognised code win over the HTTP status', () => {
    expect(classifyErrorCode(131050, 429)).toBe('suppress');
    expect(classifyErrorCode(190, 500)).toBe('pause_task');
  });
});

describe('CloudApiError', () => {
  it('carries the fields, the action and a message that names the code and details', () => {
    const err = new CloudApiError({
      code: 132001,
      title: 'Template name does not exist in the translation',
      details: 'template name (summer_promo) does not exist in pt_BR',
      httpStatus: 404,
      fbtraceId: 'AbCdEf123',
    });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('CloudApiError');
    expect(err.action).toBe('pause_task');
    expect(err.fbtraceId).toBe('AbCdEf123');
    expect(err.message).toBe(
      'WhatsApp Cloud API error 132001 (HTTP 404) Template name does not exist in the translation: template name (summer_promo) does not exist in pt_BR',
    );
  });

  it('classifies a code-less 429 as a number-level retry', () => {
    const err = new CloudApiError({
      code: null,
      title: 'Too Many Requests',
      details: null,
      httpStatus: 429,
      fbtraceId: null,
    });
    expect(err.action).toBe('retry_number');
    expect(err.message).toBe('WhatsApp Cloud API error (HTTP 429) Too Many Requests');
  });
});

describe('AmbiguousSendError', () => {
  it('keeps the cause and the HTTP status', () => {
    const cause = new Error('socket hang up');
    const err = new AmbiguousSendError('no answer from Meta', { cause, httpStatus: 502 });
    expect(err.name).toBe('AmbiguousSendError');
    expect(err.cause).toBe(cause);
    expect(err.httpStatus).toBe(502);
    expect(new AmbiguousSendError('x').httpStatus).toBeNull();
  });
});
