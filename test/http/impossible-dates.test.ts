/**
 * An impossible calendar date (Feb 30, Nov 31) is a 400 wherever a timestamp is accepted, never
 * rolled over into the next month: JSON bodies, query strings and CSV imports read timestamps
 * with one strict parser.
 */
import { adminFixture, as, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const FEB = /2030-02-30 is not a real date \(February 2030 has 28 days\)/;

it('refuses validUntil 2030-02-30 on POST /admin/opt-outs', async () => {
  const res = await as(f.ctx, f.key)
    .post('/admin/opt-outs')
    .send({ channel: 'whatsapp', contact: '+34612345681', validUntil: '2030-02-30T00:00:00Z' });
  expect(res.status).toBe(400);
  expect(res.body.error).toMatch(/"validUntil": must be an ISO 8601 timestamp/);
  expect(res.body.error).toMatch(FEB);
  const list = await as(f.ctx, f.key).get('/admin/opt-outs').expect(200);
  expect(list.body.items).toEqual([]);
});

it('refuses a task starting 2030-02-31', async () => {
  const res = await as(f.ctx, f.key)
    .post('/admin/tasks')
    .send({
      name: 'd',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 't', language: 'es' },
      startAt: '2030-02-31T10:00:00Z',
    });
  expect(res.status).toBe(400);
  expect(res.body.error).toMatch(/"startAt": .*February 2030 has 28 days/);
});

it('refuses createdFrom=2026-11-31 in a query string', async () => {
  const res = await as(f.ctx, f.key)
    .get('/admin/opt-outs')
    .query({ createdFrom: '2026-11-31T00:00:00Z' });
  expect(res.status).toBe(400);
  expect(res.body.error).toMatch(/createdFrom.*November 2026 has 30 days/);
});

it('reports a CSV import row with validUntil 2030-02-30 as invalid, importing the others', async () => {
  const res = await as(f.ctx, f.key)
    .post('/admin/opt-outs/import')
    .type('text/csv')
    .send(
      'contact,validUntil\n+34699777001,2030-02-30T00:00:00Z\n+34699777002,2030-02-28T00:00:00Z\n',
    );
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ created: 1, invalidCount: 1 });
  expect(res.body.invalid).toEqual([
    { line: 2, contact: '+34699777001', error: expect.stringMatching(FEB) },
  ]);
});
