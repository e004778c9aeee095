/**
 * Importing a task's recipients (JSON or CSV) through the shared import machinery: contacts
 * normalised as in the opt-out list, duplicates merged by the database's unique index (within
 * the upload and with earlier uploads; the first occurrence's parameters are kept), invalid rows
 * reported by line. Suppression is not decided here: it is decided at send time.
 */
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { normalizeContact } from '../domain/contacts';
import { isParamName, paramsProblem, RECIPIENT_EDIT_STATUSES } from '../domain/tasks';
import type { InvalidRow, TemplateParams, Tenant } from '../domain/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { NewRecipient, Store } from '../store/types';
import type { ColumnSpec, RowItem } from './import-rows';
import type { ImportHandler, ImportOutcome, ImportService } from './import-service';

export const MAX_INVALID_LISTED = 1_000;

export type RecipientUpload =
  { format: 'json'; rows: readonly unknown[] } | { format: 'csv'; stream: Readable };

type Layout = { kind: 'json' } | { kind: 'csv'; spec: ColumnSpec; positional: string[] | null };
const JSON_COLUMNS: ColumnSpec = { allowed: ['contact', 'params'], required: ['contact'] };

const paramValue = z.union([z.string(), z.number().transform(String)]);
const jsonRow = z.strictObject({
  contact: z.union([z.string(), z.number().int().nonnegative().transform(String)]),
  params: z
    .union([z.array(paramValue), z.record(z.string(), paramValue)])
    .nullable()
    .optional(),
});

/**
 * The CSV's parameter columns: all named 1..n → positional `{{1}}..{{n}}`; otherwise named
 * parameters, whose names must be Meta's (lower-case letters, digits, _).
 */
export function csvParamColumns(header: readonly string[]): {
  spec: ColumnSpec;
  positional: string[] | null;
} {
  const names = header.map((h) => h.trim());
  const params = names.filter((n) => n.toLowerCase() !== 'contact');
  const spec: ColumnSpec = { allowed: ['contact', ...params], required: ['contact'] };
  if (params.length > 0 && params.every((p) => /^\d+$/.test(p))) {
    const sorted = [...params].map(Number).sort((a, b) => a - b);
    if (sorted.every((n, i) => n === i + 1)) return { spec, positional: sorted.map(String) };
  }
  const bad = params.filter((p) => !isParamName(p));
  if (bad.length > 0) {
    throw new ValidationError(
      `Invalid CSV header: column${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')} cannot be template parameter names. ` +
        'Besides "contact", columns are named parameters (lower-case letters, digits and _, e.g. first_name) or positional ones named 1, 2, 3...',
    );
  }
  return { spec, positional: null };
}

export function createRecipientImport(deps: { store: Store; imports: ImportService }) {
  const { store, imports } = deps;

  function handlerFor(tenant: Tenant, taskId: string, layout: Layout): ImportHandler {
    const summary = { accepted: 0, duplicates: 0, invalidCount: 0 };
    const invalid: InvalidRow[] = [];
    const reject = (line: number, contact: string, error: string) => {
      summary.invalidCount += 1;
      if (invalid.length < MAX_INVALID_LISTED) invalid.push({ line, contact, error });
    };

    function paramsOf(row: Record<string, unknown>): TemplateParams | string {
      if (layout.kind === 'csv') {
        if (layout.positional) return layout.positional.map((col) => String(row[col] ?? ''));
        const named = layout.spec.allowed.filter((c) => c !== 'contact');
        return named.length === 0
          ? null
          : Object.fromEntries(named.map((c) => [c, String(row[c] ?? '')]));
      }
      const parsed = jsonRow.safeParse(row);
      if (!parsed.success)
        return parsed.error.issues
          .map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
          .join('; ');
      const params = parsed.data.params ?? null;
      return Array.isArray(params) && params.length === 0 ? null : params;
    }

    return {
      columns: layout.kind === 'csv' ? layout.spec : JSON_COLUMNS,
      async processChunk(items: RowItem[]): Promise<void> {
        const rows: NewRecipient[] = [];
        for (const item of items) {
          if ('error' in item) {
            reject(item.line, item.contact, item.error);
            continue;
          }
          const raw = item.row.contact;
          const rawText = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
          const params = paramsOf(item.row);
          if (typeof params === 'string') {
            reject(item.line, rawText, params);
            continue;
          }
          const normalized = normalizeContact('whatsapp', rawText, tenant.settings.defaultRegion);
          if (!normalized.ok) {
            reject(item.line, rawText, normalized.error);
            continue;
          }
          const problem = paramsProblem(params, null);
          if (problem) {
            reject(item.line, rawText, problem);
            continue;
          }
          rows.push({ contact: normalized.contact, params });
        }
        if (rows.length === 0) return;
        const { inserted } = await store.addRecipients(tenant.id, taskId, rows);
        summary.accepted += inserted;
        summary.duplicates += rows.length - inserted;
      },
      summary() {
        return { ...summary, invalid: [...invalid].sort((a, b) => a.line - b.line) };
      },
    };
  }

  return {
    /**
     * POST /admin/tasks/:id/recipients, while the task is a draft or paused. Up to 10,000 rows
     * answer with the summary; more run in the background (status `running` with an import id).
     */
    async add(tenant: Tenant, taskId: string, upload: RecipientUpload): Promise<ImportOutcome> {
      const task = await store.getTask(tenant.id, taskId);
      if (!task) throw new NotFoundError(`No task ${taskId}: list them with GET /admin/tasks.`);
      if (!RECIPIENT_EDIT_STATUSES.includes(task.status)) {
        throw new ConflictError(
          `Cannot add recipients to task ${taskId}: it is ${task.status}. Recipients can be added while a task is a draft or paused (pause it first).`,
        );
      }
      if (upload.format === 'json') {
        const handler = handlerFor(tenant, taskId, { kind: 'json' });
        return imports.run({
          kind: 'recipients',
          tenantId: tenant.id,
          taskId,
          source: imports.jsonSource(upload.rows),
          handler,
        });
      }
      const source = await imports.receiveCsv(upload.stream);
      let handler: ImportHandler;
      try {
        const { spec, positional } = csvParamColumns(source.header);
        handler = handlerFor(tenant, taskId, { kind: 'csv', spec, positional });
      } catch (err) {
        await imports.discard(source);
        throw err;
      }
      return imports.run({ kind: 'recipients', tenantId: tenant.id, taskId, source, handler });
    },
  };
}
