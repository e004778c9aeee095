/** What happened, read back over HTTP once the story is over: recipients, opt-outs, messages. */
import type { Api } from './client';
import type { StoryFacts } from './story';
import type { OptOutView, Page, RecipientView, ReplyView, SandboxMessage, TaskView } from './wire';

export interface FinalState {
  tasks: TaskView[];
  /** Per task (same order), recipients by contact. */
  recipients: Map<string, RecipientView>[];
  optOuts: Map<string, OptOutView[]>;
  optOutsById: Map<string, OptOutView>;
  /** Everything the sandbox accepted, by recipient (E.164). */
  messages: Map<string, SandboxMessage[]>;
  replies: ReplyView[];
  assignees: string[];
  categoryNames: Map<string, string>;
}

const e164 = (to: string) => (to.startsWith('+') ? to : `+${to}`);

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * The sandbox reports each accepted message's statuses a few hundred milliseconds later (sent,
 * delivered, read): waits until no task message is left short of read (or failed), 10 s at most.
 */
async function receiptsIn(api: Api, taskIds: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const pages = await Promise.all(
      taskIds.map((id) => api.get<Page<RecipientView>>(`/admin/tasks/${id}/recipients?limit=500`)),
    );
    const waiting = pages
      .flatMap((p) => p.items)
      .filter((r) => r.messageId !== null && (r.status === 'sent' || r.status === 'delivered'));
    if (waiting.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function readFinalState(facts: StoryFacts): Promise<FinalState> {
  const api: Api = facts.api;
  await receiptsIn(
    api,
    facts.tasks.map((t) => t.id),
  );
  const tasks = await Promise.all(
    facts.tasks.map((t) => api.get<TaskView>(`/admin/tasks/${t.id}`)),
  );
  const recipients = await Promise.all(
    tasks.map(async (t) => {
      const page = await api.get<Page<RecipientView>>(`/admin/tasks/${t.id}/recipients?limit=500`);
      return new Map(page.items.map((r) => [r.contact, r]));
    }),
  );
  const optOuts = (await api.get<Page<OptOutView>>('/admin/opt-outs?limit=500')).items;
  const { messages } = await api.get<{ messages: SandboxMessage[] }>('/sandbox/messages');
  const first = tasks[0];
  const replies = first
    ? await api.get<Page<ReplyView> & { assignees: string[] }>(`/admin/tasks/${first.id}/replies`)
    : { items: [], assignees: [] };
  const categories = await api.get<Page<{ id: string; name: string }>>('/admin/categories');
  return {
    tasks,
    recipients,
    optOuts: groupBy(optOuts, (o) => o.contact),
    optOutsById: new Map(optOuts.map((o) => [o.id, o])),
    messages: groupBy(messages, (m) => e164(m.to)),
    replies: replies.items,
    assignees: replies.assignees,
    categoryNames: new Map(categories.items.map((c) => [c.id, c.name])),
  };
}

/** The task a template message belongs to, from the callback data the dispatcher attaches. */
export function taskOfTemplate(message: SandboxMessage): string | null {
  if (message.body.type !== 'template') return null;
  return /^task:([^:]+):/.exec(message.body.biz_opaque_callback_data ?? '')?.[1] ?? null;
}
