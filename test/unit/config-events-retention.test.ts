import { hostname } from 'node:os';
import { ConfigError, readConfig } from '../../src/config';

const base = { NODE_ENV: 'test' };

describe('outbox retention and the instance slot', () => {
  it('keeps delivered events 7 days and given-up ones 30 by default, or as set', () => {
    expect(readConfig(base).config.eventsRetention).toEqual({ deliveredDays: 7, deadDays: 30 });
    expect(
      readConfig({ ...base, EVENTS_RETENTION_DAYS: '1', EVENTS_DEAD_RETENTION_DAYS: '90' }).config
        .eventsRetention,
    ).toEqual({ deliveredDays: 1, deadDays: 90 });
  });

  it('refuses a retention that is not a whole number of days, saying the range', () => {
    for (const [name, value] of [
      ['EVENTS_RETENTION_DAYS', '0'],
      ['EVENTS_RETENTION_DAYS', '2.5'],
      ['EVENTS_DEAD_RETENTION_DAYS', 'forever'],
    ] as const) {
      let caught: unknown;
      try {
        readConfig({ ...base, [name]: value });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as ConfigError).problems).toEqual([
        `${name} must be an integer from 1 to 3650; got "${value}".`,
      ]);
    }
  });

  it('keeps a status that came before its send 60 minutes by default, or as set (1 to 10080)', () => {
    expect(readConfig(base).config.parkedStatusMinutes).toBe(60);
    expect(
      readConfig({ ...base, PARKED_STATUS_RETENTION_MINUTES: '5' }).config.parkedStatusMinutes,
    ).toBe(5);
    expect(() => readConfig({ ...base, PARKED_STATUS_RETENTION_MINUTES: '0' })).toThrow(
      'PARKED_STATUS_RETENTION_MINUTES must be an integer from 1 to 10080; got "0".',
    );
  });

  it('keeps processed webhook deliveries 30 days by default, or as set (8 to 3650: the replay reads 7)', () => {
    expect(readConfig(base).config.inboxRetentionDays).toBe(30);
    expect(readConfig({ ...base, INBOX_RETENTION_DAYS: '8' }).config.inboxRetentionDays).toBe(8);
    expect(() => readConfig({ ...base, INBOX_RETENTION_DAYS: '7' })).toThrow(
      'INBOX_RETENTION_DAYS must be an integer from 8 to 3650; got "7".',
    );
  });

  it('names the slot by INSTANCE_ID when set, else by the host', () => {
    expect(readConfig({ ...base, INSTANCE_ID: 'web.1' }).config.instanceSlot).toEqual({
      name: 'web.1',
      explicit: true,
    });
    expect(readConfig(base).config.instanceSlot).toEqual({ name: hostname(), explicit: false });
    // Not Heroku's DYNO: preboot runs a new web.2 beside the old one, which must keep its claims.
    expect(readConfig({ ...base, DYNO: 'web.2' }).config.instanceSlot).toEqual({
      name: hostname(),
      explicit: false,
    });
    expect(readConfig({ ...base, DYNO: 'web.2', INSTANCE_ID: 'a' }).config.instanceSlot).toEqual({
      name: 'a',
      explicit: true,
    });
  });
});
