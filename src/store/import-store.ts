import type { ImportJob, ImportKind } from '../domain/types';

export interface ImportPatch {
  status?: ImportJob['status'];
  processed?: number;
  summary?: Record<string, unknown>;
  error?: string | null;
}

/** Background import jobs and their progress. */
export interface ImportStore {
  createImport(
    tenantId: string,
    kind: ImportKind,
    taskId: string | null,
    now: Date,
  ): Promise<ImportJob>;
  updateImport(id: string, patch: ImportPatch, now: Date): Promise<void>;
  getImport(tenantId: string, id: string): Promise<ImportJob | null>;
  /** At start-up: imports left running by a dead process are marked failed. */
  failInterruptedImports(now: Date): Promise<number>;
}
