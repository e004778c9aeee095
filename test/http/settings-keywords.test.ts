/**
 * The keyword lists cannot switch STOP off: a never-opt-out phrase that is a stop keyword is
 * refused (400 naming it), and so is a word in two lists; a brand name containing STOP is fine.
 */
import { adminFixture, as, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const put = (keywords: Record<string, string[]>) =>
  as(f.ctx, f.key).put('/admin/settings').send({ keywords });

it.each([
  'stop',
  'STOP',
  'STOPP',
  'СТОП',
  'UNSUBSCRIBE',
  'BAJA',
  'stop please',
  'Stop!!',
  'opt out',
])('refuses neverOptOut %j: it is a stop keyword', async (phrase) => {
  const res = await put({ neverOptOut: ['Stop & Shop', phrase] });
  expect(res.status).toBe(400);
  expect(res.body.error).toContain(`keywords.neverOptOut: "${phrase}" is a stop keyword`);
  const now = await as(f.ctx, f.key).get('/admin/settings').expect(200);
  expect(now.body.keywords.neverOptOut).toEqual([]);
});

it('accepts a brand name that contains STOP (the docs’ example)', async () => {
  const res = await put({ neverOptOut: ['Stop & Shop', 'Never stop exploring'] });
  expect(res.status).toBe(200);
  expect(res.body.keywords.neverOptOut).toEqual(['Stop & Shop', 'Never stop exploring']);
});

it('refuses a word in both optOut and optIn, and in both optOut and neverOptOut', async () => {
  const both = await put({ optOut: ['basta'], optIn: ['Basta'] });
  expect(both.status).toBe(400);
  expect(both.body.error).toContain('"basta" is in both optOut and optIn');

  const never = await put({ optOut: ['shopping spree'], neverOptOut: ['Shopping Spree'] });
  expect(never.status).toBe(400);
  expect(never.body.error).toContain('"shopping spree" is in both optOut and neverOptOut');
});

it('judges the lists as merged with the stored ones (a PUT may send one list)', async () => {
  await put({ optOut: ['basta'] }).expect(200);
  const res = await put({ optIn: ['basta'] });
  expect(res.status).toBe(400);
  expect(res.body.error).toContain('"basta" is in both optOut and optIn');
});

it('refuses the same at tenant creation', async () => {
  const res = await as(f.ctx, f.ctx.config.adminToken)
    .post('/admin/tenants')
    .send({ name: 'Shop', settings: { keywords: { neverOptOut: ['stop'] } } });
  expect(res.status).toBe(400);
  expect(res.body.error).toContain('"stop" is a stop keyword');
});
