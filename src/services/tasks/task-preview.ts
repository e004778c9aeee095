/**
 * The dry run behind GET /admin/tasks/:id/preview: what would happen if the pending recipients
 * were sent now. Suppression uses the same one-query-per-batch check the dispatcher runs, and
 * the example body comes from the dispatcher's own builder. A `consented` task's recipients
 * are read consent first, as the dispatcher reads them: those without a covering consent are
 * counted `noConsent`, and only the others are looked at for suppression.
 */
import type { Clock } from '../../clock';
import {
  describeShape,
  dominantShape,
  isInsideWindow,
  nextWindowStart,
  paramShape,
  paramsProblem,
  type ParamShape,
} from '../../domain/tasks';
import type { Recipient, Task, Tenant } from '../../domain/types';
import { coerceError } from '../../errors';
import type { ConsentStore, OptOutStore, RecipientStore } from '../../store/types';
import type { TemplateMessage } from '../../whatsapp/types';
import { buildTaskMessage } from './task-message';
import { onRecipientClock, recipientWindowCheck } from '../dispatch/recipient-window';

/** Enough for any campaign an admin previews interactively; past it the figures are a sample. */
export const PREVIEW_SCAN_LIMIT = 100_000;
const PAGE = 500;
const EXAMPLES = 5;

export interface TaskPreview {
  /** Pending recipients looked at (all of them unless `truncated`). */
  scanned: number;
  truncated: boolean;
  wouldSend: number;
  /** A `consented` task's recipients without an active consent covering it (0 for another). */
  noConsent: number;
  suppressed: {
    total: number;
    /** `category`: an opt-out of this task's category; `allMarketing`: of all marketing. */
    byScope: { category: number; allMarketing: number };
    bySource: Record<string, number>;
    byOrigin: Record<string, number>;
  };
  params: {
    /** The shape most recipients have, which the template is assumed to expect. */
    expected: string;
    notFitting: number;
    examples: { contact: string; problem: string }[];
  };
  /**
   * On the tenant's clock: its zone and whether the window is open. On the recipient's clock
   * (`timeZone: "recipient"`): open when it is for any sendable recipient, with the counts.
   */
  window: {
    timeZone: string;
    openNow: boolean;
    nextOpensAt: Date | null;
    recipients?: { insideNow: number; outsideNow: number; neverOpen: number };
  };
  example: { recipientId: string; contact: string; body: TemplateMessage } | null;
  exampleError: string | null;
}

export async function previewTask(
  deps: { store: OptOutStore & RecipientStore & Pick<ConsentStore, 'findConsented'>; clock: Clock },
  tenant: Tenant,
  task: Task,
): Promise<TaskPreview> {
  const { store, clock } = deps;
  const now = clock.now();
  const suppressed: TaskPreview['suppressed'] = {
    total: 0,
    byScope: { category: 0, allMarketing: 0 },
    bySource: {},
    byOrigin: {},
  };
  const scanned: { recipient: Recipient; shape: ParamShape; problem: string | null }[] = [];
  let firstSendable: Recipient | null = null;
  // Recipients left out (suppressed, or without consent): not sendable.
  const suppressedIds = new Set<string>();
  const found = (r: Recipient) => suppressedIds.has(r.id);
  const consentFirst = task.policy.audience === 'consented';
  let noConsent = 0;
  let cursor: string | null = null;
  let truncated = false;
  do {
    const page = await store.listRecipients(
      tenant.id,
      task.id,
      { status: 'pending' },
      { limit: PAGE, cursor },
    );
    const contacts = page.items.map((r) => r.contact);
    const consented = consentFirst
      ? await store.findConsented(tenant.id, task.channel, contacts, task.categoryId)
      : null;
    const optOuts = await store.findSuppressions(
      tenant.id,
      task.channel,
      consented ? contacts.filter((c) => consented.has(c)) : contacts,
      task.categoryId,
      now,
    );
    for (const recipient of page.items) {
      if (consented && !consented.has(recipient.contact)) {
        suppressedIds.add(recipient.id);
        noConsent += 1;
        scanned.push({
          recipient,
          shape: paramShape(recipient.params),
          problem: paramsProblem(recipient.params, null),
        });
        continue;
      }
      const optOut = optOuts.get(recipient.contact);
      if (optOut) {
        suppressedIds.add(recipient.id);
        suppressed.total += 1;
        if (optOut.categoryId === null) suppressed.byScope.allMarketing += 1;
        else suppressed.byScope.category += 1;
        suppressed.bySource[optOut.source] = (suppressed.bySource[optOut.source] ?? 0) + 1;
        suppressed.byOrigin[optOut.origin] = (suppressed.byOrigin[optOut.origin] ?? 0) + 1;
      } else {
        firstSendable ??= recipient;
      }
      scanned.push({
        recipient,
        shape: paramShape(recipient.params),
        problem: paramsProblem(recipient.params, null),
      });
    }
    cursor = page.nextCursor;
    if (cursor && scanned.length >= PREVIEW_SCAN_LIMIT) truncated = true;
  } while (cursor && !truncated);

  const expected = dominantShape(scanned.map((s) => s.shape)) ?? { kind: 'none' as const };
  const notFitting = scanned
    .map((s) => ({
      contact: s.recipient.contact,
      problem: s.problem ?? paramsProblem(s.recipient.params, expected),
    }))
    .filter((s): s is { contact: string; problem: string } => s.problem !== null);

  let example: TaskPreview['example'] = null;
  let exampleError: string | null = null;
  const sample = firstSendable ?? scanned[0]?.recipient ?? null;
  if (sample) {
    try {
      example = {
        recipientId: sample.id,
        contact: sample.contact,
        body: buildTaskMessage(task, sample),
      };
    } catch (err) {
      exampleError = coerceError(err).message;
    }
  }
  const timeZone = tenant.settings.timeZone;
  const openNow = isInsideWindow(task.policy.window, timeZone, now);
  const window: TaskPreview['window'] = onRecipientClock(task)
    ? recipientWindows(
        task,
        tenant,
        scanned.map((s) => s.recipient).filter((r) => !found(r)),
        now,
      )
    : {
        timeZone,
        openNow,
        nextOpensAt: openNow ? now : nextWindowStart(task.policy.window, timeZone, now),
      };
  return {
    scanned: scanned.length,
    truncated,
    wouldSend: scanned.length - suppressed.total - noConsent,
    noConsent,
    suppressed,
    params: {
      expected: describeShape(expected),
      notFitting: notFitting.length,
      examples: notFitting.slice(0, EXAMPLES),
    },
    window,
    example,
    exampleError,
  };
}

/** Each sendable recipient's own window now: how many are inside, waiting, or never open. */
function recipientWindows(
  task: Task,
  tenant: Tenant,
  recipients: Recipient[],
  now: Date,
): TaskPreview['window'] {
  const check = recipientWindowCheck(task, tenant, now);
  const counts = { insideNow: 0, outsideNow: 0, neverOpen: 0 };
  let next: Date | null = null;
  for (const r of recipients) {
    const verdict = check(r);
    if (verdict.open) counts.insideNow += 1;
    else if (verdict.until === null) counts.neverOpen += 1;
    else {
      counts.outsideNow += 1;
      if (!next || verdict.until.getTime() < next.getTime()) next = verdict.until;
    }
  }
  const openNow = counts.insideNow > 0;
  return { timeZone: 'recipient', openNow, nextOpensAt: openNow ? now : next, recipients: counts };
}
