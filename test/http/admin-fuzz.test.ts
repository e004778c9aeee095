import fc from 'fast-check';
import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

/** Whatever JSON an admin sends, the answer is a deliberate 2xx/4xx with an error message, never a 5xx. */
let f: AdminFixture;
let categoryId: string;
beforeAll(async () => {
  f = await adminFixture();
  categoryId = (await createCategory(f.ctx, f.key)).id;
});
afterAll(async () => {
  await f.ctx.close();
});

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('whatsapp', 'sms', 'email', '+5511987654321', '2027-01-01T00:00:00Z', 'all'),
  fc.array(fc.string(), { maxLength: 3 }),
);
const body = fc.dictionary(
  fc.constantFrom(
    'channel',
    'contact',
    'categoryId',
    'validUntil',
    'validDays',
    'remarks',
    'name',
    'unsubscribeDays',
    'description',
    'keywords',
    'timeZone',
    'language',
    'messagesPerSecond',
    'x',
  ),
  value,
);

const routes: [string, string][] = [
  ['post', '/admin/opt-outs'],
  ['post', '/admin/categories'],
  ['put', '/admin/settings'],
  ['post', '/admin/opt-outs/import'],
];

it.each(routes)('%s %s never answers 5xx', async (method, path) => {
  await fc.assert(
    fc.asyncProperty(body, async (input) => {
      const client = as(f.ctx, f.key);
      const send = method === 'put' ? client.put(path) : client.post(path);
      const res = await send.send(path.endsWith('import') ? { rows: [input] } : input);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(res.body.error).toEqual(expect.any(String));
    }),
    { numRuns: 60 },
  );
});

it('query strings of the list, check and export routes never answer 5xx', async () => {
  const params = fc.dictionary(
    fc.constantFrom(
      'channel',
      'contact',
      'categoryId',
      'active',
      'limit',
      'cursor',
      'createdFrom',
      'source',
    ),
    fc.oneof(fc.string(), fc.constantFrom('whatsapp', '5511987654321', 'true', '10', categoryId)),
  );
  await fc.assert(
    fc.asyncProperty(
      params,
      fc.constantFrom('', '/check', '/export.csv'),
      async (query, suffix) => {
        const res = await as(f.ctx, f.key).get(`/admin/opt-outs${suffix}`).query(query);
        expect(res.status).toBeLessThan(500);
      },
    ),
    { numRuns: 80 },
  );
});
