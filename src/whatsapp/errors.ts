/**
 * What a failed send means for the sender, decided by Meta's error code (never by the title,
 * which Meta is deprecating): https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
 *
 * - retry_number: the number (or Meta) is overloaded; back off and retry the same send.
 * - retry_recipient: only this recipient is rate-limited (pair limit); retry it later.
 * - suppress: the recipient stopped marketing at Meta; record an opt-out, never retry.
 * - back_off_recipient: Meta holds this recipient's marketing for a while (131049, its per-user
 *   marketing limit: "not delivered to maintain healthy ecosystem engagement"); retry much later.
 * - fail_recipient: this recipient cannot get this message; do not retry.
 * - pause_task: the template, account or token is wrong; retrying would fail for everyone.
 * - unknown: a code we do not recognise (a 5xx without one is ambiguous: see AmbiguousSendError).
 */
export type ErrorAction =
  | 'retry_number'
  | 'retry_recipient'
  | 'back_off_recipient'
  | 'suppress'
  | 'fail_recipient'
  | 'pause_task'
  | 'unknown';

const ACTIONS = new Map<number, ErrorAction>([
  // 130429 throughput, 4 app call limit, 80007 WABA rate limit, 131016 service unavailable,
  // 131000 something went wrong, 1 unknown API error, 2 API service down.
  ...[130429, 4, 80007, 131016, 131000, 1, 2].map((c) => [c, 'retry_number'] as const),
  [131056, 'retry_recipient'],
  [131050, 'suppress'],
  [131049, 'back_off_recipient'],
  // 131026 undeliverable, 131047 outside the 24 h window, 130472 experiment hold-out,
  // 131051 unsupported message type.
  ...[131026, 131047, 130472, 131051].map((c) => [c, 'fail_recipient'] as const),
  // 131048 spam rate limit, 190 token, 368 policy block, 131031 account locked,
  // 100 invalid parameter, 131042 payment problem.
  ...[131048, 190, 368, 131031, 100, 131042].map((c) => [c, 'pause_task'] as const),
]);

/** Template errors 132000-132016 (parameter mismatch, missing, paused, disabled ...). */
const TEMPLATE_ERRORS = { from: 132000, to: 132016 };

export function classifyErrorCode(code: number | null, httpStatus?: number): ErrorAction {
  if (code !== null) {
    const action = ACTIONS.get(code);
    if (action) return action;
    if (code >= TEMPLATE_ERRORS.from && code <= TEMPLATE_ERRORS.to) return 'pause_task';
  }
  // An HTTP 429 is a rate limit whatever the body says.
  if (httpStatus === 429) return 'retry_number';
  return 'unknown';
}

export interface CloudApiErrorFields {
  code: number | null;
  title: string;
  details: string | null;
  httpStatus: number | null;
  fbtraceId: string | null;
  /** Overrides the classification by code (e.g. a connection refused: nothing sent, retry). */
  action?: ErrorAction;
}

/**
 * Meta answered, and said no (or, with code null, the request could not leave): no message was
 * sent. `action` says what the sender should do about it.
 */
export class CloudApiError extends Error {
  readonly code: number | null;
  readonly title: string;
  readonly details: string | null;
  readonly httpStatus: number | null;
  readonly fbtraceId: string | null;
  readonly action: ErrorAction;

  constructor(fields: CloudApiErrorFields, options?: { cause?: unknown }) {
    const code = fields.code === null ? '' : ` ${fields.code}`;
    const details = fields.details ? `: ${fields.details}` : '';
    super(
      `WhatsApp Cloud API error${code} (HTTP ${fields.httpStatus ?? '-'}) ${fields.title}${details}`,
      options,
    );
    this.name = 'CloudApiError';
    this.code = fields.code;
    this.title = fields.title;
    this.details = fields.details;
    this.httpStatus = fields.httpStatus;
    this.fbtraceId = fields.fbtraceId;
    this.action = fields.action ?? classifyErrorCode(fields.code, fields.httpStatus ?? undefined);
  }
}

/**
 * The request may have reached Meta, but no clear answer came back (timeout, dropped
 * connection, 5xx without a recognised code). Sends are at most once, so the caller records the
 * outcome as unknown instead of retrying.
 */
export class AmbiguousSendError extends Error {
  readonly httpStatus: number | null;

  constructor(message: string, options?: { cause?: unknown; httpStatus?: number | null }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AmbiguousSendError';
    this.httpStatus = options?.httpStatus ?? null;
  }
}
