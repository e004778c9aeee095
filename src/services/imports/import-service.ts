/**
 * Imports of many rows (opt-outs here; task recipients reuse it). Up to SYNC_ROW_LIMIT rows are
 * processed during the request; larger imports (up to MAX_IMPORT_ROWS) become an ImportJob that
 * runs in the background, chunk by chunk, and reports progress at GET /admin/imports/:id.
 *
 * A background import belongs to this instance (`owner`) and beats a heartbeat: its progress is
 * recorded at least every PROGRESS_MS, always as rows committed. A shutdown stops it between two
 * chunks and records exactly what was committed; an instance that died leaves a heartbeat that
 * goes stale, and any instance's sweep (at start and every STALE_IMPORT_MS / 2) fails it then,
 * never an import another live instance is running. Either way the import is re-run with the
 * same file: rows already imported come back as unchanged (or duplicate recipients), never twice.
 * (Resuming in place is not offered: the spooled file lives on this instance's disk, which on
 * Heroku is gone with the dyno.)
 */
import type { Readable } from 'node:stream';
import type { Clock } from '../../clock';
import type { ImportJob } from '../../domain/types';
import {
  AppError,
  coerceError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
} from '../../errors';
import type { Logger } from '../../logger';
import type { CategoryStore, ImportPatch, ImportStore } from '../../store/types';
import {
  processRows,
  type ImportHandler,
  type ImportSource,
  type RunImportInput,
} from './import-chunks';
import { checkHeader } from './import-rows';
import { discardSpool, spoolCsv, type SpooledCsv } from './import-spool';
import { createOptOutImportHandler } from '../opt-outs/opt-out-import';
import type { Actor, OptOutService } from '../opt-outs/opt-out-service';

export type { ColumnSpec, RowItem } from './import-rows';
export { CHUNK_ROWS } from './import-chunks';
export type { ImportHandler, ImportSource, RunImportInput } from './import-chunks';
export { readRows, rowItems } from './import-rows';

export const SYNC_ROW_LIMIT = 10_000;
export const MAX_IMPORT_ROWS = 1_000_000;
/** A background import records its progress (and beats its heartbeat) at least this often. */
export const PROGRESS_MS = 1_000;
/**
 * A running import whose heartbeat is older than this has lost its process. Far above
 * PROGRESS_MS: a chunk, a slow commit or a long pause never comes near it.
 */
export const STALE_IMPORT_MS = 60_000;
/** A million rows of a few columns fit comfortably; anything bigger is a mistake. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

export type ImportOutcome =
  | { status: 'completed'; summary: Record<string, unknown> }
  | { status: 'running'; importId: string };

/** A shutdown stopped the import between two chunks. */
class ImportStopped extends Error {}
/** Another instance failed the import as stale (this one paused past STALE_IMPORT_MS). */
class ImportTakenOver extends Error {}

