/**
 * Corpus notation: one case per line, `<kind> <lang|-> [all|default|cat:<id>] | <text>`.
 *   out      opt_out, explicit          likely  opt_out, likely
 *   in       opt_in, explicit           help    help
 *   maybein  opt_in, likely (a bare yes: recorded only after a question, round 11b)
 *   status   status                     none    intent none
 *   notout   anything but opt_out (a trap that may still be read as help or opt-in)
 * The language is asserted when given (`-` leaves it unchecked: "STOP" alone has no language).
 */
import type { Certainty, Intent, Scope } from '../../../../src/domain/intent';

export interface CorpusCase {
  text: string;
  kind: string;
  intent: Intent;
  certainty?: Certainty;
  language?: string;
  scope?: Scope;
  categoryId?: string | null;
}

const KINDS: Record<string, { intent: Intent; certainty?: Certainty }> = {
  out: { intent: 'opt_out', certainty: 'explicit' },
  likely: { intent: 'opt_out', certainty: 'likely' },
  in: { intent: 'opt_in', certainty: 'explicit' },
  maybein: { intent: 'opt_in', certainty: 'likely' },
  help: { intent: 'help' },
  status: { intent: 'status' },
  none: { intent: 'none', certainty: 'none' },
  notout: { intent: 'none' },
};

export function table(text: string): CorpusCase[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((line) => {
      const bar = line.indexOf('|');
      const [kind = '', lang = '-', ...flags] = line.slice(0, bar).trim().split(/\s+/);
      const spec = KINDS[kind];
      if (bar < 0 || !spec) throw new Error(`Bad corpus line: ${line}`);
      const c: CorpusCase = { text: line.slice(bar + 1).trim(), kind, ...spec };
      if (lang !== '-') c.language = lang;
      for (const f of flags) {
        if (f === 'all') c.scope = 'all';
        if (f === 'default') c.scope = 'default';
        if (f.startsWith('cat:')) [c.scope, c.categoryId] = ['category', f.slice(4)];
      }
      return c;
    });
}
