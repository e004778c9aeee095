import type { Channel, TenantSettings } from '../../../src/domain/types';
import type { NewTask, OptOutInput, Store } from '../../../src/store/types';

/** The reference instant every contract test starts from. */
export const T0 = new Date('2026-01-15T10:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const at = (offsetMs: number): Date => new Date(T0.getTime() + offsetMs);

/** Opens a fresh store before each test and closes it after; `store()` is the open one. */
export function useStore(open: () => Promise<Store>): () => Store {
  let current: Store | null = null;
  beforeEach(async () => {
    current = await open();
    await current.init();
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return () => {
    if (!current) throw new Error('the store is only open inside a test');
    return current;
  };
}

export const settings = (overrides: Partial<TenantSettings> = {}): TenantSettings => ({
  unsubscribeDays: 30,
  timeZone: 'America/Sao_Paulo',
  defaultRegion: 'BR',
  language: 'pt',
  messagesPerSecond: 80,
  keywordScope: 'task_category',
  keywords: { optOut: ['chega'], optIn: [] },
  replyTexts: { pt: { optOutConfirmed: 'Pronto!' } },
  brandName: 'Loja',
  ...overrides,
});

export async function createTenant(
  store: Store,
  name = 'Loja',
  phoneNumberId: string | null = null,
): Promise<string> {
  const tenant = await store.createTenant(
    { name, phoneNumberId, accessTokenEnc: null, settings: settings() },
    T0,
  );
  return tenant.id;
}

export function optOutInput(tenantId: string, overrides: Partial<OptOutInput> = {}): OptOutInput {
  return {
    tenantId,
    channel: 'whatsapp' as Channel,
    contact: '+5511987654321',
    categoryId: null,
    origin: 'customer',
    source: 'keyword',
    startsAt: T0,
    expiresAt: at(30 * DAY),
    remarks: null,
    evidence: { text: 'PARAR', intent: 'opt_out', language: 'pt', messageId: 'wamid.in1' },
    actor: 'customer:+5511987654321',
    ...overrides,
  };
}

export function newTask(overrides: Partial<NewTask> = {}): NewTask {
  return {
    name: 'January sale',
    categoryId: null,
    template: { name: 'jan_sale', language: 'pt_BR', optOutButtonIndex: 1 },
    startAt: T0,
    endAt: null,
    policy: {
      window: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
      messagesPerSecond: 20,
    },
    followUp: { assignees: ['agent@loja.example'] },
    ...overrides,
  };
}
