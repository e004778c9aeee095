/**
 * Finds secrets and full phone numbers in captured log lines. Phone numbers are looked for by
 * their digits (E.164 without "+" is a wa_id, and "%2B" + digits is the URL form): a masked
 * form such as *******4321 keeps only the last four.
 */
export interface Leak {
  what: string;
  line: string;
}

export function findLeaks(
  lines: readonly string[],
  opts: { secrets: Record<string, string>; phones: readonly string[] },
): Leak[] {
  const leaks: Leak[] = [];
  const phoneDigits = [...new Set(opts.phones.map((p) => p.replace(/\D/g, '')))];
  for (const line of lines) {
    for (const [what, secret] of Object.entries(opts.secrets)) {
      if (secret !== '' && line.includes(secret)) leaks.push({ what, line });
    }
    for (const digits of phoneDigits) {
      if (line.includes(digits)) leaks.push({ what: `phone number ${digits}`, line });
    }
  }
  return leaks;
}

/** A short report for a failing expectation: the first few leaks, each line cut to 300 chars. */
export function describeLeaks(leaks: Leak[]): string {
  return leaks
    .slice(0, 5)
    .map((l) => `${l.what}: ${l.line.slice(0, 300)}`)
    .join('\n');
}
