/**
 * Imports of many rows (opt-outs here; task recipients reuse it). Up to SYNC_ROW_LIMIT rows are
 * processed during the request; larger imports (up to MAX_IMPORT_ROWS) become an ImportJob that
 * runs in the background, chunk by chunk, and reports progress at GET /admin/imports/:id.
 */
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Clock } from '../../clock';
import type { ImportJob, ImportKind } from '../../domain/types';
import { coerceError, NotFoundError, PayloadTooLargeError, ValidationError } from '../../errors';
import type { Logger } from '../../logger';
import type { CategoryStore, ImportStore } from '../../store/types';
import { checkHeader, rowBatches, type ColumnSpec, type RowItem } from './import-rows';
import { discardSpool, spoolCsv, type SpooledCsv } from './import-spool';
import { createOptOutImportHandler } from '../opt-outs/opt-out-import';
import type { Actor, OptOutService } from '../opt-outs/opt-out-service';

export type { ColumnSpec, RowItem } from './import-rows';
export { readRows, rowItems } from './import-rows';

export const SYNC_ROW_LIMIT = 10_000;
export const MAX_IMPORT_ROWS = 1_000_000;
/** Rows per store transaction: large enough to be fast, small enough to keep other writers moving. */
export const CHUNK_ROWS = 1_000;
/** How often a background import's progress is recorded (rows). */
export const PROGRESS_ROWS = 10_000;
/** A million rows of a few columns fit comfortably; anything bigger is a mistake. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

export type ImportSource = SpooledCsv | { format: 'json'; rows: readonly unknown[] };

/** What an import does with its rows; one handler per import run (it keeps the running summary). */
export interface ImportHandler {
  columns: ColumnSpec;
  /** Called with up to CHUNK_ROWS rows at a time, in order; unreadable rows come as error items. */
  processChunk(items: RowItem[]): Promise<void>;
  /** Called once after the last chunk, for a handler still holding rows (work handed ahead). */
  finish?(): Promise<void>;
  /** Called once the import is over, whatever its outcome: releases what the handler holds. */
  close?(): Promise<void>;
  /** The summary so far (the sync answer, and the job's summary). */
  summary(): Record<string, unknown>;
}

export type ImportOutcome =
  | { status: 'completed'; summary: Record<string, unknown> }
  | { status: 'running'; importId: string };

export interface RunImportInput {
  kind: ImportKind;
  tenantId: string;
  taskId: string | null;
  source: ImportSource;
  handler: ImportHandler;
}

export function createImportService(deps: {
  store: CategoryStore & ImportStore;
  clock: Clock;
  log: Logger;
  optOuts: OptOutService;
}) {
  const { store, clock, log } = deps;
  const running = new Set<Promise<void>>();

  async function processAll(
    input: RunImportInput,
    onChunk: (processed: number) => Promise<void>,
  ): Promise<number> {
    const { source, handler } = input;
    const batches = rowBatches(
      source.format === 'csv' ? source.path : source.rows,
      source.format,
      handler.columns,
    );
    try {
      return await processEach(batches, handler, onChunk);
    } finally {
      await handler.close?.();
    }
  }

  async function processEach(
    batches: AsyncIterable<RowItem[]>,
    handler: ImportHandler,
    onChunk: (processed: number) => Promise<void>,
  ): Promise<number> {
    let chunk: RowItem[] = [];
    let processed = 0;
    const flush = async () => {
      await handler.processChunk(chunk);
      processed += chunk.length;
      chunk = [];
      await onChunk(processed);
      // Other requests get their turn between chunks, however fast the file reads.
      await nextTurn();
    };
    for await (const batch of batches) {
      for (const item of batch) {
        chunk.push(item);
        if (chunk.length >= CHUNK_ROWS) await flush();
      }
    }
    if (chunk.length > 0) await flush();
    await handler.finish?.();
    return processed;
  }

  async function background(job: ImportJob, input: RunImportInput): Promise<void> {
    try {
      let reported = 0;
      const processed = await processAll(input, async (n) => {
        // Progress is for people polling the job: every PROGRESS_ROWS is plenty, and each
        // update is a committed write of its own.
        if (n - reported < PROGRESS_ROWS) return;
        reported = n;
        await store.updateImport(job.id, { processed: n }, clock.now());
      });
      await store.updateImport(
        job.id,
        { status: 'completed', processed, summary: input.handler.summary() },
        clock.now(),
      );
      log.info({ importId: job.id, kind: job.kind, processed }, 'import completed');
    } catch (err) {
      const error = coerceError(err);
      log.error({ importId: job.id, kind: job.kind, err: error }, 'import failed');
      await store
        .updateImport(
          job.id,
          { status: 'failed', error: error.message, summary: input.handler.summary() },
          clock.now(),
        )
        .catch((e: unknown) =>
          log.error(
            { importId: job.id, err: coerceError(e) },
            'could not record the import failure',
          ),
        );
    }
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
        const checked = checkHeader(source.header, input.handler.columns);
        if ('error' in checked) throw new ValidationError(checked.error);
      }
      const count = source.format === 'csv' ? source.rows : source.rows.length;
      if (count > MAX_IMPORT_ROWS) {
        throw new PayloadTooLargeError(
          `Too many rows (${count}): an import takes at most ${MAX_IMPORT_ROWS}; split it.`,
        );
      }
      if (count <= SYNC_ROW_LIMIT) {
        await processAll(input, async () => undefined);
        return { status: 'completed', summary: input.handler.summary() };
      }
      const job = await store.createImport(input.tenantId, input.kind, input.taskId, clock.now());
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

    /** Resolves when every background import started so far has finished (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
