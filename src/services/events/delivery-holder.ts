/**
 * Who holds a delivery claim, and which holders are this deliverer's own previous incarnation.
 *
 * A claim (60 s) protects a delivery in flight. A process killed mid-delivery leaves its claims
 * behind, and without this its restart would wait them out. A holder id names the process slot,
 * the pid, the pid space it was read in, and a per-start boot id: `<slot>#<pid>@<space>#<boot>`.
 * At start-up, a claim held by the same slot under another boot id belongs to a process that is
 * gone when
 * - the slot was given (INSTANCE_ID: the operator vouches it is unique among running instances;
 *   not Heroku's DYNO, which preboot gives to two dynos at once), or
 * - the slot is the host's name, the holder's pid was read in this very pid space (same kernel
 *   boot, same pid namespace), and that pid is not running or is this process's own.
 * A host name alone proves nothing: two containers may share one (a compose file's `hostname:`,
 * copies of one pod spec) and both run as pid 1, each in its own pid namespace, where the
 * other's pids look unused. Taking pid 1's claims there released a live container's claims and
 * sent its deliveries twice. Anything unproven (another host or namespace, a live pid, a holder
 * id without a space) keeps its claim until it lapses; a restarted container gets a new pid
 * namespace, so it waits its old claims out unless INSTANCE_ID names it. Releasing a
 * live holder's claim by mistake sends a delivery twice (its finish no longer applies), never
 * loses one: receivers de-duplicate by webhook-id.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';

export interface Incarnation {
  /** INSTANCE_ID when set (`explicit`), else the host name. */
  slot: string;
  explicit: boolean;
  pid: number;
  /**
   * Where `pid` means something: this kernel boot's pid namespace (see pidSpace()); null where
   * that cannot be read (not Linux), then only holders with no space either compare pids.
   */
  space: string | null;
  /** Unique per start of the process. */
  boot: string;
}

export interface Holder {
  slot: string;
  pid: number;
  /** Null for holder ids without one (written before spaces, or not on Linux). */
  space: string | null;
  boot: string;
}

export function holderId(me: Incarnation): string {
  const pid = me.space === null ? String(me.pid) : `${me.pid}@${me.space}`;
  return `${me.slot}#${pid}#${me.boot}`;
}

/** The parts of a holder id (the slot may contain `#`: read from the right); null for others. */
export function parseHolder(id: string): Holder | null {
  const bootAt = id.lastIndexOf('#');
  const pidAt = bootAt > 0 ? id.lastIndexOf('#', bootAt - 1) : -1;
  if (pidAt <= 0) return null;
  const [pidText = '', space = null, ...rest] = id.slice(pidAt + 1, bootAt).split('@');
  const pid = Number(pidText);
  if (!/^[0-9]+$/.test(pidText) || !Number.isSafeInteger(pid) || pid <= 0) return null;
  if (rest.length > 0 || space === '') return null;
  return { slot: id.slice(0, pidAt), pid, space, boot: id.slice(bootAt + 1) };
}

/** The holders among `holders` that are earlier, finished runs of this process slot. */
export function previousIncarnations(
  holders: readonly string[],
  me: Incarnation,
  alive: (pid: number) => boolean,
): string[] {
  const self = holderId(me);
  return holders.filter((id) => {
    const holder = parseHolder(id);
    if (!holder || id === self || holder.slot !== me.slot) return false;
    if (me.explicit) return true;
    // A host name only: its pids are this process's to judge only in this very pid space.
    if (holder.space !== me.space) return false;
    return holder.pid === me.pid || !alive(holder.pid);
  });
}

/**
 * This process's pid space: a short hash of the kernel's boot id and the pid namespace's inode
 * (Linux; null elsewhere). Two containers on one host differ by namespace; a namespace inode
 * reused after a reboot differs by boot id.
 */
export function pidSpace(
  read: { file: (p: string) => string; link: (p: string) => string } = {
    file: (p) => readFileSync(p, 'utf8'),
    link: (p) => readlinkSync(p),
  },
): string | null {
  try {
    const bootId = read.file('/proc/sys/kernel/random/boot_id').trim();
    const namespace = read.link('/proc/self/ns/pid');
    if (bootId === '' || namespace === '') return null;
    return createHash('sha256').update(`${bootId}\n${namespace}`).digest('hex').slice(0, 12);
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs on this host (EPERM: it does, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
