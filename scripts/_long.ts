import { classifyMessage } from '../src/domain/intent';
const base = 'I would like to know more about the product you sent me yesterday, the blue one with the big logo, is it available in other sizes? ';
for (const n of [1, 10, 100]) {
  const text = base.repeat(n);
  const t0 = performance.now();
  const r = classifyMessage(text);
  console.log(text.length, (performance.now() - t0).toFixed(1), 'ms', r.intent);
}
const weird = 'a '.repeat(3000) + 's t o p';
let t0 = performance.now(); console.log(classifyMessage(weird).intent, (performance.now() - t0).toFixed(1));
const w2 = 'stop '.repeat(2000);
t0 = performance.now(); console.log(classifyMessage(w2).intent, (performance.now() - t0).toFixed(1));
const w3 = 'ّ'.repeat(5000) + '🛑'.repeat(1000);
t0 = performance.now(); console.log(classifyMessage(w3), (performance.now() - t0).toFixed(1));
