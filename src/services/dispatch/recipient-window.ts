/**
 * Sending windows on the recipient's clock (`policy.window.timeZone: "recipient"` or a preset):
 * each recipient's zones (its import column; else libphonenumber's zones for its number; else
 * the tenant's), the window open in EVERY one of them (a number libphonenumber places in
 * several zones is sent to only while it is inside the window wherever it may be), and for the
 * `us_marketing` preset the legal hours of the number's state as well.
 */
import { usMarketingHours, usStateOfPlace } from '../../domain/us-marketing-hours';
import type { Recipient, SendingWindow, Task, Tenant } from '../../domain/types';
import { nextCommonOpening, windowsRule, type OpenRule } from '../../domain/zoned-rules';
import { nanpPlaceOfNumber, zonesOfNumber } from './phone-zones';

/**
 * A recipient whose window closes within this much of the check is held back too: a batch
 * sends for up to 1.5 s after its check (see dispatch-batch.ts), never past the closing time.
 */
export const CLOSING_GUARD_MS = 2_000;

/** True when the task's window is read on each recipient's clock rather than the tenant's. */
export function onRecipientClock(task: Pick<Task, 'policy'>): boolean {
  const w = task.policy.window;
  return w !== null && (w.timeZone === 'recipient' || w.preset !== undefined);
}

/** The zones a recipient's window is read in (never empty). */
export function recipientZones(
  r: Pick<Recipient, 'contact' | 'timeZone'>,
  tenantZone: string,
): readonly string[] {
  if (r.timeZone) return [r.timeZone];
  const zones = zonesOfNumber(r.contact);
  // Not a phone number (a BSUID) or a prefix libphonenumber does not place: the tenant's zone.
  return zones.length > 0 ? zones : [tenantZone];
}

/** Open now, or held back until `until` (null: the zones' windows never overlap). */
export type WindowVerdict = { open: true } | { open: false; until: Date | null };

/**
 * A checker for one batch at one instant: recipients sharing zones (and, for the preset, a
 * state) share one verdict, so a batch costs a few Intl look-ups, not a few per recipient.
 */
export function recipientWindowCheck(
  task: Pick<Task, 'policy'>,
  tenant: Pick<Tenant, 'settings'>,
  now: Date,
): (r: Pick<Recipient, 'contact' | 'timeZone'>) => WindowVerdict {
  const window = task.policy.window as SendingWindow;
  const preset = window.preset;
  const verdicts = new Map<string, WindowVerdict>();
  const guarded = new Date(now.getTime() + CLOSING_GUARD_MS);
  return (r) => {
    const zones = recipientZones(r, tenant.settings.timeZone);
    const place = preset === 'us_marketing' ? nanpPlaceOfNumber(r.contact) : null;
    const key = `${zones.join('&')}|${preset ? (usStateOfPlace(place) ?? '-') : ''}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      const hours = preset === 'us_marketing' ? usMarketingHours(place) : null;
      const rules: OpenRule[] = zones.flatMap((zone) => [
        windowsRule([window], zone),
        ...(hours ? [windowsRule(hours, zone)] : []),
      ]);
      const openNow = rules.every((rule) => rule.open(now) && rule.open(guarded));
      verdict = openNow
        ? { open: true }
        : { open: false, until: nextCommonOpening(rules, guarded) };
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}
