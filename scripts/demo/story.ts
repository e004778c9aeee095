/**
 * The story, over the public HTTP routes only: a platform operator creates a tenant; its admin
 * creates a category, records opt-outs and runs a marketing task; customers answer through the
 * sandbox (as Meta would deliver their messages); a second task shows who is now suppressed.
 */
import { CAST, type Person } from './cast';
import { createApi, waitFor, type Api } from './client';
import { figures } from './report';
import type { RunningService } from './service';
import type { InboundResult, SandboxMessage, TaskView } from './wire';

export const PHONE_NUMBER_ID = '100000000000042';
/** Carla's admin opt-out lasts this long: it has expired when the first task sends. */
const EXPIRING_MS = 3_000;

export interface StoryFacts {
  api: Api;
  offersId: string;
  tasks: TaskView[];
  /** What each customer sent, by name: the inbound message ids and what they were. */
  inbound: Map<string, { what: string; messageId: string | null }[]>;
}

type Say = (line: string) => void;

/** The sandbox records `to` as sent: with or without the "+". */
const sameNumber = (a: string, b: string) => a.replace(/^\+/, '') === b.replace(/^\+/, '');

async function inboxDrained(baseUrl: string): Promise<true | undefined> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return /^stopline_inbox_pending 0$/m.test(text) ? true : undefined;
}

/** Creates a draft task bound to Offers, imports the twelve customers and previews it. */
async function prepareTask(api: Api, say: Say, name: string, offersId: string): Promise<TaskView> {
  const task = await api.post<TaskView>('/admin/tasks', {
    name,
    type: 'marketing',
    channel: 'whatsapp',
    categoryId: offersId,
    template: { name: 'spring_sale', language: 'en', optOutButtonIndex: 1 },
    followUp: { assignees: ['sales@casaverde.example'] },
  });
  const imported = await api.post<{ accepted: number; invalidCount: number }>(
    `/admin/tasks/${task.id}/recipients`,
    { recipients: CAST.map((p) => ({ contact: p.contact, params: [p.name] })) },
  );
  say(`task "${name}": ${imported.accepted} recipients imported, ${imported.invalidCount} invalid`);
  await showPreview(api, say, task.id);
  return task;
}

/** Publishes the task and waits (bounded) until the dispatcher has completed it. */
async function sendTask(api: Api, say: Say, task: TaskView): Promise<TaskView> {
  const { name } = task;
  await api.post(`/admin/tasks/${task.id}/publish`);
  say('published; the dispatcher (ticking every second) sends it…');
  const done = await waitFor(
    `task "${name}" to complete`,
    async () => {
      const t = await api.get<TaskView>(`/admin/tasks/${task.id}`);
      if (['paused', 'failed', 'cancelled'].includes(t.status)) {
        throw new Error(`task "${name}" is ${t.status}: ${t.reason ?? 'no reason given'}`);
      }
      return t.status === 'completed' ? t : undefined;
    },
    20_000,
  );
  say(`task "${name}" completed: ${figures(done.stats)}`);
  return done;
}

async function showPreview(api: Api, say: Say, taskId: string): Promise<void> {
  const p = await api.get<{
    wouldSend: number;
    suppressed: {
      total: number;
      byScope: Record<string, number>;
      bySource: Record<string, number>;
    };
  }>(`/admin/tasks/${taskId}/preview`);
  say(
    `preview: would send ${p.wouldSend}, suppressed ${p.suppressed.total} ` +
      `(by scope ${JSON.stringify(p.suppressed.byScope)}, by source ${JSON.stringify(p.suppressed.bySource)})`,
  );
}

function inboundFor(person: Person, taskId: string, templateId: string | undefined) {
  // phoneNumberId is named although a tenant key implies it: see the note in the report.
  const base = { from: person.contact, profileName: person.name, phoneNumberId: PHONE_NUMBER_ID };
  switch (person.part.kind) {
    case 'says':
      return { ...base, text: person.part.text };
    case 'taps-opt-out-button':
      return {
        ...base,
        buttonPayload: `optout:${taskId}`,
        buttonText: 'Stop promotions',
        ...(templateId ? { contextId: templateId } : {}),
      };
    case 'meta-stop':
      return { from: person.contact, phoneNumberId: PHONE_NUMBER_ID, preference: 'stop' as const };
    default:
      return null;
  }
}

const describeInbound = (body: Record<string, unknown>): string =>
  typeof body.text === 'string'
    ? `"${body.text}"`
    : body.preference
      ? `WhatsApp's own "stop marketing messages" (user_preferences ${String(body.preference)})`
      : body.interactiveTitle
        ? `tapped [${String(body.interactiveTitle)}]`
        : `tapped the template's [${String(body.buttonText)}] button`;

