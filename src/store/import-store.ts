import type { ImportJob, ImportKind } from '../domain/types';

export interface ImportPatch {
  status?: ImportJob['status'];
  processed?: number;
  summary?: Record<string, unknown>;
  error?: string | null;
}

/**
 * Background import jobs and their progress. Each has an owner (the instance running it) and a
 * heartbeat (updatedAt).
 */
export interface ImportStore {
  createImport(
    tenantId: string,
    kind: ImportKind,
    taskId: string | null,
    now: Date,
    owner: string,
  ): Promise<ImportJob>;
  /**
   * Records progress or the outcome, and beats the heartbeat (updatedAt = now). Only while the
   * import runs and `owner` runs it: false when it does not (failed as stale by another
   * instance), and the owner must then stop.
   */
  updateImport(id: string, patch: ImportPatch, now: Date, owner: string): Promise<boolean>;
  getImport(tenantId: string, id: string): Promise<ImportJob | null>;
  /**
   * Running imports whose heartbeat is older than `staleBefore` (their process died) are marked
   * failed, keeping what they recorded; returns them as they were. An import a live instance
   * runs beats more often than that, so it is never touched.
   */
  failStaleImports(staleBefore: Date, now: Date): Promise<ImportJob[]>;
}
