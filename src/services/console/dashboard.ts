/**
 * The console's dashboard figures: opt-outs per day (in the tenant's time zone) by source and by
 * scope over the last days, the tasks in flight with their stats, and the inbox lag.
 *
 * The opt-outs are read newest first through the list's own index and the reading stops at the
 * first one older than the period (ids sort by creation time), so a tenant with a million old
 * opt-outs costs no more than its recent ones. A very busy period is capped (`truncated`).
 */
import type { Clock } from '../../clock';
import type { OptOutSource, Task, Tenant } from '../../domain/types';
import type { RecipientStats, Store } from '../../store/types';

export const DASHBOARD_SCAN_LIMIT = 50_000;
const PAGE = 500;
const DAY_MS = 86_400_000;

export interface Dashboard {
  since: Date;
  days: string[];
  optOutsPerDay: { day: string; source: OptOutSource; count: number }[];
  topCategories: { categoryId: string | null; name: string; count: number }[];
  scanned: number;
  truncated: boolean;
  tasks: (Pick<Task, 'id' | 'name' | 'status'> & { stats: RecipientStats })[];
  inbox: { pending: number; lagSeconds: number };
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dayIn(timeZone: string): (d: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (d) => format.format(d);
}

export async function dashboard(
  deps: { store: Store; clock: Clock },
  tenant: Tenant,
  days: number,
): Promise<Dashboard> {
  const { store, clock } = deps;
  const now = clock.now();
  const day = dayIn(tenant.settings.timeZone);
  // The last `days` calendar days in the tenant's zone, today included; `since` a day early is
  // enough to cover any offset, and rows before the first day are dropped by name.
  const labels = Array.from({ length: days }, (_, i) =>
    day(new Date(now.getTime() - (days - 1 - i) * DAY_MS)),
  );
  const since = new Date(now.getTime() - days * DAY_MS - DAY_MS);
  const wanted = new Set(labels);

  const perDay = new Map<string, number>();
  const perScope = new Map<string | null, number>();
  let scanned = 0;
  let truncated = false;
  let cursor: string | null = null;
  scan: do {
    const page = await store.listOptOuts(tenant.id, {}, { limit: PAGE, cursor }, now);
    for (const o of page.items) {
      if (o.createdAt < since) break scan;
      if (scanned >= DASHBOARD_SCAN_LIMIT) {
        truncated = true;
        break scan;
      }
      scanned += 1;
      const d = day(o.createdAt);
      if (!wanted.has(d)) continue;
      perDay.set(`${d}|${o.source}`, (perDay.get(`${d}|${o.source}`) ?? 0) + 1);
      perScope.set(o.categoryId, (perScope.get(o.categoryId) ?? 0) + 1);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);

  const names = new Map<string, string>();
  for (const id of perScope.keys()) {
    if (id === null) continue;
    names.set(id, (await store.getCategory(tenant.id, id))?.name ?? `Category ${id}`);
  }
  const topCategories = [...perScope]
    .map(([categoryId, count]) => ({
      categoryId,
      name: categoryId === null ? 'All marketing' : (names.get(categoryId) ?? categoryId),
      count,
    }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);

  const tasks: Dashboard['tasks'] = [];
  for (const status of ['running', 'scheduled', 'paused'] as const) {
    const page = await store.listTasks(tenant.id, { status }, { limit: 20 });
    for (const t of page.items) {
      tasks.push({
        id: t.id,
        name: t.name,
        status: t.status,
        stats: await store.recipientStats(tenant.id, t.id),
      });
    }
  }

  const backlog = await store.inboxBacklog();
  const lag = backlog.oldestReceivedAt
    ? (now.getTime() - backlog.oldestReceivedAt.getTime()) / 1000
    : 0;

  return {
    since,
    days: labels,
    optOutsPerDay: [...perDay].map(([key, count]) => {
      const [d, source] = key.split('|') as [string, OptOutSource];
      return { day: d, source, count };
    }),
    topCategories,
    scanned,
    truncated,
    tasks,
    inbox: { pending: backlog.pending, lagSeconds: Math.max(0, lag) },
  };
}
