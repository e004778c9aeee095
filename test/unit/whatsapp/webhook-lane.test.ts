import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inboxLane } from '../../../src/whatsapp/webhook-lane';

const FIXTURES = path.join(__dirname, '../../fixtures/webhooks');
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

describe('inboxLane: which lane a webhook delivery is stored in', () => {
  it('files deliveries made only of routine receipts in the status lane', () => {
    for (const name of ['status-sent.json', 'status-delivered.json', 'status-read.json'])
      expect([name, inboxLane(fixture(name))]).toEqual([name, 'status']);
  });

  it('files every other fixture (messages, preferences, failures, errors, unknown fields) as priority', () => {
    const others = readdirSync(FIXTURES).filter(
      (f) => f.endsWith('.json') && !/^status-(sent|delivered|read)\.json$/.test(f),
    );
    expect(others.length).toBeGreaterThan(10);
    for (const name of others) expect([name, inboxLane(fixture(name))]).toEqual([name, 'priority']);
  });

  it('puts a receipt batched with a customer message, or a failed status, in the priority lane', () => {
    const receipt = fixture('status-delivered.json') as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    const value = receipt.entry[0]!.changes[0]!.value;
    const withMessage = structuredClone(receipt);
    withMessage.entry[0]!.changes[0]!.value.messages = [{ id: 'wamid.x', type: 'text' }];
    expect(inboxLane(withMessage)).toBe('priority');
    const failed = structuredClone(receipt);
    failed.entry[0]!.changes[0]!.value.statuses = [
      ...(value.statuses as unknown[]),
      { id: 'wamid.y', status: 'failed', timestamp: '1750030075' },
    ];
    expect(inboxLane(failed)).toBe('priority');
    const withErrors = structuredClone(receipt);
    withErrors.entry[0]!.changes[0]!.value.statuses = [
      { id: 'wamid.z', status: 'delivered', errors: [{ code: 131050 }] },
    ];
    expect(inboxLane(withErrors)).toBe('priority');
  });

  it('answers priority when in doubt: odd shapes never hide a STOP behind receipts', () => {
    for (const body of [
      null,
      'STOP',
      [],
      {},
      { entry: [] },
      { entry: [{}] },
      { entry: [{ changes: [{}] }] },
    ])
      expect(inboxLane(body)).toBe('priority');
    expect(
      inboxLane({ entry: [{ changes: [{ field: 'messages', value: { statuses: [] } }] }] }),
    ).toBe('priority');
  });
});
