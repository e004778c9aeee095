import type { WebhookError } from './webhook-events';

/** Small readers for untrusted JSON: each returns null instead of throwing. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, or null. */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function list(value: unknown): unknown[] | null {
  return Array.isArray(value) ? value : null;
}

/** `obj.a.b.c` when every step is an object, else undefined. */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

// Unix seconds up to year 5138: enough, and it keeps "1e99" or 40-digit strings out.
const UNIX_SECONDS = /^\d{1,11}$/;

/**
 * Meta sends Unix seconds as a string in messages and statuses and as a number in
 * user_preferences; accept both, reject anything else (null).
 */
export function unixSeconds(value: unknown): Date | null {
  let seconds: number;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value <= 0) return null;
    seconds = value;
  } else if (typeof value === 'string' && UNIX_SECONDS.test(value)) {
    seconds = Number(value);
    if (seconds <= 0) return null;
  } else {
    return null;
  }
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 10^12 ms is September 2001; as seconds it would be the year 33658: clearly milliseconds. */
const MS_FROM = 1e12;
const MS_UNTIL = 1e14;

/**
 * An event's time: Unix seconds as Meta sends them; milliseconds (a relaying BSP or proxy
 * may send them) read as seconds; anything else unusable ("0", "-5", "abc", missing) replaced
 * by the time the delivery was received, when the caller knows it. `note` says what was
 * repaired (null: nothing), for a warning; null when the time is unusable and no receive time
 * is known. An unusable time must not turn a STOP into nothing: the words still count.
 */
export function eventTime(
  value: unknown,
  receivedAt: Date | null,
): { time: Date; note: string | null } | null {
  const seconds = unixSeconds(value);
  if (seconds !== null) return { time: seconds, note: null };
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{13,14}$/.test(value)
        ? Number(value)
        : NaN;
  if (Number.isSafeInteger(n) && n >= MS_FROM && n < MS_UNTIL) {
    return {
      time: new Date(Math.floor(n / 1000) * 1000),
      note: `timestamp ${describe(value)} is in milliseconds; read as seconds`,
    };
  }
  if (receivedAt === null) return null;
  return {
    time: receivedAt,
    note: `timestamp ${describe(value)} is unusable; the time it was received is used`,
  };
}

/** Meta's error objects; entries without a numeric code are dropped (nothing to act on). */
export function webhookErrors(value: unknown): WebhookError[] {
  const errors: WebhookError[] = [];
  for (const item of list(value) ?? []) {
    if (!isObject(item)) continue;
    const code =
      typeof item.code === 'number'
        ? item.code
        : typeof item.code === 'string' && /^\d+$/.test(item.code)
          ? Number(item.code)
          : null;
    if (code === null || !Number.isFinite(code)) continue;
    errors.push({
      code,
      title: str(item.title) ?? str(item.message) ?? '',
      details: str(at(item, 'error_data', 'details')),
    });
  }
  return errors;
}

/** For skip reasons: a short, safe rendering of an unexpected value. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
