import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import type { Recipient, Task, TenantSettings } from '../../../../src/domain/types';
import { batchDeferrals, capSince } from '../../../../src/services/dispatch/pacing';

const HOUR = 3_600_000;
const recipient = (id: string, contact: string, timeZone: string | null = null): Recipient =>
  ({ id, contact, timeZone }) as Recipient;
const tenant = (patch: Partial<TenantSettings> = {}) => ({
  settings: { ...DEFAULT_SETTINGS, timeZone: 'Europe/Lisbon', ...patch },
});
const task = (window: Task['policy']['window']): Pick<Task, 'policy'> => ({
  policy: { window, messagesPerSecond: null },
});

describe('batch deferrals: the recipient’s window', () => {
  const window = { start: '09:00', end: '18:00', days: [], timeZone: 'recipient' as const };
  // 15:00Z on 2026-01-15: 10:00 New York, 07:00 Los Angeles, 00:00 Tokyo (next day).
  const now = new Date('2026-01-15T15:00:00Z');
  const batch = [
    recipient('ny', '+12125550100'),
    recipient('la', '+13105550100'),
    recipient('tokyo', '+81312345678'),
    recipient('override', '+12125550101', 'Asia/Tokyo'),
  ];

  it('defers each recipient outside its own window to that window’s next opening', () => {
    const out = batchDeferrals(task(window), tenant(), batch, new Map(), now);
    expect(out).toEqual([
      { recipientId: 'la', until: new Date('2026-01-15T17:00:00Z'), reason: 'outside_window' },
      { recipientId: 'tokyo', until: new Date('2026-01-16T00:00:00Z'), reason: 'outside_window' },
      {
        recipientId: 'override',
        until: new Date('2026-01-16T00:00:00Z'),
        reason: 'outside_window',
      },
    ]);
  });

  it('reads the window on the tenant’s clock by default (the dispatcher checks it per task)', () => {
    const onTenant = { start: '09:00', end: '18:00', days: [] };
    expect(batchDeferrals(task(onTenant), tenant(), batch, new Map(), now)).toEqual([]);
  });

  it('holds back a recipient whose window closes within the batch’s length', () => {
    // 22:59:59Z = 17:59:59 New York: one second left.
    const out = batchDeferrals(
      task(window),
      tenant(),
      [batch[0]!],
      new Map(),
      new Date('2026-01-15T22:59:59Z'),
    );
    expect(out).toEqual([
      { recipientId: 'ny', until: new Date('2026-01-16T14:00:00Z'), reason: 'outside_window' },
    ]);
  });

  it('applies the us_marketing preset: Florida stops at 20:00, New York at 21:00', () => {
    const preset = {
      start: '00:00',
      end: '00:00',
      days: [],
      timeZone: 'recipient' as const,
      preset: 'us_marketing' as const,
    };
    // 00:30Z = 19:30 New York and Miami; 01:30Z = 20:30 in both.
    const two = [recipient('fl', '+13055550100'), recipient('ny', '+12125550100')];
    expect(
      batchDeferrals(task(preset), tenant(), two, new Map(), new Date('2026-01-16T00:30:00Z')),
    ).toEqual([]);
    expect(
      batchDeferrals(task(preset), tenant(), two, new Map(), new Date('2026-01-16T01:30:00Z')),
    ).toEqual([
      { recipientId: 'fl', until: new Date('2026-01-16T13:00:00Z'), reason: 'outside_window' },
    ]);
  });
});

describe('batch deferrals: the frequency cap', () => {
  const now = new Date('2026-01-15T15:00:00Z');
  const capped = tenant({ frequencyCap: { max: 3, hours: 24 } });
  const batch = [recipient('a', '+5511900000001'), recipient('b', '+5511900000002')];

  it('holds back a contact at the cap until its oldest counted send leaves the window', () => {
    const oldest = new Date(now.getTime() - 20 * HOUR);
    const recent = new Map([
      ['+5511900000001', { count: 3, oldest }],
      ['+5511900000002', { count: 2, oldest }],
    ]);
    expect(batchDeferrals(task(null), capped, batch, recent, now)).toEqual([
      {
        recipientId: 'a',
        until: new Date(oldest.getTime() + 24 * HOUR),
        reason: 'frequency_capped',
      },
    ]);
  });

  it('counts from `hours` ago, and not at all without a cap', () => {
    expect(capSince(capped, now)).toEqual(new Date(now.getTime() - 24 * HOUR));
    expect(capSince(tenant(), now)).toBeNull();
    const recent = new Map([['+5511900000001', { count: 50, oldest: now }]]);
    expect(batchDeferrals(task(null), tenant(), batch, recent, now)).toEqual([]);
  });
});
