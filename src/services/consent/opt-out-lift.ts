/**
 * An admin lifting an opt-out (DELETE /admin/opt-outs/:id). An opt-out the customer or Meta made
 * is the customer's: it is never lifted silently. In every mode it needs a reason; in `strict`
 * mode (tenant setting customerOptOutPolicy) it also needs a consent newer than the opt-out
 * covering its scope, or an explicit `override` (with the reason). The revocation's event names
 * the actor and keeps the reason (as `detail`, where the console shows it), the override and the
 * consent relied on. An erasure's entry (the suppression an erased contact is kept under, by a
 * keyed hash) is lifted only with a reason and an explicit `override`, in every mode. The
 * revocation itself (metrics, outbound event) is the opt-out service's.
 */
import type { Evidence, OptOut, Tenant } from '../../domain/types';
import { ConflictError, ValidationError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type { IdentityStore } from '../../store/types';
import type { OptOutService } from '../opt-outs/opt-out-service';
import type { ConsentService } from './consent-service';

export interface LiftRequest {
  reason?: string | undefined;
  override?: boolean | undefined;
}

export function createOptOutLift(deps: {
  store: IdentityStore;
  log: Logger;
  optOuts: Pick<OptOutService, 'get' | 'revoke'>;
  consents: Pick<ConsentService, 'latestActive'>;
}) {
  const { store, log } = deps;

  /** The consent that lets an admin lift this opt-out in strict mode, or null. */
  async function newerConsent(tenantId: string, optOut: OptOut) {
    const identifiers = await store.identifiersOf(tenantId, optOut.channel, [optOut.contact]);
    const consent = await deps.consents.latestActive(
      tenantId,
      optOut.channel,
      identifiers,
      optOut.categoryId,
    );
    return consent && consent.grantedAt.getTime() > optOut.startsAt.getTime() ? consent : null;
  }

  return {
    async lift(tenant: Tenant, id: string, actor: string, request: LiftRequest): Promise<OptOut> {
      const optOut = await deps.optOuts.get(tenant.id, id);
      if (optOut.revokedAt !== null) return optOut; // revoking twice changes nothing
      const reason = request.reason?.trim() || undefined;
      const customers = optOut.origin !== 'admin';
      const who = optOut.origin === 'meta' ? 'Meta (the customer, in WhatsApp)' : 'the customer';
      if (customers && !reason) {
        throw new ValidationError(
          `Invalid body: "reason" is required to lift an opt-out ${who} made (origin ${optOut.origin}); send {"reason": "..."} saying why.`,
        );
      }
      if (request.override && !reason) {
        throw new ValidationError('Invalid body: "override" needs a "reason" saying why.');
      }
      const evidence: Evidence = {};
      if (reason) evidence.detail = reason;
      if (optOut.source === 'erasure') {
        // The contact's number is gone: no consent can name it, and lifting this entry would
        // let the next task that names the number reach the person who asked to be erased.
        if (!reason || !request.override) {
          throw new ConflictError(
            'This entry keeps an erased contact suppressed (source "erasure"): lifting it lets ' +
              'tasks reach a person who asked for their data to be erased. Send {"reason": "...", ' +
              '"override": true} if that person asked to be contacted again.',
          );
        }
        evidence.override = true;
      } else if (customers && (tenant.settings.customerOptOutPolicy ?? 'seed') === 'strict') {
        const consent = await newerConsent(tenant.id, optOut);
        if (consent) evidence.consentId = consent.id;
        else if (request.override) evidence.override = true;
        else
          throw new ConflictError(
            `This opt-out was made by ${who} and the tenant's customerOptOutPolicy is "strict": ` +
              'record the customer’s consent first (POST /admin/consents, newer than the opt-out, ' +
              'covering its scope), or send "override": true with the reason.',
          );
      }
      const revoked = await deps.optOuts.revoke(
        tenant.id,
        id,
        actor,
        Object.keys(evidence).length > 0 ? evidence : null,
      );
      log.info(
        {
          tenantId: tenant.id,
          optOutId: id,
          contact: maskContact(revoked.contact),
          origin: revoked.origin,
          actor,
          override: evidence.override ?? false,
          consentId: evidence.consentId ?? null,
        },
        'opt-out revoked by an admin',
      );
      return revoked;
    },
  };
}

export type OptOutLift = ReturnType<typeof createOptOutLift>;
