import Ajv2020 from 'ajv/dist/2020';
import request from 'supertest';
import { buildOpenApiDocument } from '../../src/http/openapi/document';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';
import { MINIMAL_OPENAPI_31 } from '../support/openapi-31-schema';
import { operations, type Doc } from '../support/openapi-doc';
import { bearer } from './admin-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('the document is valid OpenAPI 3.1', () => {
  const doc = buildOpenApiDocument() as Doc;
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  for (const [name, schema] of Object.entries(doc.components.schemas))
    ajv.addSchema(schema, `#/components/schemas/${name}`);

  it('has the required top-level fields', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('stopline');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'platformToken',
      'tenantApiKey',
    ]);
  });

  it('matches a minimal OpenAPI 3.1 schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(MINIMAL_OPENAPI_31);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  it('gives every operation a unique id, known tags, security, a 2xx and the { error } shape', () => {
    const tags = new Set(doc.tags.map((t) => t.name));
    const ids = new Set<string>();
    for (const [method, path, op] of operations(doc)) {
      const where = `${method} ${path}`;
      expect([where, ids.has(op.operationId)]).toEqual([where, false]);
      ids.add(op.operationId);
      expect([where, op.tags.every((t) => tags.has(t))]).toEqual([where, true]);
      expect([where, Array.isArray(op.security)]).toEqual([where, true]);
      expect([where, Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))]).toEqual([
        where,
        true,
      ]);
      // A page for people (the preference page) answers its errors as pages too.
      const htmlPage = Object.values(op.responses).some(
        (r) => (r as { content?: Record<string, unknown> }).content?.['text/html'] !== undefined,
      );
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(status) || htmlPage) continue;
        expect([where, status, response]).toMatchObject([
          where,
          status,
          { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]);
      }
    }
  });

  it('declares every path parameter of every path template', () => {
    for (const [method, path, op] of operations(doc)) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      expect([method, path, declared]).toEqual([method, path, inTemplate]);
    }
  });

  it('uses JSON Schemas that compile and $refs that resolve', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const r of new Set(refs)) {
      const name = /#\/components\/schemas\/(\w+)/.exec(r)?.[1];
      expect([r, name !== undefined && name in doc.components.schemas]).toEqual([r, true]);
    }
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`#/components/schemas/${name}`)).not.toThrow();
    }
  });

  it('describes real responses: a tenant, a category, an opt-out and a task validate', async () => {
    const validator = (name: string) => {
      const v = ajv.getSchema(`#/components/schemas/${name}`);
      if (!v) throw new Error(`no schema ${name}`);
      return (body: unknown) => (v(body) ? [] : v.errors);
    };
    const tenant = await request(ctx.app)
      .post('/admin/tenants')
      .set(bearer(TEST_ADMIN_TOKEN))
      .send({ name: 'Schema Co' });
    expect(validator('Tenant')(tenant.body)).toEqual([]);
    const key = String(tenant.body.apiKey);
    const category = await request(ctx.app)
      .post('/admin/categories')
      .set(bearer(key))
      .send({ name: 'Offers', unsubscribeDays: 30 });
    expect(validator('Category')(category.body)).toEqual([]);
    const optOut = await request(ctx.app)
      .post('/admin/opt-outs')
      .set(bearer(key))
      .send({ channel: 'whatsapp', contact: '+5511987654321', categoryId: category.body.id });
    expect(validator('OptOut')(optOut.body)).toEqual([]);
    const task = await request(ctx.app)
      .post('/admin/tasks')
      .set(bearer(key))
      .send({
        name: 'Sale',
        type: 'marketing',
        channel: 'whatsapp',
        template: { name: 'sale', language: 'en' },
      });
    expect(validator('Task')(task.body)).toEqual([]);
    const withStats = await request(ctx.app)
      .get(`/admin/tasks/${String(task.body.id)}`)
      .set(bearer(key));
    expect(validator('TaskWithStats')(withStats.body)).toEqual([]);
    // A schema that would accept anything proves nothing: a wrong body is refused.
    expect(validator('Category')({ ...category.body, unsubscribeDays: 'thirty' })).not.toEqual([]);
  });
});
