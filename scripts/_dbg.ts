import { normalizeText } from '../src/domain/intent/normalize';
import { readPhrases } from '../src/domain/intent/phrases';
import { readBare, readSentences } from '../src/domain/intent/bare';
import { VOCABULARY } from '../src/domain/intent/compiled';
const t = { categories: [], optOut: [], optIn: [] };
for (const text of process.argv.slice(2)) {
  const n = normalizeText(text, (w) => VOCABULARY.has(w));
  console.log(text, n.tokens);
  console.log(' bare', readBare(n.tokens, 0, n.tokens.length, t, false));
  console.log(' sent', readSentences(n.tokens, t));
  console.log(' phr', readPhrases(n.tokens, t));
}
