import { spawnSync } from 'node:child_process';
import {
  holderId,
  parseHolder,
  pidAlive,
  previousIncarnations,
  type Incarnation,
} from '../../../../src/services/events/delivery-holder';

const onHost: Incarnation = { slot: 'box#7', explicit: false, pid: 500, boot: 'b2' };
const named: Incarnation = { slot: 'web.1', explicit: true, pid: 500, boot: 'b2' };

describe('delivery claim holders', () => {
  it('names slot, pid and boot, and reads them back (a slot may hold #)', () => {
    expect(holderId(onHost)).toBe('box#7#500#b2');
    expect(parseHolder('box#7#500#b2')).toEqual({ slot: 'box#7', pid: 500, boot: 'b2' });
    // Holders from before these ids, or malformed ones: never taken for an incarnation.
    for (const id of ['myhost-12-abc', '#500#b2', 'box#x#b2', 'box#0#b2', 'box#-3#b2', 'w1']) {
      expect(parseHolder(id)).toBeNull();
    }
  });

  it('on a host: takes back the claims of its own slot whose process is gone or is itself', () => {
    const alive = (pid: number) => pid === 600;
    const holders = [
      'box#7#400#b1', // gone
      'box#7#600#b0', // another live process on this host
      'box#7#500#b1', // this pid, an earlier boot (a container restarted with the same pid)
      'box#7#500#b2', // this very run
      'other#400#b1', // another host: its pids mean nothing here
      'box#7-400-b1', // not a holder id
    ];
    expect(previousIncarnations(holders, onHost, alive)).toEqual(['box#7#400#b1', 'box#7#500#b1']);
  });

  it('with INSTANCE_ID: every other run of that slot is a previous one, pid or not', () => {
    const holders = ['web.1#600#b0', 'web.1#500#b2', 'web.2#600#b0', 'web.1#1#b9'];
    expect(previousIncarnations(holders, named, () => true)).toEqual([
      'web.1#600#b0',
      'web.1#1#b9',
    ]);
  });

  it('tells a running pid from one that exited', () => {
    expect(pidAlive(process.pid)).toBe(true);
    const child = spawnSync(process.execPath, ['-e', '0']);
    expect(child.status).toBe(0);
    expect(pidAlive(child.pid)).toBe(false);
  });
});
