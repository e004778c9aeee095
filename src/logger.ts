import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Field paths whose values are secrets; pino replaces them with "[redacted]". */
const REDACT = [
  'req.headers.authorization',
  'req.headers["x-hub-signature-256"]',
  'req.headers.cookie',
  'headers.authorization',
  '*.accessToken',
  '*.access_token',
  '*.apiKey',
  '*.appSecret',
  '*.adminToken',
  '*.token',
  'accessToken',
  'apiKey',
  'appSecret',
];

/** Creates the service logger; tests pass a writable `destination` to capture and assert on logs. */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { service: 'stopline' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    opts.destination,
  );
}

/** "+5511987654321" → "*******4321": phone numbers and ids in logs keep only the last 4. */
export function maskContact(contact: string | null | undefined): string {
  if (!contact) return '';
  if (contact.includes('@')) {
    const [user, domain] = contact.split('@');
    return `${(user ?? '').slice(0, 1)}***@${domain ?? ''}`;
  }
  return contact.length <= 4
    ? '****'
    : `${'*'.repeat(Math.min(contact.length - 4, 8))}${contact.slice(-4)}`;
}
