import { ERROR_CODES } from '../../src/errors';

/**
 * What every error body must be: `{ error, code, requestId }` and nothing else. `error` may be
 * narrowed (a regex); `code` is one of the documented codes; `requestId` a non-empty id.
 */
export function anErrorBody(error: unknown = expect.any(String)) {
  return {
    error,
    code: expect.stringMatching(new RegExp(`^(${ERROR_CODES.join('|')})$`)),
    requestId: expect.stringMatching(/^[\w.-]{1,128}$/),
  };
}
