import { readFileSync } from 'fs';
import { classifyMessage } from '../src/domain/intent';
const lines = readFileSync(process.argv[2] ?? 'scripts/_held.txt', 'utf8').split('\n').filter(Boolean);
let ok = 0;
for (const line of lines) {
  const [spec = '', text = ''] = line.split('|');
  const [kind, lang] = spec.split(' ');
  const r = classifyMessage(text);
  const exp: Record<string, [string, string?]> = { out: ['opt_out', 'explicit'], likely: ['opt_out', 'likely'], none: ['none'], in: ['opt_in'], help: ['help'], status: ['status'] };
  const [intent, cert] = exp[kind!]!;
  const good = r.intent === intent && (!cert || r.certainty === cert) && (lang === '-' || r.language === lang || kind === 'none');
  if (good) ok++; else console.log(`${kind} ${lang} ${JSON.stringify(text)} => ${r.intent}/${r.certainty}/${r.language} m=${r.matched}`);
}
console.log(`${ok}/${lines.length}`);
