/**
 * What the customer's words cover: everything ("stop all", "todas", "alle"), one of the
 * tenant's categories ("STOP offers", "no more newsletter"), or nothing said (`default`:
 * the service decides from the task the message answers).
 */
import { DICTIONARY, isAllWord, MAX_PHRASE_TOKENS, type WordRole } from './compiled';
import { sameWord, type TenantPhrases } from './cover';
import type { Finding } from './finding';
import { isBoundary } from './normalize';
import type { Scope } from './types';

const NOT_KEYWORDS: ReadonlySet<WordRole> = new Set(['filler', 'object', 'pronoun', 'connector']);

export interface ScopeResult {
  scope: Scope;
  categoryId: string | null;
}

/** The tokens a finding's scope words are looked for in: its sentence, near the match. */
function scopeWindow(tokens: readonly string[], f: Finding): [number, number] {
  if (f.bare) return [f.start, f.end];
  let from = f.start;
  while (from > 0 && f.start - from < 4 && tokens[from - 1] !== '||') from--;
  let to = f.end;
  while (to < tokens.length && to - f.end < 4 && tokens[to] !== '||') to++;
  return [from, to];
}

interface Mention {
  at: number;
  categoryId: string | null;
}

function findCategories(words: readonly string[], tenant: TenantPhrases): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const c of tenant.categories) {
      const hit = c.phrases.some((p) => p.every((w, k) => sameWord(words[i + k] ?? '', w)));
      if (hit && !found.some((m) => m.categoryId === c.id)) found.push({ at: i, categoryId: c.id });
    }
  }
  return found;
}

/** Positions of words meaning "all", read longest phrase first ("not at all" is not). */
function findAllWords(words: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(MAX_PHRASE_TOKENS, words.length - i); len >= 1; len--) {
      const roles = DICTIONARY.get(words.slice(i, i + len).join(' '));
      if (!roles) continue;
      const inner = words.slice(i, i + len).findIndex(isAllWord);
      if (roles.some((r) => r.role === 'all')) at.push(i);
      else if (len > 1 && inner >= 0 && roles.some((r) => !NOT_KEYWORDS.has(r.role))) at.push(i + inner);
      i += len - 1;
      break;
    }
  }
  return at;
}

export function resolveScope(tokens: readonly string[], f: Finding, tenant: TenantPhrases): ScopeResult {
  const [from, to] = scopeWindow(tokens, f);
  const words = tokens.slice(from, to).filter((t) => !isBoundary(t));
  const categories = findCategories(words, tenant);
  const allAt = findAllWords(words);
  if (categories.length > 1) return { scope: 'all', categoryId: null };
  const category = categories[0];
  if (category) {
    // "stop all offers": "all" qualifies the category; "stop everything, offers too": all.
    const qualifies = allAt.every((a) => a < category.at && category.at - a <= 3);
    return qualifies || allAt.length === 0
      ? { scope: 'category', categoryId: category.categoryId }
      : { scope: 'all', categoryId: null };
  }
  if (f.all || allAt.length > 0) return { scope: 'all', categoryId: null };
  return { scope: 'default', categoryId: null };
}
