import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const valid = {
  name: 'Spring sale',
  type: 'marketing',
  channel: 'whatsapp',
  template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
};
const api = (key = f.key) => as(f.ctx, key);
const createTask = async (body: Record<string, unknown> = valid, key = f.key) => {
  const res = await api(key).post('/admin/tasks').send(body);
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string };
};
const addOne = (id: string) =>
  api()
    .post(`/admin/tasks/${id}/recipients`)
    .send({ recipients: [{ contact: '+5511987654321' }] });

describe('POST /admin/tasks', () => {
  it('creates a draft with the documented fields', async () => {
    const category = await createCategory(f.ctx, f.key);
    const res = await api()
      .post('/admin/tasks')
      .send({
        ...valid,
        categoryId: category.id,
        startAt: '2026-02-01T09:00:00-03:00',
        endAt: '2026-02-02T09:00:00Z',
        policy: {
          window: { start: '09:00', end: '18:00', days: [5, 1, 1] },
          messagesPerSecond: 20,
        },
        followUp: { assignees: ['ana@acme.example'] },
      });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/admin/tasks/${res.body.id}`);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'id',
        'name',
        'type',
        'channel',
        'categoryId',
        'template',
        'startAt',
        'endAt',
        'policy',
        'followUp',
        'status',
        'reason',
        'createdAt',
        'updatedAt',
        'publishedAt',
        'completedAt',
      ].sort(),
    );
    expect(res.body).toMatchObject({
      status: 'draft',
      categoryId: category.id,
      template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
      startAt: '2026-02-01T12:00:00.000Z',
      policy: { window: { start: '09:00', end: '18:00', days: [1, 5] }, messagesPerSecond: 20 },
      followUp: { assignees: ['ana@acme.example'] },
      reason: null,
      publishedAt: null,
    });
  });

  it('defaults the optional parts', async () => {
    const task = await createTask({ ...valid, template: { name: 'hello', language: 'en' } });
    expect(task).toMatchObject({
      categoryId: null,
      startAt: null,
      endAt: null,
      template: { optOutButtonIndex: null },
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: [] },
    });
  });

  it.each([
    [{ ...valid, colour: 'red' }, /unknown field "colour"/],
    [{ ...valid, template: { ...valid.template, header: 'x' } }, /unknown field "template.header"/],
    [{ ...valid, type: 'utility' }, /"type": must be "marketing"/],
    [{ ...valid, channel: 'sms' }, /"channel"/],
    [
      { ...valid, template: { name: 'spring_sale', language: 'Portuguese' } },
      /"template.language": must be a template language code/,
    ],
    [
      { ...valid, template: { ...valid.template, optOutButtonIndex: 10 } },
      /"template.optOutButtonIndex": must be 0 to 9/,
    ],
    [
      { ...valid, policy: { window: { start: '9am', end: '18:00' } } },
      /"policy.window.start": must be a time of day HH:MM/,
    ],
    [
      { ...valid, policy: { window: { start: '09:00', end: '18:00', days: [0] } } },
      /weekdays are 1 \(Monday\) to 7 \(Sunday\)/,
    ],
    [
      { ...valid, policy: { window: { start: '09:00', end: '09:00' } } },
      /start and end must differ/,
    ],
    [
      { ...valid, policy: { messagesPerSecond: 0 } },
      /"policy.messagesPerSecond": must be at least 1/,
    ],
    [
      { ...valid, startAt: '2026-02-01T09:00:00' },
      /"startAt": must be an ISO 8601 timestamp with Z or an offset/,
    ],
    [
      { ...valid, startAt: '2026-02-02T00:00:00Z', endAt: '2026-02-01T00:00:00Z' },
      /"endAt": endAt must be later than startAt/,
    ],
    [
      // Found by the soak fuzz: a bad endAt beside a good startAt was a 500.
      { ...valid, startAt: '2026-02-01T10:00:00Z', endAt: '+5511987654321' },
      /"endAt": must be an ISO 8601 timestamp/,
    ],
    [
      { ...valid, startAt: 'tomorrow', endAt: '2026-02-01T10:00:00Z' },
      /"startAt": must be an ISO 8601 timestamp/,
    ],
    [{ name: 'x', type: 'marketing', channel: 'whatsapp' }, /"template" is required/],
  ])('answers 400 naming the problem (case %#)', async (body, message) => {
    const res = await api().post('/admin/tasks').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('caps messagesPerSecond at the tenant’s number', async () => {
    const res = await api()
      .post('/admin/tasks')
      .send({ ...valid, policy: { messagesPerSecond: 81 } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/above the sending number's 80 per second/);
  });

  it('answers 404 for a category that is not the tenant’s', async () => {
    const theirs = await createCategory(f.ctx, f.otherKey, { name: 'Theirs', unsubscribeDays: 7 });
    const res = await api()
      .post('/admin/tasks')
      .send({ ...valid, categoryId: theirs.id });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/No category/);
  });
});

describe('followUp.assignees', () => {
  it.each(['<img src=x onerror=alert(1)>', 'Ana <ana@acme.example>', 'https://evil.example'])(
    'refuses %j with a 400 naming the field and the rule, on create and on edit',
    async (assignee) => {
      const rule =
        /^Invalid body: "followUp\.assignees\.1": must be an email address \(ana@example\.com\) or a short name/;
      const created = await api()
        .post('/admin/tasks')
        .send({ ...valid, followUp: { assignees: ['ana@acme.example', assignee] } });
      expect(created.status).toBe(400);
      expect(created.body.error).toMatch(rule);
      const task = await createTask();
      const edited = await api()
        .patch(`/admin/tasks/${task.id}`)
        .send({ followUp: { assignees: ['Ana Souza', assignee] } });
      expect(edited.status).toBe(400);
      expect(edited.body.error).toMatch(rule);
    },
  );

  it('takes emails and short names, trimmed', async () => {
    const task = await createTask({
      ...valid,
      followUp: { assignees: [' ana@acme.example ', "Seán O'Brien", 'Team (Lisbon)'] },
    });
    expect(task).toMatchObject({
      followUp: { assignees: ['ana@acme.example', "Seán O'Brien", 'Team (Lisbon)'] },
    });
  });

  it('says a line break is a control character, not a bad name', async () => {
    const res = await api()
      .post('/admin/tasks')
      .send({ ...valid, followUp: { assignees: ['Ana\nBea'] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(
      'Invalid body: "followUp.assignees.0": must not contain control characters (NUL, line breaks, tabs, escapes): type it as one line of plain text',
    );
  });
});

describe('GET /admin/tasks', () => {
  it('lists newest first with a status filter and a cursor', async () => {
    const a = await createTask({ ...valid, name: 'A' });
    const b = await createTask({ ...valid, name: 'B' });
    const c = await createTask({ ...valid, name: 'C' });
    await addOne(b.id);
    await api().post(`/admin/tasks/${b.id}/publish`);
    await createTask({ ...valid, name: 'not mine' }, f.otherKey);

    const first = await api().get('/admin/tasks?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((t: { name: string }) => t.name)).toEqual(['C', 'B']);
    const second = await api().get(`/admin/tasks?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: a.id })],
      nextCursor: null,
    });

    const scheduled = await api().get('/admin/tasks?status=scheduled');
    expect(scheduled.body.items.map((t: { id: string }) => t.id)).toEqual([b.id]);
    expect(c.id).not.toBe(b.id);
  });

  it('rejects a bad filter or cursor', async () => {
    expect((await api().get('/admin/tasks?status=done')).status).toBe(400);
    expect((await api().get('/admin/tasks?cursor=nope')).body.error).toMatch(/cursor/);
    expect((await api().get('/admin/tasks?sort=name')).body.error).toMatch(/unknown field "sort"/);
  });
});

