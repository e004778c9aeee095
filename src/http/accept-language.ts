/**
 * The languages a browser asks for, most wanted first (Accept-Language, RFC 9110 §12.5.4):
 * "th-TH,th;q=0.9,en;q=0.8" → ["th-TH", "th", "en"]. `q=0` means "not this one" and `*` names
 * no language. The header is only a hint: a malformed entry is skipped, never an error.
 */
const TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;
/** More would only be a way to make us sort a long list. */
const MAX_ENTRIES = 20;

export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; index: number }[] = [];
  header
    .split(',')
    .slice(0, MAX_ENTRIES)
    .forEach((part, index) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      if (!TAG.test(tag)) return;
      let q = 1;
      for (const param of params) {
        const m = QUALITY.exec(param.replace(/\s+/g, ''));
        if (!m) return;
        q = Number(m[1]);
      }
      if (q > 0) entries.push({ tag, q, index });
    });
  return entries.sort((a, b) => b.q - a.q || a.index - b.index).map((e) => e.tag);
}
