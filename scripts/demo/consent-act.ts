/**
 * The consent act: the tenant turns on `strict` customer opt-outs and double opt-in, and sends a
 * `consented` task. Imported consents, a START answered "yes", a START answered "no", a
 * preference-page choice and a STOP an admin cannot lift each change who receives it.
 */
import { HttpError, waitFor, type Api } from './client';
import { PHONE_NUMBER_ID } from './story';
import type { SandboxMessage, TaskView } from './wire';

type Say = (line: string) => void;

const PEOPLE = {
  dora: { name: 'Dora', contact: '+5511987650101' },
  enzo: { name: 'Enzo', contact: '+5511987650102' },
  fabio: { name: 'Fábio', contact: '+5511987650103' },
  gabi: { name: 'Gabi', contact: '+5511987650104' },
  hugo: { name: 'Hugo', contact: '+5511987650105' },
  iris: { name: 'Iris', contact: '+5511987650106' },
};
const ALL = Object.values(PEOPLE);
/** Who must receive the consented task; everyone else must not. */
const EXPECTED_SENT = [PEOPLE.dora, PEOPLE.enzo];

async function drained(baseUrl: string): Promise<true | undefined> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return /^stopline_inbox_pending 0$/m.test(text) ? true : undefined;
}

export async function playConsentAct(
  api: Api,
  baseUrl: string,
  offersId: string,
  say: Say,
): Promise<{ broken: string[] }> {
  const broken: string[] = [];
  await api.put('/admin/settings', { customerOptOutPolicy: 'strict', doubleOptIn: true });
  say('— consent act: the tenant turns on strict customer opt-outs and double opt-in');

  const imported = await api.post<{ created: number }>('/admin/consents/import', {
    rows: [PEOPLE.dora, PEOPLE.gabi, PEOPLE.hugo].map((p) => ({
      contact: p.contact,
      categoryId: offersId,
      wording: 'Yes, send me Casa Verde offers on WhatsApp',
    })),
  });
  say(`admin imported ${imported.created} consents to Offers (Dora, Gabi, Hugo)`);

  const inbound = (body: Record<string, unknown>) =>
    api.post('/sandbox/inbound', { phoneNumberId: PHONE_NUMBER_ID, ...body });
  const lastQuestion = async (contact: string) => {
    const { messages } = await api.get<{ messages: SandboxMessage[] }>('/sandbox/messages');
    return messages
      .filter((m) => m.to.replace(/^\+/, '') === contact.slice(1) && m.body.type === 'interactive')
      .at(-1);
  };
  for (const [person, answer] of [
    [PEOPLE.enzo, 'yes'],
    [PEOPLE.fabio, 'no'],
  ] as const) {
    await inbound({ from: person.contact, text: 'START' });
    await waitFor('the inbox to be processed', () => drained(baseUrl));
    const question = await lastQuestion(person.contact);
    const button =
      question?.body.type === 'interactive'
        ? question.body.interactive.action.buttons.find((b) =>
            b.reply.id.includes(answer === 'yes' ? 'consent_yes' : 'consent_no'),
          )
        : undefined;
    if (!button) {
      broken.push(`${person.name} wrote START but was not asked to confirm (double opt-in)`);
      continue;
    }
    await inbound({
      from: person.contact,
      interactiveId: button.reply.id,
      interactiveTitle: button.reply.title,
    });
    await waitFor('the inbox to be processed', () => drained(baseUrl));
    say(`${person.name} wrote START, was asked to confirm, and tapped [${button.reply.title}]`);
  }

  const link = await api.post<{ url: string }>(
    `/admin/contacts/${encodeURIComponent(PEOPLE.gabi.contact)}/preference-link`,
    { categoryId: offersId },
  );
  const token = new URL(link.url).searchParams.get('t') ?? '';
  const page = await fetch(`${baseUrl}/preferences`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token, choice: 'stop_category' }).toString(),
  });
  say(`Gabi opened her preference link and stopped Offers (page answered ${page.status})`);

  await inbound({ from: PEOPLE.hugo.contact, text: 'STOP' });
  await waitFor('the inbox to be processed', () => drained(baseUrl));
  const hugos = await api.get<{ items: { id: string; origin: string }[] }>(
    `/admin/opt-outs?contact=${encodeURIComponent(PEOPLE.hugo.contact)}&active=true`,
  );
  const stop = hugos.items.find((o) => o.origin === 'customer');
  try {
    if (stop) await api.delete(`/admin/opt-outs/${stop.id}`, { reason: 'sales wants him back' });
    broken.push('an admin lifted Hugo’s STOP in strict mode without a newer consent');
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    say(`Hugo wrote STOP; an admin's attempt to lift it without a newer consent: ${err.status}`);
  }

  const task = await api.post<TaskView>('/admin/tasks', {
    name: 'Offers — consented only',
    type: 'marketing',
    channel: 'whatsapp',
    categoryId: offersId,
    template: { name: 'spring_sale', language: 'en', optOutButtonIndex: 1 },
    policy: { audience: 'consented' },
  });
  await api.post(`/admin/tasks/${task.id}/recipients`, {
    recipients: ALL.map((p) => ({ contact: p.contact, params: [p.name] })),
  });
  await api.post(`/admin/tasks/${task.id}/publish`);
  const done = await waitFor(
    'the consented task to complete',
    async () => {
      const t = await api.get<TaskView>(`/admin/tasks/${task.id}`);
      return t.status === 'completed' ? t : undefined;
    },
    20_000,
  );
  const { messages } = await api.get<{ messages: SandboxMessage[] }>('/sandbox/messages');
  const got = ALL.filter((p) =>
    messages.some(
      (m) =>
        m.type === 'template' &&
        m.to.replace(/^\+/, '') === p.contact.slice(1) &&
        JSON.stringify(m.body).includes(task.id),
    ),
  );
  const stats = done.stats ?? {};
  say(
    `task "${task.name}" completed: sent to ${got.map((p) => p.name).join(', ') || 'nobody'}; ` +
      `${stats.suppressed ?? 0} suppressed, ${stats.no_consent ?? 0} without consent`,
  );
  const names = (ps: { name: string }[]) => ps.map((p) => p.name).join(', ');
  if (names(got) !== names(EXPECTED_SENT))
    broken.push(`the consented task reached ${names(got)}; expected ${names(EXPECTED_SENT)}`);
  return { broken };
}
