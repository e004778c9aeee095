/**
 * Sending rules in several time zones at once: a recipient whose number libphonenumber places
 * in more than one zone may be sent to only while every one of them is open (the safe reading
 * of "the recipient's local time": TCPA's hours hold wherever the phone may be). Pure.
 */
import type { SendingWindow } from './types';
import { isInsideWindow, nextWindowStart } from './task-window';

/** A rule that is open at some instants: `next` is the first open instant at or after `at`. */
export interface OpenRule {
  open(at: Date): boolean;
  next(at: Date): Date | null;
}

/** Open while ANY of the windows is open in `timeZone` (a weekday with other hours is its own window). */
export function windowsRule(windows: readonly SendingWindow[], timeZone: string): OpenRule {
  return {
    open: (at) => windows.some((w) => isInsideWindow(w, timeZone, at)),
    next(at) {
      let best: Date | null = null;
      for (const w of windows) {
        const n = nextWindowStart(w, timeZone, at);
        if (n && (!best || n.getTime() < best.getTime())) best = n;
      }
      return best;
    },
  };
}

/** How far ahead the next common opening is looked for: past this the rules never overlap. */
const HORIZON_MS = 8 * 24 * 3600_000;

/**
 * The first instant at or after `at` at which EVERY rule is open, or null when there is none
 * within eight days (zones too far apart for the windows to overlap). Each step moves to the
 * next opening of a closed rule, never past the earliest common one, so it finds that one.
 */
export function nextCommonOpening(rules: readonly OpenRule[], at: Date): Date | null {
  let t = at;
  for (let step = 0; step < 100; step++) {
    let moved = false;
    for (const rule of rules) {
      if (rule.open(t)) continue;
      const n = rule.next(t);
      if (!n) return null;
      t = n;
      moved = true;
    }
    if (!moved) return t;
    if (t.getTime() - at.getTime() > HORIZON_MS) return null;
  }
  return null;
}
