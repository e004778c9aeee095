import type { OptOut } from '../../src/domain/types';
import { adminFixture, as, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const NUMBER = '+5511987654321';

async function customerOptOut(origin: 'customer' | 'meta' = 'customer'): Promise<OptOut> {
  const tenant = (await f.ctx.store.getTenant(f.tenantId))!;
  const { optOut } = await f.ctx.services.optOuts.record({
    tenant,
    channel: 'whatsapp',
    contact: NUMBER,
    categoryId: null,
    origin,
    source: origin === 'meta' ? 'meta_preference' : 'keyword',
    at: f.ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: { text: 'STOP' },
    actor: origin === 'meta' ? 'meta' : `customer:${NUMBER}`,
  });
  return optOut;
}

const lift = (id: string, body?: object) => {
  const req = as(f.ctx, f.key).delete(`/admin/opt-outs/${id}`);
  return body === undefined ? req : req.send(body);
};
const setPolicy = (customerOptOutPolicy: 'seed' | 'strict') =>
  as(f.ctx, f.key).put('/admin/settings').send({ customerOptOutPolicy });
const lastEvent = async (id: string) => {
  const res = await as(f.ctx, f.key).get(`/admin/opt-outs/${id}/events`);
  return res.body.items.at(-1) as Record<string, unknown>;
};

describe('seed mode (the default)', () => {
  it("needs a reason to lift a customer's opt-out, and keeps it on the event with the actor", async () => {
    const optOut = await customerOptOut();
    expect(optOut.expiresAt).not.toBeNull(); // seed: the tenant's 30 days
    const bare = await lift(optOut.id);
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatch(/"reason" is required .* the customer made/);
    const blank = await lift(optOut.id, { reason: '   ' });
    expect(blank.status).toBe(400);
    const ok = await lift(optOut.id, { reason: 'customer called to resume' });
    expect(ok.status).toBe(200);
    expect(ok.body.revokedAt).not.toBeNull();
    expect(await lastEvent(optOut.id)).toMatchObject({
      type: 'revoked',
      actor: expect.stringMatching(/^admin:/),
      evidence: { detail: 'customer called to resume' },
    });
  });

  it("needs a reason for Meta's opt-out too, but not for an admin's own", async () => {
    const meta = await customerOptOut('meta');
    expect((await lift(meta.id)).status).toBe(400);
    const own = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654322' });
    expect((await lift(own.body.id)).status).toBe(200);
    // The console sends {reason} for every revocation: accepted for an admin opt-out as well.
    const own2 = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654323' });
    expect((await lift(own2.body.id, { reason: 'entered by mistake' })).status).toBe(200);
    expect(await lastEvent(own2.body.id)).toMatchObject({
      evidence: { detail: 'entered by mistake' },
    });
  });

  it('rejects unknown fields and an override without a reason', async () => {
    const optOut = await customerOptOut();
    const unknown = await lift(optOut.id, { reason: 'x', because: 'y' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/unknown field "because"/);
    const noReason = await lift(optOut.id, { override: true });
    expect(noReason.status).toBe(400);
  });
});

describe('strict mode', () => {
  beforeEach(async () => {
    expect((await setPolicy('strict')).status).toBe(200);
  });

  it("keeps a customer's STOP until a newer consent, and never lets it expire", async () => {
    // A consent from before the STOP does not lift it.
    await as(f.ctx, f.key).post('/admin/consents').send({ channel: 'whatsapp', contact: NUMBER });
    f.ctx.clock.advance(1000);
    const optOut = await customerOptOut();
    expect(optOut.expiresAt).toBeNull();
    const refused = await lift(optOut.id, { reason: 'the store manager asked' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/strict.*POST \/admin\/consents.*override/);
    expect((await as(f.ctx, f.key).get(`/admin/opt-outs/${optOut.id}`)).body.active).toBe(true);

    f.ctx.clock.advance(DAY);
    const consent = await as(f.ctx, f.key)
      .post('/admin/consents')
      .send({
        channel: 'whatsapp',
        contact: NUMBER,
        source: 'web_form',
        evidence: { url: 'https://shop.example/resubscribe' },
      });
    const ok = await lift(optOut.id, { reason: 'resubscribed on the web form' });
    expect(ok.status).toBe(200);
    expect(await lastEvent(optOut.id)).toMatchObject({
      actor: expect.stringMatching(/^admin:/),
      evidence: { detail: 'resubscribed on the web form', consentId: consent.body.id },
    });
  });

  it('lets an admin override with a reason, recorded as an override', async () => {
    const optOut = await customerOptOut('meta');
    const ok = await lift(optOut.id, { reason: 'legal approved, ticket 42', override: true });
    expect(ok.status).toBe(200);
    expect(await lastEvent(optOut.id)).toMatchObject({
      evidence: { detail: 'legal approved, ticket 42', override: true },
    });
  });

  it("does not touch an admin's own opt-out rules", async () => {
    const own = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654329' });
    expect(own.body.expiresAt).not.toBeNull();
    expect((await lift(own.body.id)).status).toBe(200);
  });
});
