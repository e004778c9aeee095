import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import { optOutsOf, replyText, sentTo } from './conversation-helpers';

const CUSTOMER = '+5511987654321';
const WA = '5511987654321';

describe('conversation: tenant phrases that are never an opt-out', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
    // A brand slogan with "stop" in it, and one a customer may quote back.
    await ctx.services.tenants.update(ctx.defaultTenantId, {
      settings: {
        keywords: { optOut: [], optIn: [], neverOptOut: ["Don't stop exploring", 'STOP & SHOP'] },
      },
    });
  });
  afterEach(async () => ctx.close());

  const tenantSettings = async () => {
    const tenant = await ctx.store.getTenant(ctx.defaultTenantId);
    if (!tenant) throw new Error('no tenant');
    return tenant.settings;
  };

  it('records no opt-out for a message that is the phrase, or quotes it', async () => {
    await customerSays(ctx, { from: WA, text: 'Stop & Shop' });
    await customerSays(ctx, { from: WA, text: 'I love your "don’t stop exploring" campaign!' });
    expect(await optOutsOf(ctx, CUSTOMER)).toEqual([]);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(0);
  });

  it('still honours a stop said beside the phrase', async () => {
    await customerSays(ctx, { from: WA, text: 'STOP. Stop & Shop is not for me' });
    const optOuts = await optOutsOf(ctx, CUSTOMER);
    expect(optOuts).toHaveLength(1);
    expect(optOuts[0]).toMatchObject({ revokedAt: null, categoryId: null });
    expect(replyText(sentTo(ctx, CUSTOMER)[0])).toContain("You won't receive promotions");
  });

  it.each(['Stop & Shop STOP', 'I love Stop & Shop, STOP sending me offers', 'STOP Stop & Shop'])(
    'reads a bare STOP beside the phrase as an explicit opt-out: %s',
    async (text) => {
      await customerSays(ctx, { from: WA, text });
      const optOuts = await optOutsOf(ctx, CUSTOMER);
      expect(optOuts).toHaveLength(1);
      expect(optOuts[0]).toMatchObject({ revokedAt: null, categoryId: null });
      expect(replyText(sentTo(ctx, CUSTOMER)[0])).toContain("You won't receive promotions");
    },
  );

  it('ignores a never-opt-out phrase that is a stop keyword, stored before it was refused', async () => {
    // Written straight to the store, as a version without the settings check could have.
    await ctx.store.updateTenant(
      ctx.defaultTenantId,
      {
        settings: {
          ...(await tenantSettings()),
          keywords: { optOut: [], optIn: [], neverOptOut: ['stop'] },
        },
      },
      ctx.clock.now(),
    );
    await customerSays(ctx, { from: WA, text: 'STOP' });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(1);
  });

  it('without the setting, the same message is an opt-out (the phrase is what saves it)', async () => {
    await ctx.services.tenants.update(ctx.defaultTenantId, {
      settings: { keywords: { optOut: [], optIn: [], neverOptOut: [] } },
    });
    await customerSays(ctx, { from: WA, text: 'Stop & Shop' });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(1);
  });
});
