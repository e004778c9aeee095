/**
 * Acts on Meta's quality signals: records each once per tenant of the account, then applies the
 * signal unless a newer one about the same subject is already there (Meta's deliveries may come
 * out of order): tasks using a stopped template pause with the reason and resume when Meta
 * reinstates it; a flagged number pauses the tenant's tasks; a restricted account pauses them.
 */
import type { Clock } from '../../clock';
import {
  accountAction,
  accountPauseReason,
  NUMBER_PAUSE_HEAD,
  numberAction,
  numberPauseReason,
  templateAction,
  templatePauseHead,
  templatePauseReason,
} from '../../domain/quality-signals';
import type { Task, Tenant } from '../../domain/types';
import type { Logger } from '../../logger';
import type { NewSignal, SignalStore, TaskStore, TenantStore } from '../../store/types';
import type { QualitySignal } from '../../whatsapp/account-signals';
import { signalEvent, taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

export interface SignalHandlerDeps {
  store: SignalStore & TaskStore & TenantStore;
  clock: Clock;
  log: Logger;
}

export function createSignalHandler(deps: SignalHandlerDeps) {
  const { store, clock, log } = deps;

  async function tasksIn(tenantId: string, statuses: Task['status'][]): Promise<Task[]> {
    const found: Task[] = [];
    for (const status of statuses) {
      let cursor: string | null = null;
      do {
        const page = await store.listTasks(tenantId, { status }, { limit: 200, cursor });
        found.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
    }
    return found;
  }

  async function pause(tenant: Tenant, tasks: Task[], reason: string): Promise<number> {
    let n = 0;
    for (const task of tasks) {
      const updated = await store.updateTask(
        tenant.id,
        task.id,
        ['scheduled', 'running'],
        { status: 'paused', reason },
        clock.now(),
        eventsFor(tenant.id, clock.now(), (t: Task) => [taskEvent('task.paused', t)]),
      );
      if (updated) n += 1;
    }
    return n;
  }

  async function resume(tenant: Tenant, head: string): Promise<number> {
    if (tenant.settings.resumeAfterSignal === 'admin') return 0;
    let n = 0;
    for (const task of await tasksIn(tenant.id, ['paused'])) {
      if (!task.reason?.startsWith(head)) continue;
      // Compare-and-set on the reason too: an admin who paused it meanwhile keeps it paused.
      const current = await store.getTask(tenant.id, task.id);
      if (current?.status !== 'paused' || current.reason !== task.reason) continue;
      const updated = await store.updateTask(
        tenant.id,
        task.id,
        ['paused'],
        { status: 'scheduled', reason: null },
        clock.now(),
        eventsFor(tenant.id, clock.now(), (t: Task) => [taskEvent('task.resumed', t)]),
      );
      if (updated) n += 1;
    }
    return n;
  }

  async function apply(tenant: Tenant, signal: QualitySignal): Promise<void> {
    const active = (): Promise<Task[]> => tasksIn(tenant.id, ['scheduled', 'running']);
    let paused = 0;
    let resumed = 0;
    switch (signal.type) {
      case 'template_status': {
        const using = (t: Task) =>
          t.template.name === signal.templateName && t.template.language === signal.language;
        const action = templateAction(signal.event);
        if (action === 'pause') {
          const reason = templatePauseReason(
            signal.templateName,
            signal.language,
            signal.event,
            signal.reason,
          );
          paused = await pause(tenant, (await active()).filter(using), reason);
        } else if (action === 'resume') {
          resumed = await resume(tenant, templatePauseHead(signal.templateName, signal.language));
        }
        break;
      }
      case 'number_quality': {
        const action = numberAction(signal.event);
        if (action === 'pause') {
          const reason = numberPauseReason(signal.displayPhoneNumber, signal.currentLimit);
          paused = await pause(tenant, await active(), reason);
        } else if (action === 'resume') {
          resumed = await resume(tenant, NUMBER_PAUSE_HEAD);
        }
        break;
      }
      case 'account':
        if (accountAction(signal.event) === 'pause') {
          paused = await pause(tenant, await active(), accountPauseReason(signal.event));
        }
        break;
      case 'template_quality':
        // Stored for the admin; Meta itself pauses a template that stays RED.
        break;
    }
    log.info(
      {
        tenantId: tenant.id,
        signal: signal.type,
        event: signal.event,
        subject: signal.subject,
        paused,
        resumed,
      },
      'Meta quality signal applied',
    );
  }

  return {
    /** Records and applies one signal for every tenant of its account. */
    async handle(signal: QualitySignal): Promise<'done' | 'duplicate' | 'skipped'> {
      const tenants = await store.listTenantsByWabaId(signal.wabaId);
      if (tenants.length === 0) {
        log.warn(
          { wabaId: signal.wabaId, signal: signal.type },
          'quality signal for an unknown WhatsApp Business Account; skipped (set wabaId on the tenant)',
        );
        return 'skipped';
      }
      let fresh = false;
      for (const tenant of tenants) {
        const now = clock.now();
        const at = signal.time ?? now;
        // Acted on before it is recorded: a crash in between re-acts on the redelivery (the
        // effects are compare-and-set), while a recorded signal is never acted on twice, so a
        // duplicate cannot re-pause a task an admin has resumed since.
        const latest = await store.latestSignal(tenant.id, signal.type, signal.subject);
        if (latest?.key === signal.key) continue;
        if (latest === null || latest.at.getTime() <= at.getTime()) await apply(tenant, signal);
        else
          log.info({ tenantId: tenant.id, key: signal.key }, 'older quality signal recorded only');
        fresh ||= await store.recordSignal(
          tenant.id,
          {
            wabaId: signal.wabaId,
            type: signal.type,
            subject: signal.subject,
            event: signal.event,
            key: signal.key,
            detail: signal.raw,
            at,
          },
          now,
          // Written with the signal, in its transaction: once per signal, never lost.
          eventsFor(tenant.id, now, (stored: NewSignal) => [signalEvent(stored)]),
        );
      }
      return fresh ? 'done' : 'duplicate';
    },
  };
}

export type SignalHandler = ReturnType<typeof createSignalHandler>;
