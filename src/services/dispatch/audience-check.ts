/**
 * Who in a batch may be sent to: the suppression check every task runs and, for a task whose
 * `policy.audience` is `consented`, the consent check too, both in ONE read of the database
 * (ConsentStore.checkAudience reads them in one snapshot). A `not_opted_out` task (the default)
 * runs exactly the suppression check it always ran. With the tenant's frequency cap on, the
 * batch's contacts' recent sends are counted in the same round of reads (concurrently, from
 * the database: right across tasks and instances).
 */
import type { Channel, Task } from '../../domain/types';
import type { ConsentStore, OptOutStore, RecentSends, RecipientStore } from '../../store/types';

export interface BatchAudience {
  /** Suppressed contacts mapped to the opt-out that suppresses each. */
  suppressed: Map<string, string>;
  /** Contacts of a `consented` task, not suppressed, without an active consent covering it. */
  noConsent: Set<string>;
  /** Each contact's sends since `recentSince` (empty when no cap asked for them). */
  recentSends: Map<string, RecentSends>;
}

export async function checkBatchAudience(
  store: Pick<OptOutStore, 'findSuppressionIds'> &
    Pick<ConsentStore, 'checkAudience'> &
    Pick<RecipientStore, 'countRecentSends'>,
  tenantId: string,
  task: Pick<Task, 'channel' | 'categoryId' | 'policy'>,
  contacts: string[],
  now: Date,
  recentSince: Date | null = null,
): Promise<BatchAudience> {
  const recent = recentSince
    ? store.countRecentSends(tenantId, contacts, recentSince)
    : Promise.resolve(new Map<string, RecentSends>());
  const channel: Channel = task.channel;
  if ((task.policy.audience ?? 'not_opted_out') === 'not_opted_out') {
    const [suppressed, recentSends] = await Promise.all([
      store.findSuppressionIds(tenantId, channel, contacts, task.categoryId, now),
      recent,
    ]);
    return { suppressed, noConsent: new Set(), recentSends };
  }
  const [{ suppressed, noConsent }, recentSends] = await Promise.all([
    store.checkAudience(tenantId, channel, contacts, task.categoryId, now),
    recent,
  ]);
  return { suppressed, noConsent, recentSends };
}
