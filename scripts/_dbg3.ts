import { COMPILED } from '../src/domain/intent/compiled';
const ru = COMPILED.find(c => c.lang === 'ru')!;
for (const cr of ru.rules) if (cr.rule.p.includes('отпис')) console.log(cr.rule.p, '=>', cr.re.source);
console.log(JSON.stringify('отпис'.normalize('NFD')));
