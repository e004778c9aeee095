/**
 * One run of a recipient import (src/services/tasks/task-recipients.ts): each row's parameters checked,
 * its contact normalised, the rows added to the task a chunk per transaction, a summary kept.
 *
 * A chunk's contacts go to the normaliser (a worker thread for large imports) as soon as the
 * chunk is read; this thread meanwhile takes back the chunks already normalised, in order, and
 * writes them. So reading, normalising and writing overlap, and results are recorded in file
 * order (the first MAX_INVALID_LISTED invalid rows are the first ones in the file).
 */
import type { NormalizedContact } from '../../domain/contacts';
import { paramsProblem } from '../../domain/tasks';
import type { TemplateParams, Tenant } from '../../domain/types';
import type { NewRecipient, RecipientStore } from '../../store/types';
import type { ContactNormalizer } from '../imports/contact-normalizer';
import type { ImportHandler } from '../imports/import-chunks';
import type { ColumnSpec, RowItem } from '../imports/import-rows';
import { createInvalidRows } from '../imports/invalid-rows';
/**
 * Chunks handed to the normaliser before this thread waits for the oldest one: enough to keep a
 * normaliser thread busy while this one writes. Not more: rows waiting longer than a few young
 * generation collections are promoted, and a million of them would grow the heap for nothing.
 */
const CHUNKS_AHEAD = 2;

/** A row read and checked, waiting for its contact (or already known to be invalid). */
type Checked =
  | { line: number; raw: string; error: string }
  | { line: number; raw: string; params: TemplateParams; timeZone: string | null };

interface Chunk {
  rows: Checked[];
  contacts: Promise<NormalizedContact[]>;
}

/** Links contacts that were erased before to their erasure entries (see consent/contact-rights). */
export interface ErasureLinker {
  linkErased(tenant: Tenant, contacts: string[]): Promise<number>;
}

export interface RecipientRows {
  columns: ColumnSpec;
  /** The row's template parameters, or why they are not acceptable. */
  paramsOf(row: Record<string, unknown>): TemplateParams | string;
  /** The row's `timeZone` column: an IANA zone, null when empty, or why it is not acceptable. */
  timeZoneOf(row: Record<string, unknown>): { zone: string | null } | string;
}

export function createRecipientImportHandler(
  deps: { store: RecipientStore; normalizer: ContactNormalizer; erasures?: ErasureLinker },
  tenant: Tenant,
  taskId: string,
  rows: RecipientRows,
): ImportHandler {
  const { store, normalizer } = deps;
  const summary = { accepted: 0, duplicates: 0 };
  const invalid = createInvalidRows();
  const ahead: Chunk[] = [];
  const reject = invalid.reject;
  let committed = 0;

  /** Records a chunk's outcome once its contacts are back, and adds its rows (one transaction). */
  async function takeBack(chunk: Chunk): Promise<void> {
    const contacts = await chunk.contacts;
    const accepted: NewRecipient[] = [];
    let next = 0;
    for (const row of chunk.rows) {
      if ('error' in row) {
        reject(row.line, row.raw, row.error);
        continue;
      }
      const normalized = contacts[next++] as NormalizedContact;
      if (!normalized.ok) {
        reject(row.line, row.raw, normalized.error);
        continue;
      }
      const problem = paramsProblem(row.params, null);
      if (problem) {
        reject(row.line, row.raw, problem);
        continue;
      }
      accepted.push({ contact: normalized.contact, params: row.params, timeZone: row.timeZone });
    }
    if (accepted.length > 0) {
      // A number whose data was erased is linked to its erasure entry first, so it stays suppressed.
      await deps.erasures?.linkErased(
        tenant,
        accepted.map((r) => r.contact),
      );
      const { inserted } = await store.addRecipients(tenant.id, taskId, accepted);
      summary.accepted += inserted;
      summary.duplicates += accepted.length - inserted;
    }
    committed += chunk.rows.length;
  }

  return {
    columns: rows.columns,

    async processChunk(items: RowItem[]): Promise<void> {
      const checked: Checked[] = [];
      const raws: string[] = [];
      for (const item of items) {
        if ('error' in item) {
          checked.push({ line: item.line, raw: item.contact, error: item.error });
          continue;
        }
        const value = item.row.contact;
        const raw = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        const params = rows.paramsOf(item.row);
        if (typeof params === 'string') {
          checked.push({ line: item.line, raw, error: params });
          continue;
        }
        const zone = rows.timeZoneOf(item.row);
        if (typeof zone === 'string') {
          checked.push({ line: item.line, raw, error: zone });
          continue;
        }
        checked.push({ line: item.line, raw, params, timeZone: zone.zone });
        raws.push(raw);
      }
      const contacts = normalizer.normalize('whatsapp', raws, tenant.settings.defaultRegion);
      // Awaited later (takeBack); if the import fails first, this one's failure is not news.
      contacts.catch(() => undefined);
      ahead.push({ rows: checked, contacts });
      while (ahead.length > CHUNKS_AHEAD) await takeBack(ahead.shift() as Chunk);
    },

    async finish() {
      while (ahead.length > 0) await takeBack(ahead.shift() as Chunk);
    },

    close: () => normalizer.close(),

    committed: () => committed,

    summary() {
      return { ...summary, invalidCount: invalid.count(), invalid: invalid.listed() };
    },
  };
}
