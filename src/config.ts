/**
 * The only reader of process.env. `readConfig(env)` validates everything once at start-up and
 * throws a ConfigError listing every problem with how to fix it.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { validate as validateCron } from 'node-cron';

export type DatabaseTarget =
  { kind: 'sqlite'; path: string; explicit: boolean } | { kind: 'mongo'; uri: string };

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  database: DatabaseTarget;
  adminToken: string;
  /** 32 bytes for AES-256-GCM encryption of tenants' access tokens. */
  secretsKey: Buffer;
  whatsapp: {
    /** Current app secret first, then a previous one during rotation. */
    appSecrets: string[];
    verifyToken: string;
    apiVersion: string;
    apiBaseUrl: string;
    /** Bootstrap tenant (single-business deployments). */
    phoneNumberId: string | null;
    accessToken: string | null;
    timeoutMs: number;
  };
  /** The in-process Graph API stand-in; never in production. */
  sandboxEnabled: boolean;
  /** SANDBOX_STATUS_ECHO=1: the sandbox posts Meta-shaped status webhooks for what it accepts. */
  sandboxStatusEcho: SandboxStatusEchoConfig | null;
  dispatchCron: string;
  logLevel: string;
  staleMessageMinutes: number;
  leaseTtlMs: number;
  instanceId: string;
}

export interface SandboxStatusEchoConfig {
  /** Wait before each status (after the send, then after the previous status), in ms. */
  delayMs: [number, number];
  /** Share (0-1) of messages reported failed instead of delivered and read. */
  failedRate: number;
  failedCode: number;
  /** Where to post them; null: the app's own webhook path, in process. */
  url: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/** Development defaults: printed at start-up so nobody mistakes them for secrets. */
export const DEV_DEFAULTS = {
  ADMIN_TOKEN: 'dev-admin-token',
  WHATSAPP_APP_SECRET: 'sandbox-app-secret',
  WHATSAPP_VERIFY_TOKEN: 'dev-verify-token',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
} as const;

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): { config: Config; notices: string[] } {
  const problems: string[] = [];
  const notices: string[] = [];
  const nodeEnv = parseNodeEnv(env.NODE_ENV, problems);
  const production = nodeEnv === 'production';
  const value = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const withDefault = (name: keyof typeof DEV_DEFAULTS): string => {
    const v = value(name);
    if (v !== undefined) return v;
    if (production) {
      problems.push(`${name} is required when NODE_ENV=production (see .env.example).`);
      return '';
    }
    notices.push(`${name} not set: using the development default "${DEV_DEFAULTS[name]}".`);
    return DEV_DEFAULTS[name];
  };

  const port = parseInteger(value('PORT') ?? '3000', 'PORT', 0, 65535, problems);
  const database = parseDatabase(value('DATABASE_URL') ?? value('MONGODB_URI'), problems);
  if (production && !(value('DATABASE_URL') ?? value('MONGODB_URI'))) {
    problems.push(
      'DATABASE_URL (or MONGODB_URI) is required when NODE_ENV=production: a SQLite file on ' +
        "Heroku's ephemeral disk would lose the opt-out list on every restart. Use mongodb+srv://... (Atlas).",
    );
  }
  if (database.kind === 'sqlite' && !database.explicit) {
    notices.push(`DATABASE_URL not set: using SQLite at ${database.path}.`);
  }

  const adminToken = withDefault('ADMIN_TOKEN');
  if (adminToken && adminToken.length < 12 && production) {
    problems.push(
      'ADMIN_TOKEN must be at least 12 characters; generate one with `openssl rand -hex 32`.',
    );
  }
  const secretsKey = parseSecretsKey(value('SECRETS_KEY'), production, problems, notices);

  const appSecret = withDefault('WHATSAPP_APP_SECRET');
  const previous = value('WHATSAPP_APP_SECRET_PREVIOUS');
  const verifyToken = withDefault('WHATSAPP_VERIFY_TOKEN');
  const accessToken = value('WHATSAPP_ACCESS_TOKEN') ?? null;
  let phoneNumberId = value('WHATSAPP_PHONE_NUMBER_ID') ?? null;
  if (phoneNumberId === null && !production) {
    phoneNumberId = DEV_DEFAULTS.WHATSAPP_PHONE_NUMBER_ID;
    notices.push(
      `WHATSAPP_PHONE_NUMBER_ID not set: a sandbox tenant with phone number id ${phoneNumberId} is bootstrapped.`,
    );
  }
  if (phoneNumberId !== null && !/^\d{1,30}$/.test(phoneNumberId)) {
    problems.push(
      `WHATSAPP_PHONE_NUMBER_ID must be the numeric id from WhatsApp Manager, got "${phoneNumberId}".`,
    );
  }
  if (production && phoneNumberId !== null && accessToken === null) {
    problems.push(
      'WHATSAPP_ACCESS_TOKEN is required with WHATSAPP_PHONE_NUMBER_ID in production (the sandbox never runs there).',
    );
  }
  const apiVersion = value('WHATSAPP_API_VERSION') ?? 'v23.0';
  if (!/^v\d+\.\d+$/.test(apiVersion)) {
    problems.push(`WHATSAPP_API_VERSION must look like v23.0, got "${apiVersion}".`);
  }
  const apiBaseUrl = (value('WHATSAPP_API_BASE_URL') ?? 'https://graph.facebook.com').replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\/[^\s]+$/.test(apiBaseUrl)) {
    problems.push(`WHATSAPP_API_BASE_URL must be an http(s) URL, got "${apiBaseUrl}".`);
  }

  const dispatchCron = value('DISPATCH_CRON') ?? '*/10 * * * * *';
  if (!validateCron(dispatchCron)) {
    problems.push(
      `DISPATCH_CRON "${dispatchCron}" is not a valid cron expression (e.g. "*/10 * * * * *" = every 10 s).`,
    );
  }
  const logLevel = value('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "${logLevel}".`,
    );
  }
  const staleMessageMinutes = parseInteger(
    value('STALE_MESSAGE_MINUTES') ?? '60',
    'STALE_MESSAGE_MINUTES',
    1,
    100000,
    problems,
  );
  const leaseTtlMs = parseInteger(
    value('DISPATCH_LEASE_MS') ?? '30000',
    'DISPATCH_LEASE_MS',
    1000,
    3600000,
    problems,
  );
  const timeoutMs = parseInteger(
    value('WHATSAPP_TIMEOUT_MS') ?? '15000',
    'WHATSAPP_TIMEOUT_MS',
    100,
    120000,
    problems,
  );

  const sandboxStatusEcho = parseStatusEcho(value, production, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    config: {
      env: nodeEnv,
      port,
      database,
      adminToken,
      secretsKey,
      whatsapp: {
        appSecrets: previous ? [appSecret, previous] : [appSecret],
        verifyToken,
        apiVersion,
        apiBaseUrl,
        phoneNumberId,
        accessToken,
        timeoutMs,
      },
      sandboxEnabled: !production,
      sandboxStatusEcho,
      dispatchCron,
      logLevel,
      staleMessageMinutes,
      leaseTtlMs,
      instanceId:
        value('INSTANCE_ID') ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    },
    notices,
  };
}

