import type { OptOutSource, Origin, Tenant } from '../../src/domain/types';
import type { Validity } from '../../src/services/opt-outs/opt-out-service';
import { buildTaskMessage } from '../../src/services/tasks/task-message';
import { adminFixture, as, createCategory, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
let taskId: string;
beforeEach(async () => {
  f = await adminFixture();
  const res = await api()
    .post('/admin/tasks')
    .send({
      name: 'Sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'sale', language: 'en', optOutButtonIndex: 0 },
    });
  taskId = res.body.id;
});
afterEach(async () => {
  await f.ctx.close();
});

const api = () => as(f.ctx, f.key);
const postJson = (recipients: unknown) =>
  api().post(`/admin/tasks/${taskId}/recipients`).send({ recipients });
const postCsv = (csv: string) =>
  api().post(`/admin/tasks/${taskId}/recipients`).type('text/csv').send(csv);
const tenant = async (): Promise<Tenant> => (await f.ctx.store.getTenant(f.tenantId)) as Tenant;

describe('POST /admin/tasks/:id/recipients (JSON)', () => {
  it('normalises, merges duplicates and reports invalid rows by position', async () => {
    const res = await postJson([
      { contact: '+55 11 98765-4321', params: ['Ana'] },
      { contact: '5511987654321', params: ['Ana again'] },
      { contact: 'call me' },
      { contact: '+4915112345678', params: { first_name: 'Jonas', discount: 10 } },
      { contact: '+4915112345679', params: ['line\nbreak'] },
      { contact: '+4915112345670', params: 'Ana' },
      'not an object',
      { contact: '+4915112345671', extra: true },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accepted: 2,
      duplicates: 1,
      invalidCount: 5,
      invalid: [
        { line: 3, contact: 'call me', error: expect.stringMatching(/not a phone number/) },
        { line: 5, contact: '+4915112345679', error: 'parameter {{1}} contains a new line or tab' },
        { line: 6, contact: '+4915112345670', error: expect.stringMatching(/^params:/) },
        { line: 7, contact: '', error: 'each row must be a JSON object' },
        { line: 8, contact: '+4915112345671', error: expect.stringMatching(/extra/) },
      ],
    });
    const list = await api().get(`/admin/tasks/${taskId}/recipients`);
    // Newest first, like every list.
    expect(
      list.body.items.map((r: { contact: string; params: unknown; status: string }) => [
        r.contact,
        r.params,
        r.status,
      ]),
    ).toEqual([
      ['+4915112345678', { first_name: 'Jonas', discount: '10' }, 'pending'],
      ['+5511987654321', ['Ana'], 'pending'],
    ]);
  });

  it('counts contacts already on the task as duplicates', async () => {
    await postJson([{ contact: '+4915112345678' }]);
    const res = await postJson([{ contact: '004915112345678' }, { contact: '+4915112345679' }]);
    expect(res.body).toMatchObject({ accepted: 1, duplicates: 1, invalidCount: 0 });
  });

  it('reads national numbers with the tenant’s defaultRegion', async () => {
    await f.ctx.services.tenants.update(f.tenantId, { settings: { defaultRegion: 'BR' } });
    const res = await postJson([{ contact: '(11) 98765-4321' }]);
    expect(res.body.accepted).toBe(1);
    const list = await api().get(`/admin/tasks/${taskId}/recipients`);
    expect(list.body.items[0].contact).toBe('+5511987654321');
  });

  it('rejects a body that is not a recipient list', async () => {
    expect(
      (await api().post(`/admin/tasks/${taskId}/recipients`).send({ rows: [] })).body.error,
    ).toMatch(/unknown field "rows"/);
    expect((await postJson([])).body.error).toMatch(/at least one recipient/);
    const res = await api()
      .post(`/admin/tasks/${taskId}/recipients`)
      .type('application/xml')
      .send('<a/>');
    expect(res.status).toBe(415);
  });
});

describe('POST /admin/tasks/:id/recipients (CSV)', () => {
  it('reads named parameters from the other columns and reports errors by line', async () => {
    const csv = [
      'Contact,first_name,discount',
      '+5511987654321,Ana,10%',
      '+5511987654322,,5%',
      'nope,Bea,5%',
      '"+4915112345678","Jonas","15%"',
      '+4915112345679,Extra,1%,oops',
      '+55 (11) 98765-4321,Dup,1%',
    ].join('\n');
    const res = await postCsv(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 1, invalidCount: 3 });
    expect(res.body.invalid).toEqual([
      { line: 3, contact: '+5511987654322', error: 'parameter first_name is empty' },
      { line: 4, contact: 'nope', error: expect.stringMatching(/not a phone number/) },
      { line: 6, contact: '+4915112345679', error: expect.stringMatching(/^unreadable CSV row/) },
    ]);
    const list = await api().get(`/admin/tasks/${taskId}/recipients`);
    expect(list.body.items[0]).toMatchObject({
      contact: '+4915112345678',
      params: { first_name: 'Jonas', discount: '15%' },
    });
  });

  it('reads columns 1, 2 ... as positional parameters', async () => {
    const res = await postCsv('contact,2,1\n+5511987654321,second,first\n');
    expect(res.body).toMatchObject({ accepted: 1 });
    const list = await api().get(`/admin/tasks/${taskId}/recipients`);
    expect(list.body.items[0].params).toEqual(['first', 'second']);
  });

  it('reads a timeZone column as the recipient’s IANA zone, not a parameter', async () => {
    const res = await postCsv(
      [
        'contact,1,timeZone',
        '+12125550100,Ana,America/Chicago',
        '+12125550101,Bea,',
        '+12125550102,Cid,EST5EDT-ish',
      ].join('\n'),
    );
    expect(res.body).toMatchObject({ accepted: 2, invalidCount: 1 });
    expect(res.body.invalid[0]).toMatchObject({
      line: 4,
      error: expect.stringMatching(/not an IANA time zone.*America\/Chicago/),
    });
    const list = await api().get(`/admin/tasks/${taskId}/recipients`);
    const byContact = Object.fromEntries(
      list.body.items.map((r: { contact: string }) => [r.contact, r]),
    );
    expect(byContact['+12125550100']).toMatchObject({
      params: ['Ana'],
      timeZone: 'America/Chicago',
      deferReason: null,
    });
    expect(byContact['+12125550101']).toMatchObject({ params: ['Bea'], timeZone: null });
  });

  it('answers 400 for a header it cannot use', async () => {
    const noContact = await postCsv('phone,name\n+5511987654321,Ana\n');
    expect(noContact.status).toBe(400);
    expect(noContact.body.error).toMatch(/missing column "contact"/);
    const badName = await postCsv('contact,First Name\n+5511987654321,Ana\n');
    expect(badName.status).toBe(400);
    expect(badName.body.error).toMatch(
      /"First Name" cannot be a template parameter name|"First Name"/,
    );
    expect((await postCsv('')).status).toBe(400);
  });

  it('runs more than 10,000 rows in the background', async () => {
    const lines = ['contact,first_name'];
    for (let i = 0; i < 10_005; i++) lines.push(`+49151${String(10_000_000 + i)},N${i}`);
    lines.push('bad,row');
    const res = await postCsv(lines.join('\n'));
    expect(res.status).toBe(202);
    expect(res.headers.location).toBe(`/admin/imports/${res.body.importId}`);
    await f.ctx.services.imports.idle();
    const job = await api().get(`/admin/imports/${res.body.importId}`);
    expect(job.body).toMatchObject({
      kind: 'recipients',
      taskId,
      status: 'completed',
      processed: 10_006,
      summary: {
        accepted: 10_005,
        duplicates: 0,
        invalidCount: 1,
        invalid: [{ line: 10_007, contact: 'bad', error: expect.any(String) }],
      },
    });
    expect((await api().get(`/admin/tasks/${taskId}`)).body.stats.total).toBe(10_005);
  });
});

