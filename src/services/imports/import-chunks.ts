/**
 * One import run's rows, a chunk at a time: read from the source (a spooled CSV or a JSON array)
 * and handed to the import's handler, CHUNK_ROWS at a time, in file order, with a turn of the
 * event loop between chunks. What the handler does with them is the import's own business
 * (src/services/opt-out-import.ts, recipient-import-handler.ts).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportKind } from '../../domain/types';
import { rowBatches, type ColumnSpec, type RowItem } from './import-rows';
import type { SpooledCsv } from './import-spool';

/** Rows per store transaction: large enough to be fast, small enough to keep other writers moving. */
export const CHUNK_ROWS = 1_000;

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
  /**
   * Rows (from the start of the file) whose outcome is committed and in the summary: fewer than
   * those handed to processChunk when the handler works ahead.
   */
  committed(): number;
  /** The summary so far (the sync answer, and the job's summary). */
  summary(): Record<string, unknown>;
}

export interface RunImportInput {
  kind: ImportKind;
  tenantId: string;
  taskId: string | null;
  source: ImportSource;
  handler: ImportHandler;
}

/**
 * Hands every row to the handler and returns how many there were. `onChunk` runs after each
 * chunk (progress, and the place to stop: what it throws ends the run between two chunks).
 */
export async function processRows(
  input: RunImportInput,
  onChunk: () => Promise<void>,
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
  onChunk: () => Promise<void>,
): Promise<number> {
  let chunk: RowItem[] = [];
  let processed = 0;
  const flush = async () => {
    await handler.processChunk(chunk);
    processed += chunk.length;
    chunk = [];
    await onChunk();
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
