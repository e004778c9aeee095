/**
 * Who in a batch may be sent to: the suppression check every task runs and, for a task whose
 * `policy.audience` is `consented`, the consent check too, both in ONE read of the database
 * (ConsentStore.checkAudience reads them in one snapshot). A `not_opted_out` task (the default)
 * runs exactly the suppression check it always ran.
 */
import type { Channel, Task } from '../../domain/types';
import type { ConsentStore, OptOutStore } from '../../store/types';

export interface BatchAudience {
  /** Suppressed contacts mapped to the opt-out that suppresses each. */
  suppressed: Map<string, string>;
  /** Contacts of a `consented` task, not suppressed, without an active consent covering it. */
  noConsent: Set<string>;
}

export async function checkBatchAudience(
  store: Pick<OptOutStore, 'findSuppressionIds'> & Pick<ConsentStore, 'checkAudience'>,
  tenantId: string,
  task: Pick<Task, 'channel' | 'categoryId' | 'policy'>,
  contacts: string[],
  now: Date,
): Promise<BatchAudience> {
  const channel: Channel = task.channel;
  if ((task.policy.audience ?? 'not_opted_out') === 'not_opted_out') {
    const suppressed = await store.findSuppressionIds(
      tenantId,
      channel,
      contacts,
      task.categoryId,
      now,
    );
    return { suppressed, noConsent: new Set() };
  }
  const { suppressed, consented } = await store.checkAudience(
    tenantId,
    channel,
    contacts,
    task.categoryId,
    now,
  );
  const noConsent = new Set(contacts.filter((c) => !suppressed.has(c) && !consented.has(c)));
  return { suppressed, noConsent };
}
