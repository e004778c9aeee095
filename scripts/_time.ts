import { classifyMessage } from '../src/domain/intent';
const t0 = Date.now();
classifyMessage('warmup');
const t1 = Date.now();
const msgs = ['STOP', 'please stop sending me these messages', 'não quero mais receber mensagens por favor obrigado', 'I would like to know when my package will arrive, the order number is 12345', 'لا ترسلوا لي رسائل بعد الآن'];
const N = 2000;
for (let i = 0; i < N; i++) classifyMessage(msgs[i % msgs.length]!);
const t2 = Date.now();
console.log(`init ${t1 - t0}ms, ${((t2 - t1) / N).toFixed(3)}ms per message`);
