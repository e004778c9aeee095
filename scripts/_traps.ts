import { COMPILED, DICTIONARY } from '../src/domain/intent/compiled';
import { findSpans, renderTokens } from '../src/domain/intent/grammar';
const kws = [...DICTIONARY.entries()].filter(([, r]) => r.some(x => !['filler','all','object','pronoun','connector'].includes(x.role))).map(([k]) => k);
for (const lex of COMPILED) lex.traps.forEach((re, i) => {
  for (const k of kws) { if (findSpans(re, renderTokens(k.split(' '))).length) console.log(lex.lang, i, re.source.slice(0, 80), '<=', k); }
});
const text = process.argv[2];
if (text) for (const lex of COMPILED) lex.traps.forEach((re, i) => { if (findSpans(re, renderTokens(text.split(' '))).length) console.log('TEXT hit', lex.lang, i, re.source.slice(0,100)); });
