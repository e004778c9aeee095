/**
 * The one rule by which two names are the same name (category names: their uniqueness in both
 * stores and matching an import row's `category`): Unicode-aware, so "Äpfel" and "äpfel" are
 * one name, as "Straße" and "STRASSE" are (issue 12, item 5).
 *
 * NFKC, then full case folding, then NFKC again (folding can leave text unnormalised: "ǰ" folds
 * to j + combining caron). JavaScript has no case fold; lower-, upper- then lower-casing comes
 * to the same classes as Unicode's full folding (CaseFolding.txt, statuses C and F): ß and ẞ
 * become ss, İ is i + combining dot, ligatures and compatibility forms fall to NFKC; final ς
 * becomes σ, as folding has it (lower-casing would pick ς or σ by position). The one letter that upper-casing would merge and folding does not is the dotless
 * ı (its upper case is I): it is kept apart, so Turkish "Kırmızı" and "Kirmizi" stay two names.
 *
 * Stored with each name (SQLite `categories.name_key`, Mongo `nameKey`, both unique per tenant):
 * changing this rule needs a migration that recomputes them.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .split('ı')
    .map((part) => part.toLowerCase().toUpperCase().toLowerCase())
    .join('ı')
    .replace(/ς/g, 'σ')
    .normalize('NFKC');
}