export function createImportService(deps: {
  store: CategoryStore & ImportStore;
  clock: Clock;
  log: Logger;
  optOuts: OptOutService;
  /** This instance (config.instanceId): the owner of the imports it runs. */
  owner: string;
}) {
  const { store, clock, log, owner } = deps;
  const running = new Set<Promise<void>>();
  let stopping = false;
  let sweeper: NodeJS.Timeout | null = null;

  async function background(job: ImportJob, input: RunImportInput): Promise<void> {
    const { handler } = input;
    const record = (patch: ImportPatch) => store.updateImport(job.id, patch, clock.now(), owner);
    try {
      let beat = clock.now().getTime();
      const processed = await processRows(input, async () => {
        // Between two chunks: the one place an import stops, with nothing half written.
        if (stopping) throw new ImportStopped();
        const now = clock.now().getTime();
        if (now - beat < PROGRESS_MS) return;
        beat = now;
        // Committed rows and their summary, together: a crash after this loses no outcome.
        const owned = await record({ processed: handler.committed(), summary: handler.summary() });
        if (!owned) throw new ImportTakenOver();
      });
      await record({ status: 'completed', processed, summary: handler.summary() });
      log.info({ importId: job.id, kind: job.kind, processed }, 'import completed');
    } catch (err) {
      const committed = handler.committed();
      const summary = handler.summary();
      if (err instanceof ImportTakenOver) {
        log.warn(
          { importId: job.id, kind: job.kind, committed },
          'import stopped: another instance found its heartbeat stale and failed it',
        );
        return;
      }
      const stopped = err instanceof ImportStopped;
      const error = stopped
        ? `stopped by a shutdown after ${committed.toLocaleString('en')} rows (the first rows of the file, as the summary says); ` +
          'run the import again with the same file (rows already imported count as unchanged or duplicates, never twice)'
        : coerceError(err).message;
      if (stopped)
        log.warn({ importId: job.id, kind: job.kind, committed }, 'import stopped by shutdown');
      else log.error({ importId: job.id, kind: job.kind, err: coerceError(err) }, 'import failed');
      await record({ status: 'failed', processed: committed, error, summary }).catch((e: unknown) =>
        log.error({ importId: job.id, err: coerceError(e) }, 'could not record the import failure'),
      );
    }
  }

  /** Fails the imports whose heartbeat went stale (their instance died); never a live one. */
  async function sweepStale(): Promise<ImportJob[]> {
    const now = clock.now();
    const stale = await store.failStaleImports(new Date(now.getTime() - STALE_IMPORT_MS), now);
    for (const job of stale)
      log.warn(
        { importId: job.id, kind: job.kind, owner: job.owner, processed: job.processed },
        'import failed: the instance running it stopped beating its heartbeat',
      );
    return stale;
  }

  async function idle(): Promise<void> {
    while (running.size > 0) await Promise.allSettled([...running]);
  }

  async function release(source: ImportSource): Promise<void> {
    if (source.format === 'csv') await discardSpool(source);
  }

  /**
   * Runs an import: small ones now (status `completed` with the summary), large ones in the
   * background (status `running` with the ImportJob id). The source is released either way.
   */
  async function run(input: RunImportInput): Promise<ImportOutcome> {
    const { source } = input;
    let handedOff = false;
    try {
      if (source.format === 'csv') {
        if (source.header.length === 0)
          throw new ValidationError('Empty CSV: the first line must name the columns.');
        const checked = checkHeader(source.header, input.handler.columns, source.headerColumns);
        if ('error' in checked) throw new ValidationError(checked.error);
      }
      const count = source.format === 'csv' ? source.rows : source.rows.length;
      if (count > MAX_IMPORT_ROWS) {
        throw new PayloadTooLargeError(
          `Too many rows (${count}): an import takes at most ${MAX_IMPORT_ROWS}; split it.`,
        );
      }
      if (count <= SYNC_ROW_LIMIT) {
        await processRows(input, async () => undefined);
        return { status: 'completed', summary: input.handler.summary() };
      }
      if (stopping)
        throw new AppError('The service is shutting down: send the import again in a minute.', 503);
      const job = await store.createImport(
        input.tenantId,
        input.kind,
        input.taskId,
        clock.now(),
        owner,
      );
      log.info(
        { importId: job.id, kind: input.kind, rows: count },
        'import running in the background',
      );
      const task = background(job, input).finally(() => release(source).catch(() => undefined));
      handedOff = true;
      running.add(task);
      void task.finally(() => running.delete(task));
      return { status: 'running', importId: job.id };
    } finally {
      if (!handedOff) await release(source);
    }
  }

  return {
    run,

    /** Spools an uploaded CSV to a temp file, counting rows (413 past the size or row limits). */
    receiveCsv(input: Readable): Promise<SpooledCsv> {
      return spoolCsv(input, { maxBytes: MAX_CSV_BYTES, maxRows: MAX_IMPORT_ROWS });
    },

    jsonSource(rows: readonly unknown[]): ImportSource {
      return { format: 'json', rows };
    },

    /** Releases a source that will not be run (the request failed before the import started). */
    discard: release,

    /** POST /admin/opt-outs/import: rows become `admin` opt-outs with source `import`. */
    async importOptOuts(actor: Actor, source: ImportSource): Promise<ImportOutcome> {
      let handler: ImportHandler;
      try {
        handler = await createOptOutImportHandler({ store, clock, optOuts: deps.optOuts }, actor);
      } catch (err) {
        await release(source);
        throw err;
      }
      return run({ kind: 'opt_outs', tenantId: actor.tenant.id, taskId: null, source, handler });
    },

    async get(tenantId: string, id: string): Promise<ImportJob> {
      const job = await store.getImport(tenantId, id);
      if (!job)
        throw new NotFoundError(
          `No import ${id}: use the importId returned by the import request.`,
        );
      return job;
    },

    /** Resolves when every background import started so far has finished (tests). */
    idle,

    sweepStale,

    /** At start-up: fails stale imports now, then sweeps every STALE_IMPORT_MS / 2. */
    async start(): Promise<void> {
      await sweepStale();
      sweeper = setInterval(() => {
        sweepStale().catch((err: unknown) =>
          log.error({ err: coerceError(err) }, 'could not sweep stale imports'),
        );
      }, STALE_IMPORT_MS / 2);
      sweeper.unref();
    },

    /**
     * Shutdown: background imports stop after the chunk they are writing and record exactly
     * what was committed; resolves once they have.
     */
    async stop(): Promise<void> {
      stopping = true;
      if (sweeper) clearInterval(sweeper);
      sweeper = null;
      await idle();
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