describe('POST /admin/tasks/:id/recipients (CSV, background)', () => {
  it('reports invalid rows from every chunk in file order and keeps the upload order', async () => {
    const lines = ['contact,first_name'];
    const bad: number[] = [];
    for (let i = 0; i < 12_000; i++) {
      const line = i + 2;
      if (i % 2_500 === 7) {
        bad.push(line);
        lines.push(`not-a-number-${i},N${i}`);
      } else if (i % 2_500 === 1_200) {
        bad.push(line);
        lines.push(`+49151${String(10_000_000 + i)},`);
      } else lines.push(`+49151${String(10_000_000 + (i % 11_000))},N${i}`);
    }
    const res = await postCsv(lines.join('\n'));
    expect(res.status).toBe(202);
    await f.ctx.services.imports.idle();
    const job = (await api().get(`/admin/imports/${res.body.importId}`)).body;
    // Rows 11,000+ repeat the contacts of rows 0-999: duplicates, except row 7's (invalid then).
    expect(job).toMatchObject({
      status: 'completed',
      processed: 12_000,
      summary: { accepted: 11_000 - 9 + 1, duplicates: 1_000 - 1 - 1, invalidCount: 10 },
    });
    expect(job.summary.invalid.map((r: { line: number }) => r.line)).toEqual(bad);
    // Newest first: the upload's last new contact (row 11,007) leads, then row 10,999.
    const list = await api().get(`/admin/tasks/${taskId}/recipients?limit=2`);
    expect(list.body.items.map((r: { params: Record<string, string> }) => r.params)).toEqual([
      { first_name: 'N11007' },
      { first_name: 'N10999' },
    ]);
  });
});