describe('GET /admin/tasks/:id', () => {
  it('includes the stats', async () => {
    const task = await createTask();
    await api()
      .post(`/admin/tasks/${task.id}/recipients`)
      .send({ recipients: [{ contact: '+5511987654321' }, { contact: '+5511987654322' }] });
    const res = await api().get(`/admin/tasks/${task.id}`);
    expect(res.status).toBe(200);
    expect(res.body.stats).toEqual({
      total: 2,
      pending: 2,
      sending: 0,
      sent: 0,
      delivered: 0,
      read: 0,
      failed: 0,
      suppressed: 0,
      unknown: 0,
      no_consent: 0,
      outside_window: 0,
      frequency_capped: 0,
      meta_limited: 0,
      deferred: { outside_window: 0, frequency_capped: 0, meta_limited: 0 },
      optedOutAfter: 0,
    });
  });

  it('answers 404 for another tenant’s task', async () => {
    const task = await createTask();
    const res = await api(f.otherKey).get(`/admin/tasks/${task.id}`);
    expect(res.status).toBe(404);
    expect((await api(f.otherKey).post(`/admin/tasks/${task.id}/publish`)).status).toBe(404);
  });
});

describe('PATCH /admin/tasks/:id', () => {
  it('edits a draft, replacing nested objects whole', async () => {
    const task = await createTask({ ...valid, policy: { messagesPerSecond: 10 } });
    const res = await api()
      .patch(`/admin/tasks/${task.id}`)
      .send({
        name: 'Renamed',
        policy: { window: { start: '08:00', end: '12:00' } },
        endAt: '2026-03-01T00:00:00Z',
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Renamed',
      policy: { window: { start: '08:00', end: '12:00', days: [] }, messagesPerSecond: null },
      endAt: '2026-03-01T00:00:00.000Z',
      template: valid.template,
    });
  });

  it('checks endAt against the stored startAt', async () => {
    const task = await createTask({ ...valid, startAt: '2026-03-01T00:00:00Z' });
    const res = await api()
      .patch(`/admin/tasks/${task.id}`)
      .send({ endAt: '2026-02-01T00:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/endAt" must be later than startAt/);
  });

  it('answers 400 for a bad endAt beside a good startAt', async () => {
    const task = await createTask();
    const res = await api()
      .patch(`/admin/tasks/${task.id}`)
      .send({ startAt: '2026-03-01T00:00:00Z', endAt: 'next week' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/"endAt": must be an ISO 8601 timestamp/);
  });

  it('answers 409 once the task is published', async () => {
    const task = await createTask();
    await addOne(task.id);
    await api().post(`/admin/tasks/${task.id}/publish`);
    const res = await api().patch(`/admin/tasks/${task.id}`).send({ name: 'Too late' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/it is scheduled, and only a draft can be edited/);
  });
});

describe('lifecycle', () => {
  it('refuses to publish a task without recipients', async () => {
    const task = await createTask();
    const res = await api().post(`/admin/tasks/${task.id}/publish`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(
      /it has no recipients\. Add them with POST \/admin\/tasks\/.+\/recipients first/,
    );
  });

  it('refuses to publish a task whose endAt has passed', async () => {
    const task = await createTask({ ...valid, endAt: '2026-01-01T00:00:00Z' });
    await addOne(task.id);
    const res = await api().post(`/admin/tasks/${task.id}/publish`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/endAt .* has passed/);
  });

  it('publishes, pauses, resumes and cancels, with 409 for every other move', async () => {
    const task = await createTask();
    const move = (action: string) => api().post(`/admin/tasks/${task.id}/${action}`);
    expect((await move('pause')).status).toBe(409);
    expect((await move('resume')).status).toBe(409);
    await addOne(task.id);

    const published = await move('publish');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'scheduled',
      publishedAt: '2026-01-15T10:00:00.000Z',
    });
    expect((await move('publish')).body.error).toBe(
      'Cannot publish a task that is scheduled: only a task that is draft can be published.',
    );
    expect((await addOne(task.id)).status).toBe(409);

    const paused = await move('pause');
    expect(paused.body).toMatchObject({
      status: 'paused',
      reason: expect.stringMatching(/^Paused by admin:/),
    });
    expect((await addOne(task.id)).status).toBe(200);
    expect((await move('pause')).status).toBe(409);

    expect((await move('resume')).body).toMatchObject({ status: 'scheduled', reason: null });
    const cancelled = await move('cancel');
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      completedAt: '2026-01-15T10:00:00.000Z',
    });
    for (const action of ['publish', 'pause', 'resume', 'cancel']) {
      const res = await move(action);
      expect(res.status).toBe(409);
      expect(res.body.error).toMatch(/is cancelled: it is finished/);
    }
  });

  it('cancels a draft', async () => {
    const task = await createTask();
    expect((await api().post(`/admin/tasks/${task.id}/cancel`)).body.status).toBe('cancelled');
  });
});
