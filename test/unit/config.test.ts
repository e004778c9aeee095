import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEV_DEFAULTS, loadDotEnv, readConfig } from '../../src/config';

const PROD = {
  NODE_ENV: 'production',
  DATABASE_URL: 'mongodb+srv://user:pass@cluster0.example.mongodb.net/stopline',
  ADMIN_TOKEN: 'a'.repeat(64),
  SECRETS_KEY: 'ab'.repeat(32),
  WHATSAPP_APP_SECRET: 'app-secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
  // Without these two, start-up says what production then does (metrics-auth, public-url tests).
  PUBLIC_URL: 'https://optout.example.com',
  METRICS_TOKEN: 'm'.repeat(32),
};

function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('readConfig', () => {
  it('runs in development with no environment at all, saying which defaults it uses', () => {
    const { config, notices } = readConfig({});
    expect(config.env).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: './data/stopline.db',
      explicit: false,
    });
    expect(config.adminToken).toBe(DEV_DEFAULTS.ADMIN_TOKEN);
    expect(config.whatsapp.phoneNumberId).toBe(DEV_DEFAULTS.WHATSAPP_PHONE_NUMBER_ID);
    expect(config.sandboxEnabled).toBe(true);
    expect(config.dispatchCron).toBe('*/10 * * * * *');
    expect(config.staleMessageMinutes).toBe(60);
    expect(notices.join('\n')).toMatch(/ADMIN_TOKEN not set/);
    expect(notices.join('\n')).toMatch(/SQLite at \.\/data\/stopline\.db/);
  });

  it('accepts a complete production environment, with the sandbox off', () => {
    const { config, notices } = readConfig(PROD);
    expect(config.env).toBe('production');
    expect(config.database).toEqual({ kind: 'mongo', uri: PROD.DATABASE_URL });
    expect(config.sandboxEnabled).toBe(false);
    expect(config.whatsapp.phoneNumberId).toBeNull();
    expect(config.secretsKey.toString('hex')).toBe(PROD.SECRETS_KEY);
    expect(notices).toEqual([]);
  });

  it.each([
    'ADMIN_TOKEN',
    'SECRETS_KEY',
    'WHATSAPP_APP_SECRET',
    'WHATSAPP_VERIFY_TOKEN',
    'DATABASE_URL',
  ])('refuses production without %s and says how to fix it', (name) => {
    const env: Record<string, string> = { ...PROD };
    delete env[name];
    const found = problems(env);
    expect(found.some((p) => p.includes(name))).toBe(true);
  });

  it('gives both ways to set the database in production: Atlas, or SQLite on a persistent disk', () => {
    const env: Record<string, string> = { ...PROD };
    delete env.DATABASE_URL;
    const said = problems(env).join(' ');
    expect(said).toMatch(/Heroku, whose dynos' ephemeral disk/);
    expect(said).toMatch(/mongodb\+srv:\/\/\.\.\. \(Atlas\)/);
    expect(said).toMatch(/SQLite on a machine with a persistent disk/);
    expect(said).toMatch(/sqlite:\/var\/lib\/stopline\/stopline\.db/);
  });

  it('starts in production on an explicit SQLite file (a VM with a persistent disk)', () => {
    const { config } = readConfig({
      ...PROD,
      DATABASE_URL: 'sqlite:/var/lib/stopline/stopline.db',
    });
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: '/var/lib/stopline/stopline.db',
      explicit: true,
    });
  });

  it('refuses a phone number id without its access token in production', () => {
    expect(problems({ ...PROD, WHATSAPP_PHONE_NUMBER_ID: '106540352242922' }).join(' ')).toMatch(
      /WHATSAPP_ACCESS_TOKEN/,
    );
    expect(
      problems({
        ...PROD,
        WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
        WHATSAPP_ACCESS_TOKEN: 'EAAG',
      }),
    ).toEqual([]);
  });

  it('refuses a PostgreSQL URL with a clear "use MongoDB" message', () => {
    const found = problems({ DATABASE_URL: 'postgres://u:p@host:5432/db' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/PostgreSQL is not supported.*MongoDB/);
  });

  it.each([
    [
      'sqlite:/var/lib/stopline.db',
      { kind: 'sqlite', path: '/var/lib/stopline.db', explicit: true },
    ],
    ['sqlite:./x.db', { kind: 'sqlite', path: './x.db', explicit: true }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:', explicit: true }],
    [
      'mongodb://localhost:27017/stopline',
      { kind: 'mongo', uri: 'mongodb://localhost:27017/stopline' },
    ],
  ])('reads DATABASE_URL %s', (url, expected) => {
    expect(readConfig({ DATABASE_URL: url }).config.database).toEqual(expected);
  });

  it('takes MONGODB_URI when DATABASE_URL is absent', () => {
    expect(readConfig({ MONGODB_URI: 'mongodb://db/x' }).config.database).toEqual({
      kind: 'mongo',
      uri: 'mongodb://db/x',
    });
  });

  it('lists every bad value at once, each with the fix', () => {
    const found = problems({
      PORT: 'eighty',
      DISPATCH_CRON: 'every minute',
      LOG_LEVEL: 'loud',
      WHATSAPP_API_VERSION: '23',
      SECRETS_KEY: 'short',
      STALE_MESSAGE_MINUTES: '0',
      WHATSAPP_PHONE_NUMBER_ID: '+1 555',
      NODE_ENV: 'staging',
    });
    expect(found).toHaveLength(8);
    expect(found.join('\n')).toMatch(/PORT must be an integer/);
    expect(found.join('\n')).toMatch(/DISPATCH_CRON "every minute" is not a valid cron/);
  });

  it('keeps the previous app secret for rotation, current first', () => {
    const { config } = readConfig({
      WHATSAPP_APP_SECRET: 'new',
      WHATSAPP_APP_SECRET_PREVIOUS: 'old',
    });
    expect(config.whatsapp.appSecrets).toEqual(['new', 'old']);
  });
});

describe('HOST', () => {
  it('binds 127.0.0.1 outside production when HOST is not set, and says so', () => {
    const { config, notices } = readConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(notices.join('\n')).toMatch(
      /HOST not set: listening on 127\.0\.0\.1 only.*HOST=0\.0\.0\.0/,
    );
  });

  it('binds every interface in production (Heroku routes to 0.0.0.0:$PORT)', () => {
    expect(readConfig(PROD).config.host).toBeNull();
  });

  it('takes HOST as given, in development and in production', () => {
    expect(readConfig({ HOST: '0.0.0.0' }).config.host).toBe('0.0.0.0');
    expect(readConfig({ ...PROD, HOST: '10.0.0.5' }).config.host).toBe('10.0.0.5');
    expect(readConfig({ HOST: '0.0.0.0' }).notices.join('\n')).not.toMatch(/HOST not set/);
  });
});

describe('loadDotEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a .env file when there is one; the environment wins over the file', () => {
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nPORT=4000\nADMIN_TOKEN="from file"\nHOST=\n');
    const env: Record<string, string | undefined> = { ADMIN_TOKEN: 'from environment' };
    expect(loadDotEnv(file, env)).toBe(file);
    expect(env).toEqual({ PORT: '4000', ADMIN_TOKEN: 'from environment', HOST: '' });
    // A blank value in the file means "not set", as in .env.example.
    expect(readConfig(env).config).toMatchObject({ port: 4000, host: '127.0.0.1' });
  });

  it('does nothing without the file', () => {
    const env = {};
    expect(loadDotEnv(join(dir, 'missing.env'), env)).toBeNull();
    expect(env).toEqual({});
  });
});
