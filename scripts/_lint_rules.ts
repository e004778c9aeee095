import { LEXICONS } from '../src/domain/intent/lexicon';
for (const lex of LEXICONS) {
  const pats = [...lex.rules.map(r => r.p), ...lex.traps, ...Object.values(lex.classes).flat()];
  for (const p of pats) {
    // top-level split
    let depth = 0, cur = '', els: string[] = [];
    for (const ch of p) { if (ch === '(') depth++; if (ch === ')') depth--; if (ch === ' ' && depth === 0) { els.push(cur); cur = ''; } else cur += ch; }
    els.push(cur);
    const bad = els.filter(e => !e.startsWith('(') && !e.startsWith('?(') && e.includes('|'));
    if (bad.length && els.length > 1) console.log(lex.lang, '::', p);
  }
}
