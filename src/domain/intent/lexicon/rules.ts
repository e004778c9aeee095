/**
 * Compact notation for lexicons, kept in template literals so formatting tools leave the
 * word lists readable: `words` takes comma- or line-separated items, `rules` one rule per
 * line as `<kind> <pattern>` (grammar in ../grammar). `#` starts a comment line.
 */
import type { Rule } from '../types';

export function words(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !w.startsWith('#'));
}

const KINDS: Record<string, Omit<Rule, 'p'>> = {
  /** An explicit opt-out phrase, cancelled by a negator before it. */
  out: { intent: 'opt_out', certainty: 'explicit' },
  /** An explicit opt-out phrase that carries its own negation ("don't text me"). */
  outneg: { intent: 'opt_out', certainty: 'explicit', negatable: false },
  /** Might mean stop: the service asks first. */
  maybe: { intent: 'opt_out', certainty: 'likely' },
  /** Might mean stop, negation included ("I don't want"). */
  maybeneg: { intent: 'opt_out', certainty: 'likely', negatable: false },
  /**
   * A polite or formal request to cease ("je vous prie de ne plus m'envoyer", "proszę o
   * zaprzestanie"): it carries its own negation and stop verb, neither cancels it.
   */
  polite: { intent: 'opt_out', certainty: 'explicit', negatable: false, polite: true },
  in: { intent: 'opt_in', certainty: 'explicit' },
  /**
   * An opt-in that sounds negative ("don't stop sending me the deals", "I don't want to miss
   * your offers"): it carries its own negation, and a stop it overlaps is set aside (round 8).
   */
  keep: { intent: 'opt_in', certainty: 'explicit', negatable: false, keeps: true },
  /**
   * An opt-in asked sideways as a question ("why does my neighbour get your codes and I
   * don't?", round 13a): the question is the request, and the stop words it overlaps ("and I
   * don't", "not any more") are no stop.
   */
  inasked: { intent: 'opt_in', certainty: 'explicit', negatable: false, keeps: true, asks: true },
  /**
   * Might mean stop, negation included, said of the messages or offers themselves, now ("I'm
   * drowning in your messages 😅", "you write more than my mother", "moved away last year, so
   * the store offers are wasted on me"): laughter beside it is wry, no joke, and a past moment
   * dates the story, no stop told (round 13b, signals.ts).
   */
  wry: { intent: 'opt_out', certainty: 'likely', negatable: false, wry: true },
  /** The same, explicit: "sold the car, I won't be needing the car-wash offers any more". */
  outwry: { intent: 'opt_out', certainty: 'explicit', negatable: false, wry: true },
  /** A question about how to stop or start: answered with help, never acted on. */
  help: { intent: 'help', certainty: 'explicit', negatable: false },
  /** A question about the customer's own subscription state. */
  status: { intent: 'status', certainty: 'explicit', negatable: false },
};

export function rules(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const space = line.indexOf(' ');
      const kind = KINDS[line.slice(0, space).toLowerCase()];
      if (space < 0 || !kind) throw new Error(`Lexicon rule "${line}" must start with a kind`);
      return { ...kind, p: line.slice(space + 1).trim() };
    });
}
