/**
 * Meta-shaped error answers for the sandbox: the same JSON the Graph API sends, so the real
 * client maps them exactly as it would in production.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
 */

const TITLES: Record<number, string> = {
  1: 'API Unknown',
  2: 'API Service',
  4: 'API Too Many Calls',
  100: 'Invalid parameter',
  190: 'Access token has expired',
  368: 'Temporarily blocked for policies violations',
  80007: 'Rate limit issues',
  130429: 'Rate limit hit',
  130472: "User's number is part of an experiment",
  131000: 'Something went wrong',
  131016: 'Service unavailable',
  131026: 'Message undeliverable',
  131031: 'Account has been locked',
  131042: 'Business eligibility payment issue',
  131047: 'Re-engagement message',
  131048: 'Spam rate limit hit',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
  131050:
    'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business',
  131051: 'Unsupported message type',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template does not exist',
  132012: 'Parameter format does not match format in the created template',
  132015: 'Template is Paused',
  132016: 'Template is Disabled',
};

/** The HTTP status Meta uses with a code, where it is not the usual 400. */
const STATUSES: Record<number, number> = {
  1: 500,
  2: 503,
  4: 429,
  190: 401,
  80007: 429,
  131000: 500,
  131016: 503,
  132001: 404,
};

export function defaultStatusFor(code: number): number {
  return STATUSES[code] ?? 400;
}

/** `{ error: { message, type, code, error_data: { details }, fbtrace_id } }` as Graph sends it. */
export function graphErrorBody(code: number, details: string, fbtraceId: string) {
  const title = TITLES[code] ?? 'Sandbox error';
  return {
    error: {
      message: `(#${code}) ${title}`,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details },
      fbtrace_id: fbtraceId,
    },
  };
}

/** A failure with an HTTP status but no Graph error code (a proxy or an outage page). */
export function codelessErrorBody(status: number, fbtraceId: string) {
  return {
    error: {
      message: `Sandbox: simulated HTTP ${status}`,
      type: 'SandboxError',
      fbtrace_id: fbtraceId,
    },
  };
}
