/**
 * CSV import fuzz (issue 12): generated files (test/support/csv-fuzz.ts) posted to both CSV
 * imports of the real app, opt-outs and task recipients. For every file the answer is 200 (or
 * 202 and a completed job, over 10,000 rows), counts every valid row as imported and every
 * corrupted one as invalid, lists the corrupted lines and their contacts (the first 1,000), quotes no more than
 * ~100 characters per entry, and the store holds exactly the valid rows: nothing lost, nothing
 * from a corrupted row, nothing twice.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../../support/context';
import { fuzzCsv, type FuzzFile } from '../../support/csv-fuzz';
import { between, seededRandom } from './random';

export interface CsvFuzzSummary {
  files: number;
  validRows: number;
  corruptRows: number;
  /** What went wrong, per file; empty when everything held. */
  problems: string[];
  /** The largest answer, in characters. */
  largestAnswer: number;
}

interface Posted {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

async function post(ctx: TestContext, key: string, path: string, bytes: Buffer): Promise<Posted> {
  const res = await request(ctx.app)
    .post(path)
    .set('Authorization', `Bearer ${key}`)
    .type('text/csv')
    .send(bytes);
  if (res.status !== 202) return { status: res.status, body: res.body, text: res.text };
  // A background import: wait for it, and read its summary as the answer.
  await ctx.services.imports.idle();
  const job = await request(ctx.app)
    .get(`/admin/imports/${String(res.body.importId)}`)
    .set('Authorization', `Bearer ${key}`);
  const status = job.body.status === 'completed' ? 200 : 500;
  return { status, body: job.body.summary, text: JSON.stringify(job.body.summary) };
}

/** What the summary must say about the file; returns the problems found. */
function checkSummary(file: FuzzFile, posted: Posted, importedKey: string): string[] {
  const problems: string[] = [];
  if (posted.status !== 200) return [`answered ${posted.status}: ${posted.text.slice(0, 300)}`];
  const body = posted.body;
  if (body[importedKey] !== file.valid.length)
    problems.push(`${importedKey} ${String(body[importedKey])}, expected ${file.valid.length}`);
  if (body.invalidCount !== file.corrupt.length)
    problems.push(`invalidCount ${String(body.invalidCount)}, expected ${file.corrupt.length}`);
  const invalid = body.invalid as { line: number; contact: string; error: string }[];
  const lines = JSON.stringify(invalid.map((i) => i.line));
  const expected = JSON.stringify(file.corrupt.slice(0, 1000).map((c) => c.line));
  if (lines !== expected) problems.push(`invalid lines ${lines}, expected ${expected}`);
  const contacts = JSON.stringify(invalid.map((i) => i.contact));
  const expectedContacts = JSON.stringify(file.corrupt.slice(0, 1000).map((c) => c.contact));
  if (contacts !== expectedContacts)
    problems.push(`invalid contacts ${contacts}, expected ${expectedContacts}`);
  if (invalid.some((i) => i.contact.length > 100 || i.error.length > 300))
    problems.push('an invalid entry quotes more than ~100 characters');
  return problems;
}

async function allOptOuts(ctx: TestContext, tenantId: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await ctx.store.listOptOuts(tenantId, {}, { limit: 500, cursor }, ctx.clock.now());
    keys.push(...page.items.map((o) => `${o.channel} ${o.contact}`));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return keys.sort();
}

async function allRecipients(ctx: TestContext, tenantId: string, taskId: string) {
  const contacts: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await ctx.store.listRecipients(tenantId, taskId, {}, { limit: 500, cursor });
    contacts.push(...page.items.map((r) => `${r.contact} ${JSON.stringify(r.params)}`));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return contacts.sort();
}

/** Posts `files` generated files (up to `maxRows` rows each) to each import. */
export async function fuzzCsvImports(
  seed: number,
  files: number,
  maxRows: number,
): Promise<CsvFuzzSummary> {
  const random = seededRandom(seed);
  const summary: CsvFuzzSummary = {
    files: 0,
    validRows: 0,
    corruptRows: 0,
    problems: [],
    largestAnswer: 0,
  };
  const ctx = await createTestContext();
  try {
    for (let n = 0; n < files; n++) {
      const { id: tenantId, apiKey } = await ctx.createTenant();
      const rows = between(random, 1, maxRows);
      const corruptRate = random() * 0.4;
      const label = `file ${n} (seed ${seed})`;

      // Opt-outs: contact, channel, remarks (quoted line breaks allowed).
      const optOuts = fuzzCsv(random, {
        header: ['contact', 'channel', 'remarks'],
        second: ['whatsapp', 'sms'],
        rows,
        corruptRate,
        multiline: true,
      });
      const posted = await post(ctx, apiKey, '/admin/opt-outs/import', optOuts.bytes);
      summary.largestAnswer = Math.max(summary.largestAnswer, posted.text.length);
      const stored = await allOptOuts(ctx, tenantId);
      const wanted = optOuts.valid.map((v) => `${v.fields[1]} ${v.fields[0]}`).sort();
      const problems = checkSummary(optOuts, posted, 'created');
      if (JSON.stringify(stored) !== JSON.stringify(wanted))
        problems.push(`opt-outs stored ${stored.length}, expected ${wanted.length} (or others)`);
      summary.problems.push(...problems.map((p) => `${label}, opt-outs: ${p}`));

      // Task recipients: contact and two named parameters (no line breaks: Meta refuses them).
      const task = await request(ctx.app)
        .post('/admin/tasks')
        .set('Authorization', `Bearer ${apiKey}`)
        .send({
          name: 'Fuzz',
          type: 'marketing',
          channel: 'whatsapp',
          template: { name: 'sale', language: 'en', optOutButtonIndex: 0 },
        });
      const recipients = fuzzCsv(random, {
        header: ['contact', 'first_name', 'note'],
        second: ['Ana', 'José', 'Zoë'],
        rows,
        corruptRate,
        multiline: false,
      });
      const taskId = String(task.body.id);
      const added = await post(ctx, apiKey, `/admin/tasks/${taskId}/recipients`, recipients.bytes);
      summary.largestAnswer = Math.max(summary.largestAnswer, added.text.length);
      const listed = await allRecipients(ctx, tenantId, taskId);
      const expected = recipients.valid
        .map(
          (v) => `${v.fields[0]} ${JSON.stringify({ first_name: v.fields[1], note: v.fields[2] })}`,
        )
        .sort();
      const recipientProblems = checkSummary(recipients, added, 'accepted');
      if (JSON.stringify(listed) !== JSON.stringify(expected))
        recipientProblems.push(
          `recipients stored ${listed.length}, expected ${expected.length} (or others)`,
        );
      summary.problems.push(...recipientProblems.map((p) => `${label}, recipients: ${p}`));

      summary.files += 1;
      summary.validRows += optOuts.valid.length + recipients.valid.length;
      summary.corruptRows += optOuts.corrupt.length + recipients.corrupt.length;
    }
  } finally {
    await ctx.close();
  }
  return summary;
}
