import { readFileSync } from 'node:fs';
import path from 'node:path';
import { customersOf, runInChains } from '../../../../src/services/inbox/customer-chains';

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '../../../fixtures/webhooks', name), 'utf8');

describe('customersOf: who a delivery is about', () => {
  it('names senders, status recipients and preference owners, wa_ids without "+"', () => {
    expect(customersOf(fixture('text-plain.json')).length).toBeGreaterThan(0);
    expect(customersOf(fixture('status-failed-131050.json'))).toEqual(['5511987654321']);
    expect(customersOf(fixture('message-bsuid-only.json')).some((id) => id.includes('.'))).toBe(
      true,
    );
    expect(customersOf(fixture('user-preferences-stop.json')).length).toBeGreaterThan(0);
  });

  it('names nobody for an error change or a body that is not JSON', () => {
    expect(customersOf(fixture('value-errors.json'))).toEqual([]);
    expect(customersOf('not json')).toEqual([]);
  });
});

describe('runInChains', () => {
  /** A run per item that waits until the test releases it, recording starts and ends. */
  function gatedRuns() {
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    const run = (item: string) => {
      log.push(`start ${item}`);
      return new Promise<void>((resolve) => {
        gates.set(item, () => {
          log.push(`end ${item}`);
          resolve();
        });
      });
    };
    const release = async (item: string) => {
      gates.get(item)!();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    return { log, run, release };
  }
  const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('runs different customers side by side and one customer’s items in order', async () => {
    const { log, run, release } = gatedRuns();
    const keys: Record<string, string[]> = { a1: ['A'], b1: ['B'], a2: ['A'], ab: ['A', 'B'] };
    const all = runInChains(['a1', 'b1', 'a2', 'ab'], (item) => keys[item]!, run);
    await flush();
    expect(log).toEqual(['start a1', 'start b1']);
    await release('b1');
    expect(log).toEqual(['start a1', 'start b1', 'end b1']);
    await release('a1');
    expect(log.slice(3)).toEqual(['end a1', 'start a2']);
    await release('a2');
    expect(log.slice(5)).toEqual(['end a2', 'start ab']);
    await release('ab');
    await all;
  });

  it('settles every run before it rejects with the first failure', async () => {
    const done: string[] = [];
    const outcome = runInChains(
      ['x', 'y', 'z'],
      (item) => (item === 'z' ? [] : [item]),
      async (item) => {
        if (item === 'x') throw new Error('x failed');
        await Promise.resolve();
        done.push(item);
      },
    );
    await expect(outcome).rejects.toThrow('x failed');
    expect(done.sort()).toEqual(['y', 'z']);
  });
});
