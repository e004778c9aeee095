import { classifyMessage } from '../src/domain/intent';
import { CORPUS, CORPUS_CATEGORIES } from '../test/unit/intent/corpus';
let ok = 0;
const fails: string[] = [];
const t0 = Date.now();
for (const c of CORPUS) {
  const r = classifyMessage(c.text, { categories: CORPUS_CATEGORIES });
  const problems: string[] = [];
  if (c.kind === 'notout') { if (r.intent === 'opt_out') problems.push('intent'); }
  else {
    if (r.intent !== c.intent) problems.push('intent');
    if (c.certainty && r.certainty !== c.certainty) problems.push('certainty');
  }
  if (c.language && r.language !== c.language) problems.push('lang');
  if (c.scope && r.scope !== c.scope) problems.push('scope');
  if (c.categoryId && r.categoryId !== c.categoryId) problems.push('cat');
  if (problems.length === 0) ok++;
  else fails.push(`${problems.join(',').padEnd(16)} ${c.kind.padEnd(7)} ${(c.language ?? '-').padEnd(3)} ${JSON.stringify(c.text)} => ${r.intent}/${r.certainty}/${r.language}/${r.scope}/${r.categoryId} m=${r.matched}`);
}
console.log(fails.join('\n'));
console.log(`${ok}/${CORPUS.length} = ${(100 * ok / CORPUS.length).toFixed(1)}%  in ${Date.now() - t0}ms`);
