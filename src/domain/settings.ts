import { DEFAULT_ERROR_BURST } from './error-burst';
import type { TenantSettings } from './types';

export const DEFAULT_SETTINGS: TenantSettings = {
  unsubscribeDays: 30,
  timeZone: 'UTC',
  defaultRegion: null,
  language: 'en',
  messagesPerSecond: 80,
  keywordScope: 'task_category',
  keywords: { optOut: [], optIn: [], neverOptOut: [] },
  replyTexts: {},
  brandName: null,
  customerOptOutPolicy: 'seed',
  doubleOptIn: false,
  resumeAfterSignal: 'auto',
  templateCheck: 'refuse',
  optOutBreaker: null,
  errorBurst: DEFAULT_ERROR_BURST,
  frequencyCap: null,
};

/** Shallow merge of a settings patch over current settings (keywords merged by key). */
export function mergeSettings(
  current: TenantSettings,
  patch: Partial<TenantSettings>,
): TenantSettings {
  return {
    ...current,
    ...patch,
    keywords: { ...current.keywords, ...(patch.keywords ?? {}) },
    replyTexts: patch.replyTexts ?? current.replyTexts,
  };
}
