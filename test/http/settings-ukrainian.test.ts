/**
 * Round 9b: Ukrainian (`uk`) is a language like the others wherever a language is validated: the
 * tenant's `language`, its `replyTexts`, and the OpenAPI document generated from the same schema.
 */
import { buildOpenApiDocument } from '../../src/http/openapi/document';
import { adminFixture, as, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

/** Every `enum` list in a JSON document. */
function enums(node: unknown, out: unknown[][] = []): unknown[][] {
  if (Array.isArray(node)) for (const item of node) enums(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) out.push(value);
      else enums(value, out);
    }
  }
  return out;
}

it('accepts uk as the tenant language and as a replyTexts language', async () => {
  const res = await as(f.ctx, f.key)
    .put('/admin/settings')
    .send({ language: 'uk', replyTexts: { uk: { help: 'Це {brand}. Надішліть СТОП.' } } });
  expect(res.status).toBe(200);
  expect(res.body.language).toBe('uk');
  expect(res.body.replyTexts).toEqual({ uk: { help: 'Це {brand}. Надішліть СТОП.' } });
});

it('lists uk wherever the OpenAPI document lists the languages', () => {
  const lists = enums(buildOpenApiDocument()).filter((e) => e.includes('ja') && e.includes('ru'));
  expect(lists.length).toBeGreaterThan(0);
  for (const list of lists) expect(list).toContain('uk');
});

it('says so when a language is not one of them, naming uk among them', async () => {
  const res = await as(f.ctx, f.key).put('/admin/settings').send({ language: 'be' });
  expect(res.status).toBe(400);
  expect(res.body.error).toMatch(/"language": must be one of .*\buk\b/);
});
