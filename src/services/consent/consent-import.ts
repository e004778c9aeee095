/**
 * The consent side of an import (POST /admin/consents/import): each row validated like
 * POST /admin/consents (contact normalised, category by id or name), then granted a chunk per
 * transaction through the shared import machinery (src/services/imports/): same CSV dialect,
 * spooling, row limits, background runs and invalid-row reports as the opt-out import.
 */
import { z } from 'zod';
import { CONSENT_SOURCES } from '../../domain/consent';
import { CHANNELS, type Channel, type Tenant } from '../../domain/types';
import type { CategoryStore, ConsentInput } from '../../store/types';
import type { ColumnSpec, RowItem } from '../imports/import-rows';
import { categoryResolver, presentFields } from '../imports/row-fields';
import type {
  ImportHandler,
  ImportOutcome,
  ImportService,
  ImportSource,
} from '../imports/import-service';
import { createInvalidRows } from '../imports/invalid-rows';
import { allCategories, contactText, describeIssues } from '../opt-outs/opt-out-import';
import type { Actor } from '../opt-outs/opt-out-service';
import type { GrantOutcome } from '../../store/types';

/** What the handler needs of the consent service (not the whole of it: no import cycle). */
interface Granting {
  grantBatch(inputs: ConsentInput[]): Promise<GrantOutcome[]>;
}

export const CONSENT_IMPORT_COLUMNS: ColumnSpec = {
  allowed: ['channel', 'contact', 'categoryId', 'category', 'source', 'wording', 'url', 'detail'],
  required: ['contact'],
};

const text = (max: number) =>
  z.string('must be a string').max(max, `must be at most ${max} characters`);

/**
 * Where the consent was collected: an http(s) address. Anything else (`javascript:`, `data:`)
 * is no page a customer saw, and would be a link to run code wherever the evidence is shown.
 */
const evidenceUrl = text(2000).refine((value) => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL, e.g. https://shop.example/join');

/**
 * A row's `evidence` (JSON rows), as POST /admin/consents takes it (consent-schemas.ts: the
 * same fields and limits); CSV rows give wording, url and detail as columns instead.
 */
export const consentEvidenceSchema = z.strictObject({
  text: text(4096).optional(),
  messageId: text(200).optional(),
  url: evidenceUrl.optional(),
  wording: text(1000).optional(),
  language: text(20).optional(),
  detail: text(1000).optional(),
});

const rowSchema = z.strictObject({
  channel: z.enum(CHANNELS).default('whatsapp'),
  contact: z.union([z.string(), z.number().int().nonnegative().transform(String)]),
  categoryId: z.string().optional(),
  category: z.string().optional(),
  // How the consent was collected (a web form's, a double opt-in's), as on POST /admin/consents.
  source: z.enum(CONSENT_SOURCES, `must be one of ${CONSENT_SOURCES.join(', ')}`).optional(),
  evidence: consentEvidenceSchema.nullable().optional(),
  wording: text(1000).optional(),
  url: evidenceUrl.optional(),
  detail: text(1000).optional(),
});

type Normalize = (tenant: Tenant, channel: Channel, raw: string) => string;

type Prepared = { ok: true; input: ConsentInput } | { ok: false; error: string };

export async function createConsentImportHandler(
  deps: { store: CategoryStore; consents: Granting; normalize: Normalize },
  { tenant, actor }: Actor,
): Promise<ImportHandler> {
  const { consents, normalize } = deps;
  const categories = await allCategories(deps.store, tenant.id);
  const categoryOf = categoryResolver(categories);
  const summary = { created: 0, renewed: 0, reaffirmed: 0 };
  const invalid = createInvalidRows();
  const reject = invalid.reject;
  let committed = 0;

  function prepare(raw: Record<string, unknown>): Prepared {
    const present = presentFields(raw);
    const parsed = rowSchema.safeParse(present);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const row = parsed.data;
    const category = categoryOf(row);
    if (typeof category === 'string') return { ok: false, error: category };
    let contact: string;
    try {
      contact = normalize(tenant, row.channel, row.contact);
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
    // The columns win over the same field in `evidence`; the importing admin is always named.
    const evidence = {
      ...(row.evidence ?? {}),
      actor,
      ...(row.wording !== undefined ? { wording: row.wording } : {}),
      ...(row.url !== undefined ? { url: row.url } : {}),
      ...(row.detail !== undefined ? { detail: row.detail } : {}),
    };
    return {
      ok: true,
      input: {
        tenantId: tenant.id,
        channel: row.channel,
        contact,
        categoryId: category?.id ?? null,
        source: row.source ?? 'import',
        evidence,
        actor,
      },
    };
  }

  return {
    columns: CONSENT_IMPORT_COLUMNS,

    async processChunk(items: RowItem[]): Promise<void> {
      const inputs: ConsentInput[] = [];
      for (const item of items) {
        if ('error' in item) {
          reject(item.line, item.contact, item.error);
          continue;
        }
        const prepared = prepare(item.row);
        if (prepared.ok) inputs.push(prepared.input);
        else reject(item.line, contactText(item.row.contact), prepared.error);
      }
      for (const outcome of await consents.grantBatch(inputs)) summary[outcome] += 1;
      committed += items.length;
    },

    committed: () => committed,

    summary() {
      return { ...summary, invalidCount: invalid.count(), invalid: invalid.listed() };
    },
  };
}

/** Runs a consent import: small ones answer now, large ones in the background (an ImportJob). */
export async function importConsents(
  deps: {
    store: CategoryStore;
    consents: Granting;
    imports: ImportService;
    normalize: Normalize;
  },
  actor: Actor,
  source: ImportSource,
): Promise<ImportOutcome> {
  let handler: ImportHandler;
  try {
    handler = await createConsentImportHandler(deps, actor);
  } catch (err) {
    await deps.imports.discard(source);
    throw err;
  }
  return deps.imports.run({
    kind: 'consents',
    tenantId: actor.tenant.id,
    taskId: null,
    source,
    handler,
  });
}
