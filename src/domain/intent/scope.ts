/**
 * What the customer's words cover: everything ("stop all", "todas", "alle"), one of the
 * tenant's categories ("STOP offers", "no more newsletter"), or nothing said (`default`:
 * the service decides from the task the message answers).
 */
import { DICTIONARY, isAllWord, NON_KEYWORD_ROLES, PHRASE_LENGTHS } from './compiled';
import { sameWord, type TenantPhrases } from './cover';
import type { Finding } from './finding';
import { isBoundary } from './normalize';
import type { Scope } from './types';

export interface ScopeResult {
  scope: Scope;
  categoryId: string | null;
}

/** The tokens a finding's scope words are looked for in: its sentence, near the match. */
function scopeWindow(tokens: readonly string[], f: Finding): [number, number] {
  if (f.source !== 'phrase') return [f.start, f.end];
  let from = f.start;
  while (from > 0 && f.start - from < 4 && tokens[from - 1] !== '||') from--;
  let to = f.end;
  while (to < tokens.length && to - f.end < 4 && tokens[to] !== '||') to++;
  return [from, to];
}

interface Mention {
  at: number;
  categoryId: string;
}

/** Category mentions in `tokens` (boundaries included, never matched across). */
function findCategories(tokens: readonly string[], tenant: TenantPhrases): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const c of tenant.categories) {
      const hit = c.phrases.some((p) => p.every((w, k) => sameWord(tokens[i + k] ?? '', w)));
      if (hit && !found.some((m) => m.categoryId === c.id)) found.push({ at: i, categoryId: c.id });
    }
  }
  return found;
}

/** Positions of words meaning "all", read longest phrase first ("not at all" is not). */
function findAllWords(tokens: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const len of PHRASE_LENGTHS.get(tokens[i] ?? '') ?? []) {
      if (len > tokens.length - i) continue;
      const slice = tokens.slice(i, i + len);
      if (slice.some(isBoundary)) continue;
      const roles = DICTIONARY.get(slice.join(' '));
      if (!roles) continue;
      const inner = slice.findIndex(isAllWord);
      if (roles.some((r) => r.role === 'all')) at.push(i);
      else if (len > 1 && inner >= 0 && roles.some((r) => !NON_KEYWORD_ROLES.has(r.role)))
        at.push(i + inner);
      i += len - 1;
      break;
    }
  }
  return at;
}

/**
 * "all offers", "todas as ofertas", "alle Angebote": the word for "all" only qualifies the
 * category. "everything, offers too" names everything.
 */
function qualifies(tokens: readonly string[], allAt: number, categoryAt: number): boolean {
  if (allAt >= categoryAt || categoryAt - allAt > 3) return false;
  if (STANDALONE_ALL.has(tokens[allAt] ?? '')) return false;
  return !tokens.slice(allAt, categoryAt).some(isBoundary);
}

const STANDALONE_ALL: ReadonlySet<string> = new Set([
  'everything',
  'anything',
  'tudo',
  'alles',
  'tutto',
  'semuanya',
  'hepsi',
  'hepsini',
  'الكل',
  'stopall',
]);

export function resolveScope(
  tokens: readonly string[],
  f: Finding,
  tenant: TenantPhrases,
): ScopeResult {
  const [from, to] = scopeWindow(tokens, f);
  const window = tokens.slice(from, to);
  const categories = findCategories(window, tenant);
  const allAt = findAllWords(window);
  if (categories.length > 1) return { scope: 'all', categoryId: null };
  const category = categories[0];
  if (category) {
    const widened = allAt.some((a) => !qualifies(window, a, category.at));
    return widened
      ? { scope: 'all', categoryId: null }
      : { scope: 'category', categoryId: category.categoryId };
  }
  if (f.all || allAt.length > 0) return { scope: 'all', categoryId: null };
  return { scope: 'default', categoryId: null };
}