export async function playStory(
  service: RunningService,
  say: Say,
  trail: Say,
): Promise<StoryFacts> {
  const platform = createApi(service.baseUrl, service.adminToken, trail);
  const tenant = await platform.post<{ id: string; apiKey: string }>('/admin/tenants', {
    name: 'Casa Verde',
    phoneNumberId: PHONE_NUMBER_ID,
    settings: { timeZone: 'America/Sao_Paulo', language: 'en' },
  });
  say(
    `operator created tenant "Casa Verde" (number ${PHONE_NUMBER_ID}, sandbox) and got its API key`,
  );
  const api = createApi(service.baseUrl, tenant.apiKey, trail);
  const offers = await api.post<{ id: string }>('/admin/categories', {
    name: 'Offers',
    unsubscribeDays: 30,
    description: 'Sales, coupons and seasonal promotions',
    keywords: ['offers', 'promotions', 'ofertas'],
  });
  say('admin created category "Offers" (an opt-out from it lasts 30 days)');

  let expiresAt = 0;
  for (const person of CAST) {
    const part = person.part;
    if (part.kind !== 'admin' && part.kind !== 'admin-expiring') continue;
    const until = part.kind === 'admin-expiring' ? new Date(Date.now() + EXPIRING_MS) : null;
    if (until) expiresAt = until.getTime();
    await api.post('/admin/opt-outs', {
      channel: 'whatsapp',
      contact: person.contact,
      categoryId: part.kind === 'admin' && part.scope === 'all' ? null : offers.id,
      remarks: part.remarks,
      ...(until ? { validUntil: until.toISOString() } : {}),
    });
    const scope = part.kind === 'admin' && part.scope === 'all' ? 'all marketing' : 'Offers';
    say(
      `admin opted ${person.name} out of ${scope}${until ? ` until ${until.toISOString()}` : ''}`,
    );
  }

  const tasks: TaskView[] = [];
  const first = await prepareTask(api, say, 'Offers — spring sale', offers.id);
  const waitMs = expiresAt - Date.now() + 300;
  if (waitMs > 0) {
    say(`waiting ${(waitMs / 1000).toFixed(1)} s for Carla's short opt-out to expire…`);
    await new Promise((r) => setTimeout(r, waitMs));
    await showPreview(api, say, first.id);
  }
  tasks.push(await sendTask(api, say, first));

  const sent = await api.get<{ messages: SandboxMessage[] }>('/sandbox/messages');
  const templateTo = new Map(
    sent.messages
      .filter((m) => m.type === 'template')
      .map((m) => [`+${m.to.replace(/^\+/, '')}`, m.id]),
  );
  const inbound = new Map<string, { what: string; messageId: string | null }[]>();
  for (const person of CAST) {
    const body = inboundFor(person, tasks[0]!.id, templateTo.get(person.contact));
    if (!body) continue;
    const result = await api.post<InboundResult>('/sandbox/inbound', body);
    inbound.set(person.name, [{ what: describeInbound(body), messageId: result.messageId }]);
    say(`${person.name} → ${describeInbound(body)} (webhook answered ${result.delivered})`);
  }
  await waitFor('the inbox to be processed', () => inboxDrained(service.baseUrl));
  await answerQuestions(api, say, inbound);
  await waitFor('the inbox to be processed', () => inboxDrained(service.baseUrl));

  const second = await prepareTask(api, say, 'Offers — week 2', offers.id);
  tasks.push(await sendTask(api, say, second));
  return { api, offersId: offers.id, tasks, inbound };
}

/** People who were asked "stop promotions?" tap the button they chose, read from the question. */
async function answerQuestions(
  api: Api,
  say: Say,
  inbound: Map<string, { what: string; messageId: string | null }[]>,
): Promise<void> {
  const { messages } = await api.get<{ messages: SandboxMessage[] }>('/sandbox/messages');
  for (const person of CAST) {
    if (!person.answers) continue;
    const question = messages
      .filter((m) => sameNumber(m.to, person.contact) && m.body.type === 'interactive')
      .at(-1);
    if (!question || question.body.type !== 'interactive') {
      say(`${person.name} was not asked a question, so has nothing to answer`);
      continue;
    }
    const buttons = question.body.interactive.action.buttons;
    const wanted = person.answers === 'keep' ? /keep/ : /confirm_stop/;
    const button = buttons.find((b) => wanted.test(b.reply.id)) ?? buttons.at(-1);
    if (!button) continue;
    const body = {
      from: person.contact,
      profileName: person.name,
      phoneNumberId: PHONE_NUMBER_ID,
      interactiveId: button.reply.id,
      interactiveTitle: button.reply.title,
      contextId: question.id,
    };
    const result = await api.post<InboundResult>('/sandbox/inbound', body);
    inbound.get(person.name)?.push({ what: describeInbound(body), messageId: result.messageId });
    say(`${person.name} → ${describeInbound(body)} (webhook answered ${result.delivered})`);
  }
}