describe('GET /admin/tasks/:id/recipients', () => {
  it('filters by status and pages newest first', async () => {
    await postJson([
      { contact: '+4915112345671' },
      { contact: '+4915112345672' },
      { contact: '+4915112345673' },
    ]);
    const first = await api().get(`/admin/tasks/${taskId}/recipients?status=pending&limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({
      contact: '+4915112345673',
      status: 'pending',
      messageId: null,
      errorCode: null,
      lastReply: null,
    });
    const next = await api().get(
      `/admin/tasks/${taskId}/recipients?status=pending&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.items.map((r: { contact: string }) => r.contact)).toEqual(['+4915112345671']);
    expect((await api().get(`/admin/tasks/${taskId}/recipients?status=sent`)).body.items).toEqual(
      [],
    );
    expect((await api().get(`/admin/tasks/${taskId}/recipients?status=gone`)).status).toBe(400);
  });
});

describe('GET /admin/tasks/:id/replies', () => {
  it('lists replies for the follow-up assignees', async () => {
    await api()
      .patch(`/admin/tasks/${taskId}`)
      .send({ followUp: { assignees: ['bea@acme.example'] } });
    await postJson([{ contact: '+4915112345671' }]);
    const [recipient] = (await f.ctx.store.listRecipients(f.tenantId, taskId, {}, { limit: 1 }))
      .items;
    await f.ctx.store.recordReply({
      tenantId: f.tenantId,
      taskId,
      recipientId: recipient!.id,
      contact: recipient!.contact,
      messageId: 'wamid.reply1',
      text: 'Is it available in blue?',
      at: new Date('2026-01-15T10:05:00Z'),
    });
    const res = await api().get(`/admin/tasks/${taskId}/replies`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      assignees: ['bea@acme.example'],
      items: [
        expect.objectContaining({
          contact: '+4915112345671',
          text: 'Is it available in blue?',
          at: '2026-01-15T10:05:00.000Z',
        }),
      ],
      nextCursor: null,
    });
  });
});

