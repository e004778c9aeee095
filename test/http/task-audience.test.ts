import { adminFixture, as, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const task = (policy?: object) => ({
  name: 'Sale',
  type: 'marketing',
  channel: 'whatsapp',
  template: { name: 'sale', language: 'en' },
  ...(policy ? { policy } : {}),
});

describe('task policy.audience', () => {
  it('defaults to not_opted_out, accepts consented, rejects anything else by name', async () => {
    const plain = await as(f.ctx, f.key).post('/admin/tasks').send(task());
    expect(plain.body.policy.audience).toBe('not_opted_out');
    const consented = await as(f.ctx, f.key)
      .post('/admin/tasks')
      .send(task({ audience: 'consented' }));
    expect(consented.status).toBe(201);
    expect(consented.body.policy.audience).toBe('consented');
    const bad = await as(f.ctx, f.key)
      .post('/admin/tasks')
      .send(task({ audience: 'everyone' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/policy\.audience.*not_opted_out, consented/);
  });

  it('keeps a consented audience when a PATCH changes only the window', async () => {
    const created = await as(f.ctx, f.key)
      .post('/admin/tasks')
      .send(task({ audience: 'consented' }));
    const patched = await as(f.ctx, f.key)
      .patch(`/admin/tasks/${created.body.id}`)
      .send({ policy: { window: { start: '09:00', end: '18:00' } } });
    expect(patched.status).toBe(200);
    expect(patched.body.policy).toMatchObject({
      audience: 'consented',
      window: { start: '09:00' },
    });
    const widened = await as(f.ctx, f.key)
      .patch(`/admin/tasks/${created.body.id}`)
      .send({ policy: { audience: 'not_opted_out' } });
    expect(widened.body.policy.audience).toBe('not_opted_out');
  });
});
