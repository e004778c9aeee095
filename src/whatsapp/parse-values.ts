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
