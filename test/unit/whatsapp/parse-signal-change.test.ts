import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tierLimit } from '../../../src/whatsapp/account-signals';
import type { QualitySignal } from '../../../src/whatsapp/account-signals';
import { parseWebhook } from '../../../src/whatsapp/parse-webhook';

const FIXTURES = path.join(__dirname, '../../fixtures/webhooks');
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

function signal(name: string): QualitySignal {
  const { events, skipped } = parseWebhook(load(name));
  expect(skipped).toEqual([]);
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event?.kind !== 'signal') throw new Error(`expected a signal, got ${event?.kind}`);
  return event;
}

describe('parseWebhook: account-level signals', () => {
  it('reads a template pause with its account, template and time', () => {
    const s = signal('template-status-paused.json');
    expect(s).toMatchObject({
      type: 'template_status',
      wabaId: '102290129340398',
      event: 'PAUSED',
      templateId: '1689556908129832',
      templateName: 'summer_promo_v3',
      language: 'en_US',
      reason: null,
      subject: 'template:summer_promo_v3:en_US',
    });
    expect(s.time?.toISOString()).toBe('2026-01-15T11:35:00.000Z');
    expect(s.key).toBe(
      'message_template_status_update:template:summer_promo_v3:en_US:PAUSED:1768476900',
    );
  });

  it('reads a template disabled for low quality with its disable date', () => {
    const s = signal('template-status-disabled.json');
    expect(s).toMatchObject({ type: 'template_status', event: 'DISABLED', reason: 'LOW_QUALITY' });
    expect(s.type === 'template_status' && s.disableDate).toBe('1768822500');
  });

  it('reads an approval (a paused template coming back)', () => {
    expect(signal('template-status-approved.json')).toMatchObject({ event: 'APPROVED' });
  });

  it('reads a template quality change', () => {
    expect(signal('template-quality-red.json')).toMatchObject({
      type: 'template_quality',
      event: 'RED',
      previousScore: 'YELLOW',
      subject: 'template:summer_promo_v3:en_US',
    });
  });

  it('reads a flagged number and its messaging limit', () => {
    expect(signal('phone-quality-flagged.json')).toMatchObject({
      type: 'number_quality',
      event: 'FLAGGED',
      displayPhoneNumber: '15550783881',
      currentLimit: 'TIER_1K',
      oldLimit: null,
    });
  });

  it('reads the successor of current_limit (a bare number) as a tier', () => {
    expect(signal('phone-quality-downgrade.json')).toMatchObject({
      event: 'DOWNGRADE',
      currentLimit: 'TIER_250',
      oldLimit: 'TIER_1K',
    });
  });

  it('reads an account restriction and keeps the value', () => {
    const s = signal('account-update-restriction.json');
    expect(s).toMatchObject({ type: 'account', event: 'ACCOUNT_RESTRICTION', subject: 'account' });
    expect(s.raw).toHaveProperty('restriction_info');
  });

  it('keys a redelivery the same and a later event differently', () => {
    const a = signal('template-status-paused.json');
    const b = signal('template-status-paused.json');
    expect(b.key).toBe(a.key);
    expect(signal('template-status-approved.json').key).not.toBe(a.key);
  });

  it('keys an entry without time by a digest of its value', () => {
    const body = (event: string) => ({
      object: 'whatsapp_business_account',
      entry: [{ id: 'W1', changes: [{ field: 'account_update', value: { event } }] }],
    });
    const [a] = parseWebhook(body('ACCOUNT_BANNED')).events;
    const [b] = parseWebhook(body('ACCOUNT_BANNED')).events;
    const [c] = parseWebhook(body('VERIFIED_ACCOUNT')).events;
    expect(a?.kind === 'signal' && a.time).toBeNull();
    expect(a?.kind === 'signal' && a.key).toBe(b?.kind === 'signal' && b.key);
    expect(a?.kind === 'signal' && a.key).not.toBe(c?.kind === 'signal' && c.key);
  });

  it('treats an unknown event value as data, upper-cased', () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'W1',
          time: 1768476900,
          changes: [
            {
              field: 'message_template_status_update',
              value: {
                event: 'some_future_state',
                message_template_name: 't',
                message_template_language: 'en',
              },
            },
          ],
        },
      ],
    };
    const [s] = parseWebhook(body).events;
    expect(s).toMatchObject({ kind: 'signal', event: 'SOME_FUTURE_STATE', templateId: null });
  });

  it('skips a change without the fields it needs, or without an account id, saying why', () => {
    const { events, skipped } = parseWebhook({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'W1',
          changes: [{ field: 'message_template_status_update', value: { event: 'PAUSED' } }],
        },
        { changes: [{ field: 'account_update', value: { event: 'ACCOUNT_BANNED' } }] },
        { id: 'W1', changes: [{ field: 'phone_number_quality_update', value: 'FLAGGED' }] },
      ],
    });
    expect(events).toEqual([]);
    expect(skipped).toHaveLength(3);
    expect(skipped[0]?.reason).toMatch(/message_template_name/);
    expect(skipped[1]?.reason).toMatch(/WhatsApp Business Account id/);
    expect(skipped[2]?.path).toBe('entry[2].changes[0].value');
  });
});

describe('tierLimit', () => {
  it('reads the unique-recipient limit of each tier', () => {
    expect(tierLimit('TIER_250')).toBe(250);
    expect(tierLimit('TIER_1K')).toBe(1000);
    expect(tierLimit('TIER_100K')).toBe(100_000);
    expect(tierLimit('TIER_UNLIMITED')).toBeNull();
    expect(tierLimit(null)).toBeNull();
  });
});
