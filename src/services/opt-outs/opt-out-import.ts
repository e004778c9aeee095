/**
 * The opt-out side of an import: each row validated like POST /admin/opt-outs (contact
 * normalised, category by id or name, validity), then upserted a chunk per transaction.
 * Invalid rows are reported by line and never stop the rest.
 *
 * GET /admin/opt-outs/export.csv imports again as it is (issue 12, item 4): its columns are
 * accepted, `expiresAt` is used as validUntil (empty: the opt-out never expires), rows with
 * `active` false (revoked or lapsed) are skipped and counted, and the others (`id`, `startsAt`,
 * `source`, `origin`, `createdAt`, `updatedAt`, `revokedAt`, `revokedBy`) are ignored: an imported
 * row is a new admin opt-out from the import, starting now.
 */
import { isoTimestamp } from '../../parse-input';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { expiryAfterDays, MAX_VALIDITY_DAYS } from '../../domain/opt-out-validity';
import { CHANNELS, type Category } from '../../domain/types';
import type { CategoryStore, OptOutInput } from '../../store/types';
import { categoryResolver, presentFields } from '../imports/row-fields';
import type { ImportHandler } from '../imports/import-chunks';
import type { ColumnSpec, RowItem } from '../imports/import-rows';
import { createInvalidRows } from '../imports/invalid-rows';
import type { Actor, OptOutService } from './opt-out-service';

/** The export's columns the import reads but does not use (see the header comment). */
const EXPORT_ONLY_COLUMNS = [
  'id',
  'startsAt',
  'source',
  'origin',
  'createdAt',
  'updatedAt',
  'revokedAt',
  'revokedBy',
] as const;

export const OPT_OUT_IMPORT_COLUMNS: ColumnSpec = {
  allowed: [
    'channel',
    'contact',
    'categoryId',
    'category',
    'validUntil',
    'validDays',
    'remarks',
    'expiresAt',
    'active',
    ...EXPORT_ONLY_COLUMNS,
  ],
  required: ['contact'],
};

/** CSV cells are strings: digits become a number; anything else fails as "not a whole number". */
const days = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
  z
    .number('must be a whole number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(MAX_VALIDITY_DAYS, `must be at most ${MAX_VALIDITY_DAYS}`),
);

/** ISO 8601 with Z or an offset, as the admin routes accept it (the same strict reader). */
const timestamp = isoTimestamp;

/** The export writes true/false; JSON rows may send booleans. */
const flag = z.preprocess(
  (v) => (v === 'true' ? true : v === 'false' ? false : v),
  z.boolean('must be true or false'),
);

const ignored = z.unknown().optional();

const rowSchema = z.strictObject({
  // A WhatsApp service: a row without a channel is a WhatsApp contact.
  channel: z.enum(CHANNELS).default('whatsapp'),
  contact: z.union([z.string(), z.number().int().nonnegative().transform(String)]),
  categoryId: z.string().optional(),
  category: z.string().optional(),
  validUntil: timestamp.optional(),
  validDays: days.optional(),
  remarks: z.string().max(500, 'must be at most 500 characters').optional(),
  expiresAt: timestamp.optional(),
  active: flag.optional(),
  ...Object.fromEntries(EXPORT_ONLY_COLUMNS.map((name) => [name, ignored])),
});

type Prepared =
  { ok: true; input: OptOutInput } | { ok: false; error: string } | { ok: false; skip: true };

export async function createOptOutImportHandler(
  deps: { store: CategoryStore; clock: Clock; optOuts: OptOutService },
  { tenant, actor }: Actor,
): Promise<ImportHandler> {
  const { clock, optOuts } = deps;
  const categories = await allCategories(deps.store, tenant.id);
  const categoryOf = categoryResolver(categories);
  const summary = { created: 0, extended: 0, unchanged: 0, skipped: 0 };
  const invalid = createInvalidRows();
  const reject = invalid.reject;
  let committed = 0;

  function prepare(raw: Record<string, unknown>, now: Date): Prepared {
    const present = presentFields(raw);
    const parsed = rowSchema.safeParse(present, { reportInput: true });
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const row = parsed.data;
    if (row.active === false) return { ok: false, skip: true };
    // The export's expiresAt is validUntil; an empty one (the column is there) means never.
    const given = [
      row.validUntil && 'validUntil',
      row.expiresAt && 'expiresAt',
      row.validDays !== undefined && 'validDays',
    ].filter(Boolean);
    if (given.length > 1)
      return { ok: false, error: `give either ${given.join(' or ')}, not both` };
    const forever = 'expiresAt' in raw && given.length === 0;
    const until = row.validUntil ?? row.expiresAt;
    if (until && until.getTime() <= now.getTime()) {
      const name = row.validUntil ? 'validUntil' : 'expiresAt';
      return { ok: false, error: `${name} ${until.toISOString()} is not in the future` };
    }
    const category = categoryOf(row);
    if (typeof category === 'string') return { ok: false, error: category };
    let contact: string;
    try {
      contact = optOuts.normalize(tenant, row.channel, row.contact);
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
    const expiresAt = until
      ? until
      : forever
        ? null
        : expiryAfterDays(
            now,
            row.validDays ??
              (category ? category.unsubscribeDays : tenant.settings.unsubscribeDays),
          );
    return {
      ok: true,
      input: {
        tenantId: tenant.id,
        channel: row.channel,
        contact,
        categoryId: category?.id ?? null,
        origin: 'admin',
        source: 'import',
        startsAt: now,
        expiresAt,
        remarks: row.remarks ?? null,
        evidence: null,
        actor,
      },
    };
  }

  return {
    columns: OPT_OUT_IMPORT_COLUMNS,

    async processChunk(items: RowItem[]): Promise<void> {
      const now = clock.now();
      const inputs: OptOutInput[] = [];
      for (const item of items) {
        if ('error' in item) {
          reject(item.line, item.contact, item.error);
          continue;
        }
        const prepared = prepare(item.row, now);
        if (prepared.ok) inputs.push(prepared.input);
        else if ('skip' in prepared) summary.skipped += 1;
        else reject(item.line, contactText(item.row.contact), prepared.error);
      }
      for (const outcome of await optOuts.recordBatch(inputs)) {
        // A revoked or lapsed row that starts again is, to the admin, a new opt-out.
        if (outcome === 'created' || outcome === 'renewed') summary.created += 1;
        else summary[outcome] += 1;
      }
      committed += items.length;
    },

    committed: () => committed,

    summary() {
      return { ...summary, invalidCount: invalid.count(), invalid: invalid.listed() };
    },
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
      const field = issue.path.map(String).join('.');
      if (issue.code === 'invalid_type' && issue.input === undefined) return `${field} is required`;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function contactText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export async function allCategories(store: CategoryStore, tenantId: string): Promise<Category[]> {
  const all: Category[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Category[]; nextCursor: string | null } = await store.listCategories(
      tenantId,
      { limit: 500, cursor },
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}
