import type { Clock } from '../../clock';
import { identifierFromWhatsApp } from '../../domain/conversation';
import type { Tenant } from '../../domain/types';
import { maskContact, type Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  BreakerStore,
  DeliveryStore,
  IdentityStore,
  OptOutStore,
  RecipientStore,
  TaskStore,
} from '../../store/types';
import type { PreferenceChange } from '../../whatsapp/webhook-events';
import type { ConsentService } from '../consent/consent-service';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { checkOptOutBreaker } from '../tasks/opt-out-breaker';
import type { EventService } from '../events/event-service';

const TASK_LINK_MS = 72 * 3600 * 1000;

/**
 * Meta's own marketing switch (`user_preferences`): stop → an opt-out of all marketing, origin
 * `meta`, until Meta reports a resume; resume → revoke the `meta` ones. Resume and signup are
 * also recorded as consent (source `meta_signup`). No reply is sent: the customer used
 * WhatsApp's UI, not a conversation. Other values are logged and change nothing.
 */
export function createPreferenceHandler(deps: {
  store: BreakerStore & DeliveryStore & IdentityStore & OptOutStore & RecipientStore & TaskStore;
  clock: Clock;
  log: Logger;
  metrics?: Pick<Metrics, 'taskBreakerTrips'>;
  optOuts: OptOutService;
  consents: Pick<ConsentService, 'grant'>;
  events?: EventService;
}) {
  const { store, clock, log } = deps;
  return {
    async handle(tenant: Tenant, pref: PreferenceChange): Promise<void> {
      const ids = [identifierFromWhatsApp(pref.waId), identifierFromWhatsApp(pref.userId)].filter(
        (x): x is string => x !== null,
      );
      const contact = ids[0];
      if (!contact) {
        log.warn('user_preferences event without wa_id or user_id; skipped');
        return;
      }
      if (pref.category !== 'marketing_messages') {
        log.info(
          { category: pref.category, value: pref.value },
          'user_preferences for a category we do not handle; nothing changed',
        );
        return;
      }
      if (ids.length > 1) await store.linkIdentifiers(tenant.id, 'whatsapp', ids, clock.now());
      const evidence = {
        detail: pref.detail ?? `user_preferences ${pref.value}`,
        identifiers: ids,
      };
      if (pref.value === 'stop') {
        const { outcome } = await deps.optOuts.record({
          tenant,
          channel: 'whatsapp',
          contact,
          categoryId: null,
          origin: 'meta',
          source: 'meta_preference',
          at: pref.timestamp,
          validity: { kind: 'until', expiresAt: null },
          remarks: null,
          evidence,
          actor: 'meta',
        });
        // A stop soon after a task message counts in that task's optedOutAfter, like a STOP reply.
        const all = await store.identifiersOf(tenant.id, 'whatsapp', ids);
        const task = await store.latestTaskMessageTo(
          tenant.id,
          all,
          new Date(pref.timestamp.getTime() - TASK_LINK_MS),
        );
        if (task) {
          await store.markOptedOutAfter(task.recipientId, pref.timestamp);
          await checkOptOutBreaker(deps, tenant, task.taskId, task.sentAt);
        }
        log.info(
          { tenantId: tenant.id, contact: maskContact(contact), outcome },
          'Meta reported a marketing stop',
        );
      } else if (pref.value === 'resume' || pref.value === 'signup') {
        // Resume lifts Meta's own stop; both are the customer saying yes in WhatsApp, kept as
        // consent evidence for all marketing (source `meta_signup`).
        const revoked =
          pref.value === 'resume'
            ? await deps.optOuts.revokeForContact(tenant.id, ids, {
                origins: ['meta'],
                actor: 'meta',
                source: 'meta_preference',
                evidence,
              })
            : [];
        const { outcome } = await deps.consents.grant({
          tenant,
          channel: 'whatsapp',
          contact,
          categoryId: null,
          source: 'meta_signup',
          evidence: {
            detail: `user_preferences ${pref.value}${pref.detail ? `: ${pref.detail}` : ''}`,
          },
          actor: 'meta',
        });
        log.info(
          {
            tenantId: tenant.id,
            contact: maskContact(contact),
            value: pref.value,
            revoked: revoked.length,
            consent: outcome,
          },
          'Meta reported a marketing resume or signup',
        );
      } else {
        log.info({ value: pref.value }, 'user_preferences value we do not act on; nothing changed');
      }
    },
  };
}
