import { readFileSync } from 'node:fs';

/** Nearest-rank percentile of `values` (not sorted in place); NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Wall-clock milliseconds on a time base every process on the machine shares. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** A process's peak resident set (VmHWM) in MB, from /proc; null where /proc is missing. */
export function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
