import type { Clock } from '../../clock';
import type { Metrics } from '../../metrics';
import type { InboxBacklogFigures, InboxLane, InboxStore } from '../../store/types';

export interface LaneLag {
  pending: number;
  /** Age of the oldest unprocessed delivery, in seconds (0 when none). */
  lagSeconds: number;
}

/** How far behind the inbox is, in all and per lane: what /readyz shows and /metrics exports. */
export type InboxLag = LaneLag & { lanes: Record<InboxLane, LaneLag> };

const lagOf = (figures: InboxBacklogFigures, now: Date): LaneLag => ({
  pending: figures.pending,
  lagSeconds: figures.oldestReceivedAt
    ? Math.max(0, (now.getTime() - figures.oldestReceivedAt.getTime()) / 1000)
    : 0,
});

/** Reads the backlog and sets the inbox gauges; the priority lane's lag is the one to alert on. */
export async function readInboxLag(deps: {
  store: InboxStore;
  clock: Clock;
  metrics: Metrics;
}): Promise<InboxLag> {
  const backlog = await deps.store.inboxBacklog();
  const now = deps.clock.now();
  const lag: InboxLag = {
    ...lagOf(backlog, now),
    lanes: {
      priority: lagOf(backlog.lanes.priority, now),
      status: lagOf(backlog.lanes.status, now),
    },
  };
  const { metrics } = deps;
  metrics.inboxPending.set(lag.pending);
  metrics.inboxLagSeconds.set(lag.lagSeconds);
  for (const lane of ['priority', 'status'] as const) {
    metrics.inboxLanePending.set({ lane }, lag.lanes[lane].pending);
    metrics.inboxLaneLagSeconds.set({ lane }, lag.lanes[lane].lagSeconds);
  }
  return lag;
}
