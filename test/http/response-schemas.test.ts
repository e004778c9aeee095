/**
 * The response schemas (zod, next to the views) describe what the routes really send: each
 * answer parses with its schema and has exactly the schema's fields, and the OpenAPI component
 * generated from it accepts the same answer.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { z } from 'zod';
import { buildOpenApiDocument } from '../../src/http/openapi/document';
import { CategorySchema } from '../../src/http/routes/category-views';
import {
  OptOutEventSchema,
  OptOutImportSummarySchema,
  OptOutSchema,
} from '../../src/http/routes/opt-out-views';
import {
  RecipientImportSummarySchema,
  RecipientSchema,
  TaskPreviewSchema,
  TaskWithStatsSchema,
} from '../../src/http/routes/task-views';
import { TenantSchema, TenantSettingsSchema } from '../../src/http/routes/tenant-views';
import { TEST_ADMIN_TOKEN } from '../support/context';
import type { Doc } from '../support/openapi-doc';
import { adminFixture, as, type AdminFixture } from './admin-helpers';

const doc = buildOpenApiDocument() as Doc;
const ajv = new Ajv2020({ strict: false, validateFormats: false });
for (const [name, schema] of Object.entries(doc.components.schemas))
  ajv.addSchema(schema, `#/components/schemas/${name}`);

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(async () => f.ctx.close());

function expectDescribed(body: unknown, schema: z.ZodObject, component: string): void {
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(schema.shape).sort());
  const validate = ajv.getSchema(`#/components/schemas/${component}`);
  expect(validate?.(body) ? [] : validate?.errors).toEqual([]);
}

it('tenants, settings, categories, opt-outs, events and imports', async () => {
  const api = as(f.ctx, f.key);
  const tenant = await as(f.ctx, TEST_ADMIN_TOKEN).get(`/admin/tenants/${f.tenantId}`);
  expectDescribed(tenant.body, TenantSchema, 'Tenant');
  expectDescribed((await api.get('/admin/settings')).body, TenantSettingsSchema, 'TenantSettings');
  const category = await api.post('/admin/categories').send({ name: 'Offers', unsubscribeDays: 9 });
  expectDescribed(category.body, CategorySchema, 'Category');
  const optOut = await api
    .post('/admin/opt-outs')
    .send({ channel: 'whatsapp', contact: '+5511987654321', categoryId: category.body.id });
  expectDescribed(optOut.body, OptOutSchema, 'OptOut');
  const events = await api.get(`/admin/opt-outs/${optOut.body.id}/events`);
  expectDescribed(events.body.items[0], OptOutEventSchema, 'OptOutEvent');
  const summary = await api
    .post('/admin/opt-outs/import')
    .set('content-type', 'text/csv')
    .send('channel,contact\nwhatsapp,+5511987650001\nwhatsapp,nope\n');
  expectDescribed(summary.body, OptOutImportSummarySchema, 'OptOutImportSummary');
});

it('tasks, recipients and the preview', async () => {
  const api = as(f.ctx, f.key);
  const task = await api.post('/admin/tasks').send({
    name: 'Sale',
    type: 'marketing',
    channel: 'whatsapp',
    template: { name: 'sale', language: 'en' },
    policy: { window: { start: '09:00', end: '20:00', days: [1, 2, 3] } },
  });
  const imported = await api
    .post(`/admin/tasks/${task.body.id}/recipients`)
    .send({ recipients: [{ contact: '+5511987650002', params: ['Ana'] }, { contact: 'x' }] });
  expectDescribed(imported.body, RecipientImportSummarySchema, 'RecipientImportSummary');
  const withStats = await api.get(`/admin/tasks/${task.body.id}`);
  expectDescribed(withStats.body, TaskWithStatsSchema, 'TaskWithStats');
  const recipients = await api.get(`/admin/tasks/${task.body.id}/recipients`);
  expectDescribed(recipients.body.items[0], RecipientSchema, 'Recipient');
  const preview = await api.get(`/admin/tasks/${task.body.id}/preview`);
  expectDescribed(preview.body, TaskPreviewSchema, 'TaskPreview');
  expect(preview.body.example).not.toBeNull();
});

it('a schema that would accept anything proves nothing: a wrong answer is refused', () => {
  expect(OptOutSchema.safeParse({}).success).toBe(false);
  const validate = ajv.getSchema('#/components/schemas/Task');
  expect(validate?.({ id: 1 })).toBe(false);
});
