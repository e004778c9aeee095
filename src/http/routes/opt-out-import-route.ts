import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../errors';
import {
  MAX_IMPORT_ROWS,
  type ImportOutcome,
  type ImportSource,
} from '../../services/imports/import-service';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { csvUpload } from '../csv-upload';
import { parseInput, requireObjectBody } from '../validate';

/** JSON imports are parsed in memory, so they are capped; large lists go as CSV (streamed). */
export const JSON_IMPORT_LIMIT = '20mb';

export const jsonImportSchema = z.strictObject({
  rows: z
    .array(z.unknown(), 'must be an array of row objects')
    .max(MAX_IMPORT_ROWS, `at most ${MAX_IMPORT_ROWS} rows`),
});

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/**
 * The body of an import request as an ImportSource: CSV is streamed to a temporary file (never
 * held in memory); JSON `{ "rows": [...] }` was parsed by jsonBody. Other types: 415.
 */
export async function importSource(deps: AppDeps, req: Request): Promise<ImportSource> {
  if (req.body !== undefined || req.is(['application/json', 'application/*+json'])) {
    const { rows } = parseInput(jsonImportSchema, requireObjectBody(req.body));
    return deps.services.imports.jsonSource(rows);
  }
  if (req.is(CSV_TYPES)) return deps.services.imports.receiveCsv(csvUpload(req));
  throw new AppError(
    'Send the rows as CSV (Content-Type: text/csv, a header row first) or JSON (Content-Type: application/json, {"rows": [...]}).',
    415,
  );
}

/**
 * An import's answer: 200 with the summary when it finished within the request, else 202 with
 * where to follow it (GET /admin/imports/:id). The same for opt-outs, consents and recipients.
 */
export function sendImportOutcome(res: Response, outcome: ImportOutcome): void {
  if (outcome.status === 'completed') {
    res.status(200).json(outcome.summary);
    return;
  }
  res
    .status(202)
    .location(`/admin/imports/${outcome.importId}`)
    .json({ importId: outcome.importId, status: 'running' });
}

/**
 * POST /admin/opt-outs/import: up to 10,000 rows answer 200 with the summary
 * `{ created, extended, unchanged, invalidCount, invalid: [{ line, contact, error }] }`;
 * larger imports answer 202 `{ importId, status: 'running' }` (see GET /admin/imports/:id).
 */
export function registerOptOutImport(router: Router, deps: AppDeps): void {
  router.post(
    '/opt-outs/import',
    jsonBody(JSON_IMPORT_LIMIT, { alsoReads: CSV_TYPES }),
    async (req, res) => {
      const auth = tenantAuth(res);
      const source = await importSource(deps, req);
      const outcome = await deps.services.imports.importOptOuts(auth, source);
      sendImportOutcome(res, outcome);
    },
  );
}
