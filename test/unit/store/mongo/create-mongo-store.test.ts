import { createMongoStore } from '../../../../src/store/mongo';
import { databaseOf } from '../../../../src/store/mongo/open-mongo-store';
import { toConversation, toRecipient, toTenant } from '../../../../src/store/mongo/mappers';
import type { RecipientDoc } from '../../../../src/store/mongo/documents';

describe('createMongoStore without a server', () => {
  it('refuses a URI that is not a MongoDB one, naming the variables to check', () => {
    expect(() => createMongoStore({ uri: 'postgres://db/stopline' })).toThrow(
      'the URI must start with mongodb:// or mongodb+srv:// (check DATABASE_URL / MONGODB_URI)',
    );
  });

  it('does no I/O until init(): ping and queries fail fast, close is harmless', async () => {
    // Port 9 (discard) on loopback: nothing is contacted unless init() runs.
    const store = createMongoStore({ uri: 'mongodb://127.0.0.1:9', dbName: 'never' });
    expect(store.kind).toBe('mongo');
    await expect(store.ping()).rejects.toThrow('call init() first');
    await expect(store.getTenant('0123456789abcdef01234567')).rejects.toThrow(
      /before initial connection/,
    );
    await expect(store.close()).resolves.toBeUndefined();
  });
});

describe('databaseOf', () => {
  it('reads the database a URI names, else "stopline" (never the driver\'s "test")', () => {
    expect(databaseOf('mongodb://localhost:27017/shop')).toBe('shop');
    expect(databaseOf('mongodb+srv://u:p%2Fw@cluster0.x.mongodb.net/prod?retryWrites=true')).toBe(
      'prod',
    );
    expect(databaseOf('mongodb://h1:27017,h2:27017/app?replicaSet=rs0')).toBe('app');
    expect(databaseOf('mongodb://localhost:27017')).toBe('stopline');
    expect(databaseOf('mongodb://localhost:27017/')).toBe('stopline');
    expect(databaseOf('mongodb://localhost:27017/?authSource=admin')).toBe('stopline');
  });
});

describe('mappers', () => {
  it('maps absent optional fields to null, never undefined', () => {
    const now = new Date('2026-01-15T10:00:00.000Z');
    const doc = {
      _id: 'r1',
      tenantId: 't',
      taskId: 'k',
      contact: '+5511900000001',
      status: 'pending',
      attempts: 0,
    } as unknown as RecipientDoc;
    const recipient = toRecipient(doc);
    expect(recipient).toMatchObject({
      params: null,
      messageId: null,
      sentAt: null,
      lastReply: null,
    });
    expect(Object.values(recipient)).not.toContain(undefined);
    const tenant = toTenant({
      _id: 't',
      name: 'Loja',
      settings: {} as never,
      createdAt: now,
      updatedAt: now,
    } as never);
    expect(tenant).toMatchObject({ id: 't', phoneNumberId: null, accessTokenEnc: null });
  });

  it("reads a conversation's pending question back with its askedAt as a Date", () => {
    const conversation = toConversation({
      _id: 'c',
      tenantId: 't',
      contact: '+5511900000001',
      pending: {
        kind: 'confirm_opt_out',
        categoryId: null,
        taskId: null,
        messageId: 'wamid.1',
        askedAt: '2026-01-15T10:00:00.000Z' as unknown as Date,
      },
      lastInboundAt: null,
      language: 'pt',
      updatedAt: new Date(),
    });
    expect(conversation.pending?.askedAt).toEqual(new Date('2026-01-15T10:00:00.000Z'));
  });
});

describe('transactions before init()', () => {
  it('fail with the same clear error as any other call', async () => {
    const store = createMongoStore({ uri: 'mongodb://127.0.0.1:9', dbName: 'never' });
    await expect(
      store.upsertOptOut(
        {
          tenantId: 't',
          channel: 'whatsapp',
          contact: '+5511900000001',
          categoryId: null,
          origin: 'admin',
          source: 'admin',
          startsAt: new Date(0),
          expiresAt: null,
          remarks: null,
          evidence: null,
          actor: 'admin',
        },
        new Date(0),
      ),
    ).rejects.toThrow('call init() first');
    await expect(store.addApiKey('t', 'hash', 'sl_', true, new Date(0))).rejects.toThrow(
      'call init() first',
    );
    await store.close();
  });
});
