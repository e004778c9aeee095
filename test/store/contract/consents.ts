import type { ConsentInput, Store } from '../../../src/store/types';
import { at, createTenant, DAY, newTask, optOutInput, T0, useStore } from './harness';
import { consentedIn } from '../../support/audience';

const NUMBER = '+5511987654321';
const WA_ID = '551187654321';

export function consentInput(
  tenantId: string,
  overrides: Partial<ConsentInput> = {},
): ConsentInput {
  return {
    tenantId,
    channel: 'whatsapp',
    contact: NUMBER,
    categoryId: null,
    source: 'api',
    evidence: { actor: 'admin:sk_live', wording: 'Yes, send me offers' },
    actor: 'admin:sk_live',
    ...overrides,
  };
}

/** The consent ledger: rows, their append-only history, listing, and the dispatcher's reads. */
export function consentContract(open: () => Promise<Store>): void {
  describe('consents', () => {
    const store = useStore(open);
    let tenant: string;
    beforeEach(async () => {
      tenant = await createTenant(store());
    });

    it('grants, reaffirms, withdraws and renews one row per key, each change an event', async () => {
      const first = await store().grantConsent(consentInput(tenant), T0);
      expect(first.outcome).toBe('created');
      expect(first.consent).toMatchObject({
        tenantId: tenant,
        channel: 'whatsapp',
        contact: NUMBER,
        categoryId: null,
        source: 'api',
        grantedAt: T0,
        withdrawnAt: null,
        evidence: { actor: 'admin:sk_live', wording: 'Yes, send me offers' },
      });
      const again = await store().grantConsent(
        consentInput(tenant, {
          source: 'keyword',
          evidence: { text: 'START' },
          actor: 'customer:x',
        }),
        at(DAY),
      );
      // The record keeps the proof of the grant that opened it; the reaffirmation is an event.
      expect(again).toMatchObject({
        outcome: 'reaffirmed',
        consent: {
          id: first.consent.id,
          grantedAt: at(DAY),
          source: 'api',
          evidence: { actor: 'admin:sk_live', wording: 'Yes, send me offers' },
        },
      });
      expect(await store().getConsent(tenant, first.consent.id)).toMatchObject({
        source: 'api',
        evidence: { actor: 'admin:sk_live', wording: 'Yes, send me offers' },
      });
      const withdrawn = await store().withdrawConsent(
        tenant,
        first.consent.id,
        'admin:sk_live',
        'asked by phone',
        at(2 * DAY),
      );
      expect(withdrawn).toMatchObject({
        withdrawnAt: at(2 * DAY),
        withdrawnBy: 'admin:sk_live',
        withdrawReason: 'asked by phone',
      });
      // Withdrawing twice changes nothing.
      expect(
        await store().withdrawConsent(tenant, first.consent.id, 'admin:x', 'again', at(3 * DAY)),
      ).toEqual(withdrawn);
      const renewed = await store().grantConsent(consentInput(tenant), at(4 * DAY));
      expect(renewed.outcome).toBe('renewed');
      expect(renewed.consent.withdrawnAt).toBeNull();
      const events = await store().listConsentEvents(tenant, first.consent.id);
      expect(events.map((e) => [e.type, e.actor, e.source, e.reason, e.at])).toEqual([
        ['granted', 'admin:sk_live', 'api', null, T0],
        ['reaffirmed', 'customer:x', 'keyword', null, at(DAY)],
        ['withdrawn', 'admin:sk_live', 'api', 'asked by phone', at(2 * DAY)],
        ['renewed', 'admin:sk_live', 'api', null, at(4 * DAY)],
      ]);
      expect(events[1]?.evidence).toEqual({ text: 'START' });
    });

    it('keeps scopes apart and grants a batch in input order', async () => {
      const outcomes = await store().grantConsents(
        [
          consentInput(tenant),
          consentInput(tenant, { categoryId: 'cat-a' }),
          consentInput(tenant, { categoryId: 'cat-a', source: 'import' }),
        ],
        T0,
      );
      expect(outcomes).toEqual(['created', 'created', 'reaffirmed']);
      const all = await store().listConsents(tenant, {}, { limit: 10, cursor: null });
      expect(all.items.map((c) => c.categoryId).sort()).toEqual(['cat-a', null].sort());
    });

    it('lists with filters and a cursor, newest first, and never another tenant', async () => {
      const other = await createTenant(store(), 'Other');
      await store().grantConsent(consentInput(other), T0);
      const a = await store().grantConsent(consentInput(tenant, { contact: '+5511900000001' }), T0);
      const b = await store().grantConsent(
        consentInput(tenant, { contact: '+5511900000002', categoryId: 'cat-a' }),
        at(1),
      );
      const c = await store().grantConsent(
        consentInput(tenant, { contact: '+5511900000003' }),
        at(2),
      );
      await store().withdrawConsent(tenant, c.consent.id, 'admin:x', 'no', at(3));
      const first = await store().listConsents(tenant, {}, { limit: 2, cursor: null });
      expect(first.items.map((x) => x.id)).toEqual([c.consent.id, b.consent.id]);
      const second = await store().listConsents(tenant, {}, { limit: 2, cursor: first.nextCursor });
      expect(second.items.map((x) => x.id)).toEqual([a.consent.id]);
      expect(second.nextCursor).toBeNull();
      const ids = async (filter: Parameters<Store['listConsents']>[1]) =>
        (await store().listConsents(tenant, filter, { limit: 10, cursor: null })).items.map(
          (x) => x.id,
        );
      expect(await ids({ active: true })).toEqual([b.consent.id, a.consent.id]);
      expect(await ids({ active: false })).toEqual([c.consent.id]);
      expect(await ids({ categoryId: 'cat-a' })).toEqual([b.consent.id]);
      expect(await ids({ categoryId: null })).toEqual([c.consent.id, a.consent.id]);
      expect(await ids({ contacts: ['+5511900000001'] })).toEqual([a.consent.id]);
      expect(await store().getConsent(other, a.consent.id)).toBeNull();
      expect(await store().withdrawConsent(other, a.consent.id, 'admin:x', 'no', at(4))).toBeNull();
      expect(await store().listConsentEvents(other, a.consent.id)).toEqual([]);
    });

    it('finds consent under any linked identifier, for the category or all marketing', async () => {
      await store().grantConsent(consentInput(tenant, { contact: WA_ID, categoryId: 'cat-a' }), T0);
      await store().grantConsent(consentInput(tenant, { contact: '+5511900000009' }), T0);
      const consented = (contacts: string[], categoryId: string | null) =>
        store().findConsented(tenant, 'whatsapp', contacts, categoryId);
      expect(await consented([NUMBER, WA_ID], 'cat-a')).toEqual(new Set([WA_ID]));
      await store().linkIdentifiers(tenant, 'whatsapp', [NUMBER, WA_ID], T0);
      expect(await consented([NUMBER, '+5511900000001'], 'cat-a')).toEqual(new Set([NUMBER]));
      // A category consent does not cover another category or all marketing.
      expect(await consented([NUMBER], 'cat-b')).toEqual(new Set());
      expect(await consented([NUMBER], null)).toEqual(new Set());
      // An all-marketing consent covers every category.
      expect(await consented(['+5511900000009'], 'cat-b')).toEqual(new Set(['+5511900000009']));
      expect(await store().findConsented(tenant, 'sms', [NUMBER], 'cat-a')).toEqual(new Set());
      const other = await createTenant(store(), 'Other');
      expect(await store().findConsented(other, 'whatsapp', [NUMBER], 'cat-a')).toEqual(new Set());
    });

    it('checkAudience: consent first, then suppression as findSuppressionIds answers it', async () => {
      const [kept, suppressed, none, optedOut] = [
        '+5511900000001',
        '+5511900000002',
        '+5511900000003',
        '+5511900000004',
      ];
      for (const contact of [kept, suppressed])
        await store().grantConsent(consentInput(tenant, { contact }), T0);
      const { optOut } = await store().upsertOptOut(
        optOutInput(tenant, { contact: suppressed, expiresAt: at(30 * DAY) }),
        T0,
      );
      await store().upsertOptOut(optOutInput(tenant, { contact: optedOut }), T0);
      const contacts = [kept, suppressed, none, optedOut];
      const check = await store().checkAudience(tenant, 'whatsapp', contacts, 'cat-a', at(DAY));
      // Opted out but never consented: left out for want of consent, as one who never opted out.
      expect(check.suppressed).toEqual(new Map([[suppressed, optOut.id]]));
      expect(check.noConsent).toEqual(new Set([none, optedOut]));
      expect(consentedIn(contacts, check)).toEqual(new Set([kept]));
      // A withdrawn consent no longer counts; the opt-out's expiry is honoured.
      const [row] = (
        await store().listConsents(tenant, { contacts: [kept] }, { limit: 1, cursor: null })
      ).items;
      await store().withdrawConsent(tenant, row?.id ?? '', 'admin:x', 'asked', at(DAY));
      const later = await store().checkAudience(
        tenant,
        'whatsapp',
        [kept, suppressed],
        null,
        at(31 * DAY),
      );
      expect(later.suppressed).toEqual(new Map());
      expect(later.noConsent).toEqual(new Set([kept]));
      expect(consentedIn([kept, suppressed], later)).toEqual(new Set([suppressed]));
    });

    it('pruneConsentChanges: never changes what checkAudience answers, before or after', async () => {
      const [kept, withdrawn, later] = ['+5511900000021', '+5511900000022', '+5511900000023'];
      const consented = async () =>
        consentedIn(
          [kept, withdrawn, later],
          await store().checkAudience(tenant, 'whatsapp', [kept, withdrawn, later], null, T0),
        );
      await store().grantConsent(consentInput(tenant, { contact: kept }), T0);
      const { consent } = await store().grantConsent(
        consentInput(tenant, { contact: withdrawn }),
        T0,
      );
      expect(await consented()).toEqual(new Set([kept, withdrawn]));
      // A withdrawal and a grant made since the last check, then every logged change pruned.
      await store().withdrawConsent(tenant, consent.id, 'admin:x', 'asked', at(1));
      await store().grantConsent(consentInput(tenant, { contact: later }), at(1));
      const far = new Date(Date.now() + 365 * DAY);
      let pruned = await store().pruneConsentChanges(far, 2);
      expect(pruned).toBeLessThanOrEqual(2);
      while (pruned > 0) pruned = await store().pruneConsentChanges(far, 2);
      expect(await consented()).toEqual(new Set([kept, later]));
      // Nothing left to prune: 0, and the next change is honoured as before.
      expect(await store().pruneConsentChanges(far, 100)).toBe(0);
      await store().grantConsent(consentInput(tenant, { contact: withdrawn }), at(2));
      expect(await consented()).toEqual(new Set([kept, withdrawn, later]));
    });

    it('checkAudience: consent under linked identifiers, renewed, scoped, per tenant and channel', async () => {
      const [number, linked, renewed, other] = [
        '+5511900000011',
        'BR.77',
        '+5511900000012',
        '+5511900000013',
      ];
      const check = async (contacts: string[], categoryId: string | null, channel = 'whatsapp') =>
        consentedIn(
          contacts,
          await store().checkAudience(tenant, channel as 'whatsapp', contacts, categoryId, T0),
        );
      // A consent under a BSUID reaches the number once they are linked, whichever came first.
      await store().grantConsent(
        consentInput(tenant, { contact: linked, categoryId: 'cat-a' }),
        T0,
      );
      expect(await check([number, linked], 'cat-a')).toEqual(new Set([linked]));
      await store().linkIdentifiers(tenant, 'whatsapp', [number, linked], T0);
      expect(await check([number, linked], 'cat-a')).toEqual(new Set([number, linked]));
      expect(await check([number], 'cat-b')).toEqual(new Set());
      // The number without its '+' is another identifier.
      expect(await check([number.slice(1)], 'cat-a')).toEqual(new Set());
      // Withdrawn, then granted again: counts again.
      const { consent } = await store().grantConsent(
        consentInput(tenant, { contact: renewed }),
        T0,
      );
      await store().withdrawConsent(tenant, consent.id, 'admin:x', 'asked', at(1));
      expect(await check([renewed], null)).toEqual(new Set());
      const again = await store().grantConsent(consentInput(tenant, { contact: renewed }), at(2));
      expect(again.outcome).toBe('renewed');
      expect(await check([renewed], 'cat-a')).toEqual(new Set([renewed]));
      // Reaffirmed while active: still counts once.
      await store().grantConsent(consentInput(tenant, { contact: renewed }), at(3));
      expect(await check([renewed, renewed], null)).toEqual(new Set([renewed]));
      // Another tenant's consent, or another channel's, is not this one's.
      const second = await createTenant(store(), 'Second');
      await store().grantConsent(consentInput(second, { contact: other }), T0);
      await store().grantConsent(consentInput(tenant, { contact: other, channel: 'sms' }), T0);
      expect(await check([other], null)).toEqual(new Set());
      expect(await check([other], null, 'sms')).toEqual(new Set([other]));
    });

    it('checkAudience on a large batch: as findSuppressionIds and findConsented answer each contact', async () => {
      // Enough contacts for a store to split the batch; every fifth consented for the category,
      // every seventh for all marketing, every third opted out (some of them consented too).
      const contacts = Array.from({ length: 600 }, (_, i) => `+55119${String(i).padStart(8, '0')}`);
      const consents = contacts.flatMap((contact, i) => [
        ...(i % 5 === 0 ? [consentInput(tenant, { contact, categoryId: 'cat-a' })] : []),
        ...(i % 7 === 0 ? [consentInput(tenant, { contact, categoryId: null })] : []),
        ...(i % 11 === 0 ? [consentInput(tenant, { contact, categoryId: 'cat-b' })] : []),
      ]);
      await store().grantConsents(consents, T0);
      for (const [i, contact] of contacts.entries())
        if (i % 3 === 0) await store().upsertOptOut(optOutInput(tenant, { contact }), T0);
      const { consent } = await store().grantConsent(
        consentInput(tenant, { contact: contacts[10] ?? '', categoryId: 'cat-a' }),
        T0,
      );
      await store().withdrawConsent(tenant, consent.id, 'admin:x', 'asked', T0);
      const check = await store().checkAudience(tenant, 'whatsapp', contacts, 'cat-a', at(1));
      const suppressed = await store().findSuppressionIds(
        tenant,
        'whatsapp',
        contacts,
        'cat-a',
        at(1),
      );
      const held = await store().findConsented(tenant, 'whatsapp', contacts, 'cat-a');
      // Consent first: those without one are left out whatever their opt-outs; the consented
      // ones are suppressed exactly as the default check suppresses them.
      expect(check.noConsent).toEqual(new Set(contacts.filter((c) => !held.has(c))));
      expect(check.suppressed).toEqual(new Map([...suppressed].filter(([c]) => held.has(c))));
      const expected = new Set(contacts.filter((c) => held.has(c) && !suppressed.has(c)));
      expect(consentedIn(contacts, check)).toEqual(expected);
      // What that is, counted: i % 5 (but 10, withdrawn) or i % 7, and not i % 3.
      const counted = contacts.filter(
        (_, i) => ((i % 5 === 0 && i !== 10) || i % 7 === 0) && i % 3 !== 0,
      );
      expect(consentedIn(contacts, check)).toEqual(new Set(counted));
      expect(suppressed.size).toBe(200);
    });

    it("revokeOptOut keeps the admin's reason, override and consent on the revocation event", async () => {
      const { optOut } = await store().upsertOptOut(optOutInput(tenant), T0);
      const evidence = { reason: 'resubscribed', override: true, consentId: 'c1' };
      await store().revokeOptOut(tenant, optOut.id, 'admin:sk_live', at(DAY), evidence);
      const events = await store().listOptOutEvents(tenant, optOut.id);
      expect(events.at(-1)).toMatchObject({ type: 'revoked', actor: 'admin:sk_live', evidence });
    });

    it('marks pending recipients no_consent and counts them', async () => {
      const task = await store().createTask(tenant, newTask(), T0);
      await store().addRecipients(tenant, task.id, [
        { contact: '+5511900000001', params: null },
        { contact: '+5511900000002', params: null },
      ]);
      const pending = await store().loadPending(task.id, 10, T0);
      await store().markNoConsent(task.id, [pending[0]?.id ?? ''], T0);
      const stats = await store().recipientStats(tenant, task.id);
      expect(stats).toMatchObject({ no_consent: 1, pending: 1, total: 2 });
      const left = await store().loadPending(task.id, 10, T0);
      expect(left.map((r) => r.id)).toEqual([pending[1]?.id]);
    });
  });
}
