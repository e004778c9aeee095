import { COMPILED } from '../src/domain/intent/compiled';
import { findSpans, renderTokens } from '../src/domain/intent/grammar';
const toks = process.argv.slice(2);
for (const lex of COMPILED) for (const cr of lex.rules) { const s = findSpans(cr.re, renderTokens(toks)); if (s.length) console.log(lex.lang, cr.rule.p, s); }