function parseNodeEnv(v: string | undefined, problems: string[]): Config['env'] {
  if (v === undefined || v === '' || v === 'development') return 'development';
  if (v === 'production' || v === 'test') return v;
  problems.push(`NODE_ENV must be development, test or production; got "${v}".`);
  return 'development';
}

function parseInteger(
  raw: string,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
    return min;
  }
  return n;
}

export function parseDatabase(url: string | undefined, problems: string[]): DatabaseTarget {
  if (url === undefined) return { kind: 'sqlite', path: './data/stopline.db', explicit: false };
  if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongo', uri: url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') {
      problems.push(
        'DATABASE_URL "sqlite:" needs a path: sqlite:./data/stopline.db or sqlite::memory:.',
      );
    }
    return { kind: 'sqlite', path: path === ':memory:' ? ':memory:' : path, explicit: true };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    problems.push(
      'DATABASE_URL is a PostgreSQL URL (Heroku Postgres sets one): PostgreSQL is not supported. ' +
        'Use MongoDB (mongodb+srv://... from MongoDB Atlas) in DATABASE_URL or MONGODB_URI.',
    );
  } else {
    problems.push(
      `DATABASE_URL must start with mongodb://, mongodb+srv:// or sqlite:; got "${url.split(':')[0]}:...".`,
    );
  }
  return { kind: 'sqlite', path: './data/stopline.db', explicit: false };
}

function parseSecretsKey(
  raw: string | undefined,
  production: boolean,
  problems: string[],
  notices: string[],
): Buffer {
  if (raw === undefined) {
    if (production) {
      problems.push(
        'SECRETS_KEY is required when NODE_ENV=production: 32 bytes as 64 hex chars (`openssl rand -hex 32`).',
      );
    } else {
      notices.push('SECRETS_KEY not set: access tokens are encrypted with a development key.');
    }
    return Buffer.alloc(32, 7);
  }
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    problems.push(
      'SECRETS_KEY must be 32 bytes: 64 hex characters or base64 (`openssl rand -hex 32`).',
    );
  }
  return key;
}

function parseStatusEcho(
  value: (name: string) => string | undefined,
  production: boolean,
  problems: string[],
): SandboxStatusEchoConfig | null {
  const on = value('SANDBOX_STATUS_ECHO') ?? '0';
  if (on !== '0' && on !== '1') {
    problems.push(`SANDBOX_STATUS_ECHO must be 1 (on) or 0 (off); got "${on}".`);
    return null;
  }
  if (on === '0' || production) return null;
  const rawDelay = value('SANDBOX_STATUS_ECHO_DELAY_MS') ?? '100-1000';
  const delay = /^(\d{1,6})-(\d{1,6})$/.exec(rawDelay);
  const delayMs: [number, number] = delay ? [Number(delay[1]), Number(delay[2])] : [0, 0];
  if (!delay || delayMs[0] > delayMs[1]) {
    problems.push(
      `SANDBOX_STATUS_ECHO_DELAY_MS must be "min-max" in milliseconds, e.g. 100-1000; got "${rawDelay}".`,
    );
  }
  const rawRate = value('SANDBOX_STATUS_ECHO_FAILED_RATE') ?? '0';
  const failedRate = Number(rawRate);
  if (!(failedRate >= 0 && failedRate <= 1)) {
    problems.push(
      `SANDBOX_STATUS_ECHO_FAILED_RATE must be a share from 0 to 1, e.g. 0.02; got "${rawRate}".`,
    );
  }
  const failedCode = parseInteger(
    value('SANDBOX_STATUS_ECHO_FAILED_CODE') ?? '131026',
    'SANDBOX_STATUS_ECHO_FAILED_CODE',
    1,
    99999999,
    problems,
  );
  const url = value('SANDBOX_STATUS_ECHO_URL') ?? null;
  if (url !== null && !/^https?:\/\/[^\s]+$/.test(url)) {
    problems.push(
      `SANDBOX_STATUS_ECHO_URL must be an http(s) URL such as http://127.0.0.1:3000/webhook; got "${url}".`,
    );
  }
  return { delayMs, failedRate, failedCode, url };
}
