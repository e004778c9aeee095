/**
 * What must hold after the story (invariants: the demo fails without them) and what the story
 * expects of the conversation and the classifier (reported, so a regression is visible).
 */
import { CAST, expectSuppressedFirst, expectSuppressedLater } from './cast';
import { taskOfTemplate, type FinalState } from './state';
import type { StoryFacts } from './story';

export interface CheckResult {
  broken: string[];
  unexpected: string[];
}

export function checkOutcome(facts: StoryFacts, state: FinalState): CheckResult {
  const broken: string[] = [];
  const unexpected: string[] = [];
  state.tasks.forEach((task, i) => {
    if (task.status !== 'completed') broken.push(`task "${task.name}" is ${task.status}`);
    for (const person of CAST) {
      const r = state.recipients[i]?.get(person.contact);
      const templates = (state.messages.get(person.contact) ?? []).filter(
        (m) => taskOfTemplate(m) === task.id,
      );
      if (r?.status === 'suppressed' && templates.length > 0)
        broken.push(`${person.name} was suppressed from "${task.name}" but got its template`);
      if (templates.length > 1)
        broken.push(`${person.name} got ${templates.length} templates of "${task.name}"`);
      const expected = i === 0 ? expectSuppressedFirst(person) : expectSuppressedLater(person);
      if ((r?.status === 'suppressed') !== expected) {
        unexpected.push(
          `${person.name} (${person.part.kind}): expected ${expected ? '' : 'not '}suppressed from "${task.name}", was ${r?.status ?? 'absent'}`,
        );
      }
    }
  });
  for (const person of CAST) {
    const part = person.part;
    const sent = facts.inbound.get(person.name)?.[0];
    const replies = (state.messages.get(person.contact) ?? []).filter(
      (m) => m.body.type !== 'template',
    );
    const quoting = replies.filter((m) => m.body.context?.message_id === sent?.messageId);
    if (part.kind === 'says' && part.expect === 'question') {
      const asked = quoting.some(
        (m) => m.body.type === 'interactive' && /confirm_stop/.test(JSON.stringify(m.body)),
      );
      if (!asked)
        unexpected.push(
          `${person.name}: ${sent?.what} should have been answered with the stop/keep question`,
        );
    }
    if (part.kind === 'says' && part.expect === 'follow-up') {
      if (quoting.length > 0)
        unexpected.push(
          `${person.name}: ${sent?.what} got a reply; it should only be kept for follow-up`,
        );
      if (!state.replies.some((r) => r.contact === person.contact))
        unexpected.push(`${person.name}: ${sent?.what} is not in the task's replies for follow-up`);
    }
    if (
      (part.kind === 'says' && part.expect === 'opt-out') ||
      part.kind === 'taps-opt-out-button'
    ) {
      if (quoting.length !== 1)
        unexpected.push(`${person.name}: expected exactly one confirmation, got ${quoting.length}`);
    }
  }
  return { broken, unexpected };
}
