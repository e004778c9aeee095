import { spawnSync } from 'node:child_process';
import {
  holderId,
  parseHolder,
  pidAlive,
  pidSpace,
  previousIncarnations,
  type Incarnation,
} from '../../../../src/services/events/delivery-holder';

const onHost: Incarnation = { slot: 'box#7', explicit: false, pid: 500, space: 'ns1', boot: 'b2' };
const named: Incarnation = { slot: 'web.1', explicit: true, pid: 500, space: 'ns1', boot: 'b2' };

describe('delivery claim holders', () => {
  it('names slot, pid, pid space and boot, and reads them back (a slot may hold #)', () => {
    expect(holderId(onHost)).toBe('box#7#500@ns1#b2');
    expect(parseHolder('box#7#500@ns1#b2')).toEqual({
      slot: 'box#7',
      pid: 500,
      space: 'ns1',
      boot: 'b2',
    });
    expect(holderId({ ...onHost, space: null })).toBe('box#7#500#b2');
    expect(parseHolder('box#7#500#b2')).toEqual({
      slot: 'box#7',
      pid: 500,
      space: null,
      boot: 'b2',
    });
    // Holders from before these ids, or malformed ones: never taken for an incarnation.
    for (const id of [
      'myhost-12-abc',
      '#500#b2',
      'box#x#b2',
      'box#0#b2',
      'box#-3#b2',
      'box#1e3#b2',
      'box#5@#b2',
      'box#5@a@b#b2',
      'w1',
    ]) {
      expect(parseHolder(id)).toBeNull();
    }
  });

  it('on a host: takes back the claims of its own slot, in its pid space, whose process is gone or is itself', () => {
    const alive = (pid: number) => pid === 600;
    const holders = [
      'box#7#400@ns1#b1', // gone
      'box#7#600@ns1#b0', // another live process on this host
      'box#7#500@ns1#b1', // this pid in this pid space, an earlier boot: gone
      'box#7#500@ns1#b2', // this very run
      'other#400@ns1#b1', // another host: its pids mean nothing here
      'box#7-400-b1', // not a holder id
    ];
    expect(previousIncarnations(holders, onHost, alive)).toEqual([
      'box#7#400@ns1#b1',
      'box#7#500@ns1#b1',
    ]);
  });

  it('never takes the claims of a live container that shares the host name and runs as pid 1', () => {
    // Two containers, one host name, both pid 1, each in its own pid namespace: in its own
    // namespace neither can see the other's pids. The first took the second's claims (pid 1 is
    // its own pid) and both sent those deliveries.
    const first: Incarnation = { slot: 'app', explicit: false, pid: 1, space: 'nsA', boot: 'a' };
    const second: Incarnation = { ...first, space: 'nsB', boot: 'b' };
    const alive = (pid: number) => pid === 1;
    expect(previousIncarnations([holderId(second)], first, alive)).toEqual([]);
    expect(previousIncarnations([holderId(first)], second, () => false)).toEqual([]);
    // Holder ids without a pid space (an older version, or not Linux) prove nothing either.
    expect(previousIncarnations(['app#1#old', 'app#7#old'], first, () => false)).toEqual([]);
    // Its own earlier run in its own namespace (a crash and restart of the process) it takes.
    expect(previousIncarnations(['app#1@nsA#old'], first, alive)).toEqual(['app#1@nsA#old']);
  });

  it('with INSTANCE_ID: every other run of that slot is a previous one, pid or not', () => {
    const holders = ['web.1#600@ns2#b0', 'web.1#500@ns1#b2', 'web.2#600#b0', 'web.1#1#b9'];
    expect(previousIncarnations(holders, named, () => true)).toEqual([
      'web.1#600@ns2#b0',
      'web.1#1#b9',
    ]);
  });

  it("reads the pid space from the kernel's boot id and the pid namespace, else null", () => {
    const read = (boot: string, ns: string) => ({ file: () => boot, link: () => ns });
    const here = pidSpace(read('0b4f-boot\n', 'pid:[4026531836]'));
    expect(here).toMatch(/^[0-9a-f]{12}$/);
    expect(pidSpace(read('0b4f-boot', 'pid:[4026531836]'))).toBe(here);
    expect(pidSpace(read('0b4f-boot', 'pid:[4026532001]'))).not.toBe(here);
    expect(pidSpace(read('other-boot', 'pid:[4026531836]'))).not.toBe(here);
    const missing = () => {
      throw new Error('ENOENT');
    };
    expect(pidSpace({ file: missing, link: missing })).toBeNull();
    if (process.platform === 'linux') expect(pidSpace()).toMatch(/^[0-9a-f]{12}$/);
  });

  it('tells a running pid from one that exited', () => {
    expect(pidAlive(process.pid)).toBe(true);
    const child = spawnSync(process.execPath, ['-e', '0']);
    expect(child.status).toBe(0);
    expect(pidAlive(child.pid)).toBe(false);
  });
});