describe('GET /admin/tasks/:id/preview', () => {
  async function optOut(
    contact: string,
    categoryId: string | null,
    extra: {
      channel?: 'whatsapp' | 'sms';
      source?: OptOutSource;
      origin?: Origin;
      at?: Date;
      validity?: Validity;
    } = {},
  ) {
    return f.ctx.services.optOuts.record({
      tenant: await tenant(),
      channel: extra.channel ?? 'whatsapp',
      contact,
      categoryId,
      origin: extra.origin ?? 'customer',
      source: extra.source ?? 'keyword',
      at: extra.at ?? f.ctx.clock.now(),
      validity: extra.validity ?? { kind: 'default' },
      remarks: null,
      evidence: null,
      actor: 'test',
    });
  }

  it('counts who would be suppressed now and why, parameters that do not fit, and shows the request', async () => {
    const promos = await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 30 });
    const news = await createCategory(f.ctx, f.key, { name: 'News', unsubscribeDays: 30 });
    await api()
      .patch(`/admin/tasks/${taskId}`)
      .send({ categoryId: promos.id, policy: { window: { start: '12:00', end: '13:00' } } });
    const c = (i: number) => `+4915112345${String(600 + i)}`;
    await postJson([
      { contact: c(0), params: ['Ana'] },
      { contact: c(1), params: ['Bea'] },
      { contact: c(2), params: ['Cai'] },
      { contact: c(3), params: ['Dan'] },
      { contact: c(4), params: ['Eva', 'extra'] },
      { contact: c(5) },
      { contact: c(6), params: ['Gil'] },
    ]);
    await optOut(c(0), promos.id);
    await optOut(c(1), null, { origin: 'admin', source: 'admin' });
    await optOut(c(2), news.id);
    await optOut(c(3), promos.id, { at: new Date(f.ctx.clock.now().getTime() - 40 * DAY) });
    await optOut(c(6), null, { channel: 'sms', origin: 'admin', source: 'admin' });

    const res = await api().get(`/admin/tasks/${taskId}/preview`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      scanned: 7,
      truncated: false,
      wouldSend: 5,
      suppressed: {
        total: 2,
        byScope: { category: 1, allMarketing: 1 },
        bySource: { keyword: 1, admin: 1 },
        byOrigin: { customer: 1, admin: 1 },
      },
      params: {
        expected: '1 positional parameter',
        notFitting: 2,
        examples: expect.arrayContaining([
          {
            contact: c(4),
            problem:
              "has 2 positional parameters where the task's recipients have 1 positional parameter",
          },
          {
            contact: c(5),
            problem: "has no parameters where the task's recipients have 1 positional parameter",
          },
        ]),
      },
      window: { timeZone: 'UTC', openNow: false, nextOpensAt: '2026-01-15T12:00:00.000Z' },
      exampleError: null,
    });
    const task = await f.ctx.store.getTask(f.tenantId, taskId);
    const sample = (
      await f.ctx.store.listRecipients(f.tenantId, taskId, {}, { limit: 10 })
    ).items.find((r) => r.contact === res.body.example.contact);
    expect([c(2), c(3), c(4), c(5), c(6)]).toContain(sample!.contact);
    expect(res.body.example).toEqual({
      recipientId: sample!.id,
      contact: sample!.contact,
      body: buildTaskMessage(task!, sample!),
    });
    expect(res.body.example.body.template.components[1]).toEqual({
      type: 'button',
      sub_type: 'quick_reply',
      index: '0',
      parameters: [{ type: 'payload', payload: `optout:${taskId}` }],
    });
  });

  it("reads a consented task's recipients consent first, as the dispatcher does", async () => {
    const promos = await createCategory(f.ctx, f.key, { name: 'Offers', unsubscribeDays: 30 });
    await api()
      .patch(`/admin/tasks/${taskId}`)
      .send({ categoryId: promos.id, policy: { audience: 'consented' } });
    const c = (i: number) => `+4915112345${String(700 + i)}`;
    await postJson([0, 1, 2, 3, 4].map((i) => ({ contact: c(i), params: ['Ana'] })));
    const consent = async (contact: string, categoryId: string | null) =>
      expect(
        (
          await api()
            .post('/admin/consents')
            .send({ channel: 'whatsapp', contact, ...(categoryId ? { categoryId } : {}) })
        ).status,
      ).toBe(201);
    await consent(c(0), promos.id);
    await consent(c(1), null);
    await consent(c(3), promos.id);
    // Opted out without consent (left out for want of one), consented and opted out
    // (suppressed), never asked.
    await optOut(c(2), promos.id);
    await optOut(c(3), promos.id);

    const res = await api().get(`/admin/tasks/${taskId}/preview`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      scanned: 5,
      wouldSend: 2,
      noConsent: 2,
      suppressed: { total: 1, byScope: { category: 1, allMarketing: 0 } },
    });
    expect([c(0), c(1)]).toContain(res.body.example.contact);
    // The same task as not_opted_out: everyone without an opt-out would be sent.
    await api()
      .patch(`/admin/tasks/${taskId}`)
      .send({ policy: { audience: 'not_opted_out' } });
    const plain = await api().get(`/admin/tasks/${taskId}/preview`);
    expect(plain.body).toMatchObject({ wouldSend: 3, noConsent: 0, suppressed: { total: 2 } });
  });
});
