/** The readable summary: per customer, what they got and why, then each task's figures. */
import { CAST, type Person } from './cast';
import type { FinalState } from './state';
import { taskOfTemplate } from './state';
import type { StoryFacts } from './story';
import type { OptOutView, SandboxMessage } from './wire';

const when = (iso: string | null) =>
  iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'until revoked';

export function describeOptOut(o: OptOutView, names: Map<string, string>): string {
  const scope = o.categoryId ? `${names.get(o.categoryId) ?? o.categoryId}` : 'all marketing';
  const state = o.revokedAt
    ? `revoked ${when(o.revokedAt)}`
    : o.active
      ? `active, ${o.expiresAt ? `until ${when(o.expiresAt)}` : 'until revoked'}`
      : o.expiresAt && Date.parse(o.expiresAt) <= Date.now()
        ? `expired ${when(o.expiresAt)}`
        : `not active (starts ${when(o.startsAt)})`;
  const heard = o.evidence?.intent
    ? `; read as ${o.evidence.intent}/${o.evidence.certainty ?? '?'} (${o.evidence.language ?? '?'})`
    : '';
  return `${scope} · ${o.origin}/${o.source} · ${state}${heard}${o.remarks ? ` · "${o.remarks}"` : ''}`;
}

/** What a customer saw of one of our messages. */
export function renderMessage(m: SandboxMessage): string {
  switch (m.body.type) {
    case 'text':
      return `"${m.body.text.body}"`;
    case 'interactive': {
      const buttons = m.body.interactive.action.buttons.map((b) => `[${b.reply.title}]`).join(' ');
      return `"${m.body.interactive.body.text}" ${buttons}`;
    }
    case 'template':
      return `template ${m.body.template.name} (${m.body.template.language.code})`;
  }
}

/** "sent 10, suppressed 2, total 12": the non-zero figures of a task's stats. */
export function figures(stats: Record<string, number> | undefined): string {
  return Object.entries(stats ?? {})
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** The short form used on a task line: which opt-out, of what origin, until when. */
function shortOptOut(o: OptOutView, names: Map<string, string>): string {
  const scope = o.categoryId
    ? `${names.get(o.categoryId) ?? o.categoryId} opt-out`
    : 'all-marketing opt-out';
  return `its ${scope} (${o.origin}/${o.source}, ${o.expiresAt ? `until ${when(o.expiresAt)}` : 'until revoked'})`;
}

function taskLine(state: FinalState, person: Person, i: number): string {
  const task = state.tasks[i];
  const r = state.recipients[i]?.get(person.contact);
  if (!task || !r) return `not a recipient`;
  if (r.status === 'suppressed') {
    const by = r.suppressedBy ? state.optOutsById.get(r.suppressedBy) : undefined;
    return `⊘ not sent — suppressed by ${by ? shortOptOut(by, state.categoryNames) : `opt-out ${r.suppressedBy ?? '?'}`}`;
  }
  const got = (state.messages.get(person.contact) ?? []).filter(
    (m) => taskOfTemplate(m) === task.id,
  );
  const why = whySent(state, person);
  return `${got.length > 0 ? '✉ got the template' : '· no template in the sandbox'} (status ${r.status})${why}`;
}

/** Sent: say why no opt-out stopped it (none, or one that had expired or covers another scope). */
function whySent(state: FinalState, person: Person): string {
  const mine = state.optOuts.get(person.contact) ?? [];
  if (mine.length === 0) return ' — no opt-out';
  const expired = mine.filter((o) => !o.active && !o.revokedAt);
  if (expired.length > 0)
    return ` — its opt-out had expired (${when(expired[0]?.expiresAt ?? null)})`;
  return ' — no opt-out active when it was sent';
}

export function printReport(
  facts: StoryFacts,
  state: FinalState,
  out: (line: string) => void,
): void {
  out('');
  out('═══ What happened to each customer ═══');
  out(
    '(✉ template accepted by the sandbox · ⊘ suppressed at send time · ↩ our reply · opt-out: scope · origin/source · state)',
  );
  for (const person of CAST) {
    out('');
    out(`● ${person.name}  ${person.contact}`);
    for (const said of facts.inbound.get(person.name) ?? []) out(`  said      ${said.what}`);
    out(`  task 1    ${taskLine(state, person, 0)}`);
    const ours = (state.messages.get(person.contact) ?? []).filter(
      (m) => m.body.type !== 'template',
    );
    for (const m of ours) out(`  reply     ↩ ${renderMessage(m)}`);
    const followUp = state.replies.filter((r) => r.contact === person.contact);
    for (const r of followUp)
      out(`  follow-up "${r.text}" kept for ${state.assignees.join(', ') || 'the team'}`);
    for (const o of state.optOuts.get(person.contact) ?? []) {
      out(`  opt-out   ${describeOptOut(o, state.categoryNames)}`);
    }
    out(`  task 2    ${taskLine(state, person, 1)}`);
  }
  out('');
  out('═══ Tasks ═══');
  state.tasks.forEach((task, i) => {
    out(`"${task.name}": ${task.status} — ${figures(task.stats)}`);
    const messages = [...(state.recipients[i]?.values() ?? [])].filter((r) => r.messageId);
    const delivered = messages.filter((r) => r.deliveredAt !== null || r.readAt !== null).length;
    const read = messages.filter((r) => r.readAt !== null).length;
    out(`    receipts: ${messages.length} sent, ${delivered} delivered, ${read} read`);
  });
}
