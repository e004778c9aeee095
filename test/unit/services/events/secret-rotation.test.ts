import { Webhook } from 'standardwebhooks';
import { ManualClock } from '../../../../src/clock';
import { newSecret, webhookSignature } from '../../../../src/services/events/standard-webhooks';

/**
 * Signing during a secret rotation, checked by the `standardwebhooks` library a receiver uses:
 * during the overlap either secret verifies; after it, only the new one.
 */
describe('webhookSignature during a secret rotation', () => {
  const clock = new ManualClock('2026-01-15T10:00:00.000Z');
  const previous = newSecret();
  const current = newSecret();
  const secrets = {
    secret: current,
    previousSecret: previous,
    previousSecretValidUntil: new Date('2026-01-16T10:00:00.000Z'),
  };
  const body = '{"id":"evt_1","type":"opt_out.created"}';

  /** The headers of a delivery signed at the clock's instant. */
  function headersNow(): Record<string, string> {
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    return {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature(secrets, clock.now(), 'evt_1', timestamp, body),
    };
  }

  /** The library checks the timestamp against its own clock: it runs at the signing instant. */
  function verifies(secret: string, headers: Record<string, string>): boolean {
    jest.useFakeTimers({ now: clock.now(), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch {
      return false;
    } finally {
      jest.useRealTimers();
    }
  }

  afterEach(() => clock.set('2026-01-15T10:00:00.000Z'));

  it('carries both signatures, new first, and either secret verifies during the overlap', () => {
    const headers = headersNow();
    const entries = (headers['webhook-signature'] ?? '').split(' ');
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.startsWith('v1,'))).toBe(true);
    expect(
      webhookSignature(
        { ...secrets, previousSecret: null },
        clock.now(),
        'evt_1',
        Number(headers['webhook-timestamp']),
        body,
      ),
    ).toBe(entries[0]);
    expect(verifies(current, headers)).toBe(true);
    expect(verifies(previous, headers)).toBe(true);
    expect(verifies(newSecret(), headers)).toBe(false);
  });

  it('still signs with both a millisecond before the previous secret expires', () => {
    clock.set(secrets.previousSecretValidUntil.getTime() - 1);
    const headers = headersNow();
    expect(verifies(previous, headers)).toBe(true);
    expect(verifies(current, headers)).toBe(true);
  });

  it('signs with the new secret alone once the previous one has expired', () => {
    clock.set(secrets.previousSecretValidUntil);
    const headers = headersNow();
    expect((headers['webhook-signature'] ?? '').split(' ')).toHaveLength(1);
    expect(verifies(current, headers)).toBe(true);
    expect(verifies(previous, headers)).toBe(false);
    clock.advance(3600_000);
    expect(verifies(previous, headersNow())).toBe(false);
  });

  it('signs with the new secret alone when there is no previous one', () => {
    const only = { secret: current, previousSecret: null, previousSecretValidUntil: null };
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature(only, clock.now(), 'evt_1', timestamp, body),
    };
    expect(headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(verifies(current, headers)).toBe(true);
    expect(verifies(previous, headers)).toBe(false);
  });
});
