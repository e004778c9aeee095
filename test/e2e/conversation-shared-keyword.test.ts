/**
 * Round 9b: the reply language of a bare keyword two languages share ("Pare": Spanish and
 * Portuguese; "СТОП": Russian and Ukrainian) is the customer's earlier language, then the
 * tenant's, when it is one of them; and a Ukrainian message is answered in Ukrainian.
 */
import request from 'supertest';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import { replyText, sentTo } from './conversation-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const setLanguage = (language: string) =>
  request(ctx.app).put('/admin/settings').set(auth).send({ language }).expect(200);
const texts = (contact: string) => sentTo(ctx, contact).map(replyText);

const SPANISH = /^Ya no recibirás promociones de Default tenant/;
const PORTUGUESE = /^Você não receberá mais promoções de Default tenant/;

it('answers "Pare" in Spanish to a customer who wrote in Spanish before', async () => {
  await setLanguage('en');
  await customerSays(ctx, { from: '34697000011', text: '¿Hola, quién es?' });
  await customerSays(ctx, { from: '34697000011', text: 'Pare' });
  const all = texts('+34697000011');
  expect(all[all.length - 1]).toMatch(SPANISH);
});

it('answers "Pare" in the tenant’s language when it is one of the two, else as read', async () => {
  await setLanguage('es');
  await customerSays(ctx, { from: '34697000012', text: 'Pare' });
  expect(texts('+34697000012')[0]).toMatch(SPANISH);
  await setLanguage('pt');
  await customerSays(ctx, { from: '5511987650013', text: 'Pare' });
  expect(texts('+5511987650013')[0]).toMatch(PORTUGUESE);
  // German is neither Spanish nor Portuguese: the classifier's reading (Portuguese) stands.
  await setLanguage('de');
  await customerSays(ctx, { from: '5511987650014', text: 'Pare' });
  expect(texts('+5511987650014')[0]).toMatch(PORTUGUESE);
});

it('answers a Ukrainian stop in Ukrainian, and a later bare СТАРТ in Ukrainian too', async () => {
  await setLanguage('ru');
  await customerSays(ctx, { from: '380501234567', text: 'Відпишіть мене, будь ласка' });
  expect(texts('+380501234567')[0]).toMatch(
    /^Ви більше не отримуватимете рекламу від Default tenant/,
  );
  await customerSays(ctx, { from: '380501234567', text: 'СТАРТ' });
  expect(texts('+380501234567')[1]).toMatch(/^Ви знову отримуватимете рекламу/);
  // A Russian customer's bare СТОП stays Russian.
  await customerSays(ctx, { from: '79161234567', text: 'СТОП' });
  expect(texts('+79161234567')[0]).toMatch(/^Вы больше не будете получать рекламу/);
});
