/**
 * Who holds a delivery claim, and which holders are this deliverer's own previous incarnation.
 *
 * A claim (60 s) protects a delivery in flight. A process killed mid-delivery leaves its claims
 * behind, and without this its restart would wait them out. A holder id names the process slot,
 * the pid and a per-start boot id: `<slot>#<pid>#<boot>`. At start-up, a claim held by the same
 * slot under another boot id belongs to a process that is gone when
 * - the slot was given (INSTANCE_ID: already required unique among running instances, since
 *   the dispatch lease is taken by it), or
 * - the slot is this host's name and that pid is not running, or is this process's own pid
 *   (a container restarted with the same pid).
 * Anything else (another host, a live pid) keeps its claim until it lapses. Releasing a claim
 * of a live holder by mistake would only send a delivery twice (its finish no longer applies),
 * never lose one: receivers de-duplicate by webhook-id.
 */

export interface Incarnation {
  /** INSTANCE_ID when set (`explicit`), else the host name. */
  slot: string;
  explicit: boolean;
  pid: number;
  /** Unique per start of the process. */
  boot: string;
}

export function holderId(me: Incarnation): string {
  return `${me.slot}#${me.pid}#${me.boot}`;
}

/** The parts of a holder id (the slot may contain `#`: read from the right); null for others. */
export function parseHolder(id: string): { slot: string; pid: number; boot: string } | null {
  const bootAt = id.lastIndexOf('#');
  const pidAt = bootAt > 0 ? id.lastIndexOf('#', bootAt - 1) : -1;
  if (pidAt <= 0) return null;
  const pid = Number(id.slice(pidAt + 1, bootAt));
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  return { slot: id.slice(0, pidAt), pid, boot: id.slice(bootAt + 1) };
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
    return me.explicit || holder.pid === me.pid || !alive(holder.pid);
  });
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
