/**
 * Importing a task's recipients (JSON or CSV) through the shared import machinery: contacts
 * normalised as in the opt-out list, duplicates merged by the database's unique index (within
 * the upload and with earlier uploads; the first occurrence's parameters are kept), invalid rows
 * reported by line. Suppression is not decided here: it is decided at send time.
 */
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { isIanaZone, isParamName, RECIPIENT_EDIT_STATUSES } from '../../domain/tasks';
import type { TemplateParams, Tenant } from '../../domain/types';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import type { RecipientStore, TaskStore } from '../../store/types';
import { inPlaceNormalizer, threadNormalizer } from '../imports/contact-normalizer';
import type { ColumnSpec } from '../imports/import-rows';
import {
  SYNC_ROW_LIMIT,
  type ImportHandler,
  type ImportOutcome,
  type ImportService,
} from '../imports/import-service';
import {
  createRecipientImportHandler,
  type ErasureLinker,
  type RecipientRows,
} from './recipient-import-handler';

export type RecipientUpload =
  { format: 'json'; rows: readonly unknown[] } | { format: 'csv'; stream: Readable };

type Layout = { kind: 'json' } | { kind: 'csv'; spec: ColumnSpec; positional: string[] | null };

/**
 * The optional column naming a recipient's IANA time zone (for windows in the recipient's
 * time): camelCase, so it can never be one of Meta's parameter names (lower-case only).
 */
export const TIME_ZONE_COLUMN = 'timeZone';

/** A row's time zone: empty = derived from the number; otherwise a zone Node knows. */
export function timeZoneCell(value: unknown): { zone: string | null } | string {
  if (value === undefined || value === null) return { zone: null };
  if (typeof value !== 'string')
    return 'timeZone: must be an IANA time zone name such as "America/Chicago"';
  const zone = value.trim();
  if (zone === '') return { zone: null };
  return isIanaZone(zone)
    ? { zone }
    : `timeZone: "${zone.slice(0, 60)}" is not an IANA time zone; use a name such as "America/Chicago" or "Europe/Lisbon", or leave it empty to derive the zone from the number`;
}

const JSON_COLUMNS: ColumnSpec = {
  allowed: ['contact', 'params', TIME_ZONE_COLUMN],
  required: ['contact'],
};

const paramValue = z.union([z.string(), z.number().transform(String)]);
const jsonRow = z.strictObject({
  contact: z.union([z.string(), z.number().int().nonnegative().transform(String)]),
  params: z
    .union([z.array(paramValue), z.record(z.string(), paramValue)])
    .nullable()
    .optional(),
  timeZone: z.unknown().optional(),
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
  const params = names.filter((n) => n.toLowerCase() !== 'contact' && n !== TIME_ZONE_COLUMN);
  const zone = names.includes(TIME_ZONE_COLUMN) ? [TIME_ZONE_COLUMN] : [];
  const spec: ColumnSpec = { allowed: ['contact', ...zone, ...params], required: ['contact'] };
  if (params.length > 0 && params.every((p) => /^\d+$/.test(p))) {
    const sorted = [...params].map(Number).sort((a, b) => a - b);
    if (sorted.every((n, i) => n === i + 1)) return { spec, positional: sorted.map(String) };
  }
  const numbered = params.filter((p) => /^\d+$/.test(p));
  if (numbered.length > 0 && numbered.length < params.length) {
    // A template's parameters are all positional or all named (Meta's parameter_format).
    throw new ValidationError(
      `Invalid CSV header: positional parameter columns (${numbered.map((b) => `"${b}"`).join(', ')}) are mixed with named ones ` +
        `(${params
          .filter((p) => !/^\d+$/.test(p))
          .map((b) => `"${b}"`)
          .join(
            ', ',
          )}). A template's parameters are either all positional (columns 1, 2, 3...) or all named (e.g. first_name): use one kind.`,
    );
  }
  if (numbered.length > 0) {
    throw new ValidationError(
      `Invalid CSV header: positional parameter columns must be numbered 1, 2, 3... without gaps; got ${numbered.map((b) => `"${b}"`).join(', ')}.`,
    );
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

export function createRecipientImport(deps: {
  store: RecipientStore & TaskStore;
  imports: ImportService;
  erasures?: ErasureLinker | undefined;
}) {
  const { store, imports } = deps;

  /** Background imports (over SYNC_ROW_LIMIT rows) normalise their contacts on a worker thread. */
  function handlerFor(
    tenant: Tenant,
    taskId: string,
    layout: Layout,
    count: number,
  ): ImportHandler {
    const normalizer = count > SYNC_ROW_LIMIT ? threadNormalizer() : inPlaceNormalizer();
    return createRecipientImportHandler(
      { store, normalizer, erasures: deps.erasures },
      tenant,
      taskId,
      rowsOf(layout),
    );
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
        const handler = handlerFor(tenant, taskId, { kind: 'json' }, upload.rows.length);
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
        handler = handlerFor(tenant, taskId, { kind: 'csv', spec, positional }, source.rows);
      } catch (err) {
        await imports.discard(source);
        throw err;
      }
      return imports.run({ kind: 'recipients', tenantId: tenant.id, taskId, source, handler });
    },
  };
}

function rowsOf(layout: Layout): RecipientRows {
  if (layout.kind === 'json') {
    return {
      columns: JSON_COLUMNS,
      paramsOf(row) {
        const parsed = jsonRow.safeParse(row);
        if (!parsed.success)
          return parsed.error.issues
            .map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
            .join('; ');
        const params = parsed.data.params ?? null;
        return Array.isArray(params) && params.length === 0 ? null : params;
      },
      timeZoneOf: (row) => timeZoneCell(row[TIME_ZONE_COLUMN]),
    };
  }
  const { spec, positional } = layout;
  const named = spec.allowed.filter((c) => c !== 'contact' && c !== TIME_ZONE_COLUMN);
  return {
    columns: spec,
    paramsOf(row): TemplateParams {
      if (positional) return positional.map((col) => String(row[col] ?? ''));
      return named.length === 0
        ? null
        : Object.fromEntries(named.map((c) => [c, String(row[c] ?? '')]));
    },
    timeZoneOf: (row) => timeZoneCell(row[TIME_ZONE_COLUMN]),
  };
}
