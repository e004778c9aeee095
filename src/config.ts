/**
 * The only reader of process.env. `readConfig(env)` validates everything once at start-up with
 * one zod schema and throws a ConfigError listing every problem with how to fix it;
 * `loadDotEnv()` reads a `.env` file first when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { parseEnv } from 'node:util';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';

export type DatabaseTarget =
  { kind: 'sqlite'; path: string; explicit: boolean } | { kind: 'mongo'; uri: string };

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** The interface to listen on; null = every interface (Node's default). */
  host: string | null;
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
  /**
   * This process slot, stable across restarts: INSTANCE_ID when set (`explicit`), else the host
   * name. The event deliverer recognises its previous incarnation's claims by it.
   */
  instanceSlot: { name: string; explicit: boolean };
  /** How long the outbox keeps finished deliveries, in days: delivered, and given up (dead). */
  eventsRetention: { deliveredDays: number; deadDays: number };
  /**
   * How long a delivery status that came before its message id was recorded is kept for it,
   * in minutes (then pruned: it was for a message no task sent).
   */
  parkedStatusMinutes: number;
  /**
   * How long the webhook inbox keeps processed deliveries (their bodies hold customers' words)
   * and the event keys that deduplicate Meta's retries, in days; then pruned.
   */
  inboxRetentionDays: number;
  /**
   * Which URLs tenants' outbound event endpoints may use: http:// only outside production;
   * private, loopback and link-local addresses only with EVENT_ENDPOINTS_ALLOW_PRIVATE (its
   * default: true outside production, where receivers run on this machine; false in production).
   */
  eventEndpoints: {
    allowHttp: boolean;
    allowPrivate: boolean;
    /**
     * EVENT_ENDPOINTS_PROXY: deliveries go through this forward proxy (CONNECT tunnels to each
     * endpoint's checked address); null: straight to the endpoint, whatever HTTP_PROXY says.
     */
    proxy: string | null;
  };
  /**
   * METRICS_TOKEN: /metrics then needs `Authorization: Bearer <token>`. Unset: /metrics is open
   * outside production and not served (404) in production (its counters are business data).
   */
  metricsToken: string | null;
  /**
   * PUBLIC_URL: the base of every link stopline generates (preference links), such as
   * https://optout.example.com or https://example.com/stopline; null: the request's own
   * protocol and Host header.
   */
  publicUrl: string | null;
  /** TRUST_PROXY: express's `trust proxy` (false: X-Forwarded-* from anyone is ignored). */
  trustProxy: boolean | number | string;
  /**
   * SQLite: the most consent keys a process mirrors in memory for `consented` tasks' checks, all
   * tenants together (14-27 bytes per E.164 key, about 100 per other key); a tenant beyond it
   * is checked in SQL (slower, as exact). 0: never mirror.
   */
  consentMirrorMaxKeys: number;
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

/** Where development listens when HOST is not set: this machine only. */
export const DEV_HOST = '127.0.0.1';

type Env = Record<string, string | undefined>;

/**
 * Loads `.env` (from the working directory) into the environment when the file exists, with
 * Node's own parser (util.parseEnv, what process.loadEnvFile and --env-file use) and its rule:
 * a variable already set in the environment wins over the file, so a platform's config vars
 * are never overridden by a stray file. Returns the path loaded, or null.
 */
export function loadDotEnv(path = '.env', env: Env = process.env): string | null {
  if (!existsSync(path)) return null;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined && value !== undefined) env[name] = value;
  }
  return path;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A variable as text: unset and blank (`NAME=` in .env) both mean "not given". */
const given = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** What is wrong with a PUBLIC_URL value, or null: an absolute http(s) URL, no query or fragment. */
function publicUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL such as https://optout.example.com';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'must start with https:// (or http://)';
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    return 'must have no query, fragment or credentials: only the scheme, host and an optional path';
  return null;
}

/** What is wrong with an EVENT_ENDPOINTS_PROXY value, or null: http(s)://[user:pass@]host:port. */
function eventProxyProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a proxy URL such as http://proxy.internal:3128';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'must start with http:// or https:// (a forward proxy that answers CONNECT)';
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return 'must be the proxy alone (scheme, optional user:password, host, port), without a path';
  return null;
}

/** A URL without its password, for messages and logs. */
const withoutPassword = (value: string): string => {
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.href;
  } catch {
    return value.replace(/:[^:@/]*@/, ':***@');
  }
};

/** A true/false variable; `def` when unset. */
function flag(name: string, def: boolean) {
  return given.transform((raw, ctx) => {
    if (raw === undefined) return def;
    if (/^(true|1)$/i.test(raw)) return true;
    if (/^(false|0)$/i.test(raw)) return false;
    ctx.addIssue({ code: 'custom', message: `${name} must be true or false; got "${raw}".` });
    return z.NEVER;
  });
}

/** An integer variable from min to max with its default; the message says the range. */
function integer(name: string, min: number, max: number, def: number) {
  return given.transform((raw, ctx) => {
    if (raw === undefined) return def;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({
      code: 'custom',
      message: `${name} must be an integer from ${min} to ${max}; got "${raw}".`,
    });
    return z.NEVER;
  });
}

/** A text variable checked by `ok`; `problem` says what was wrong and how to fix it. */
function text(def: string, ok: (v: string) => boolean, problem: (v: string) => string) {
  return given.transform((raw, ctx) => {
    const v = raw ?? def;
    if (ok(v)) return v;
    ctx.addIssue({ code: 'custom', message: problem(v) });
    return z.NEVER;
  });
}

/** An optional text variable checked by `ok` when given. */
function optionalText(ok: (v: string) => boolean, problem: (v: string) => string) {
  return given.transform((v, ctx) => {
    if (v === undefined || ok(v)) return v;
    ctx.addIssue({ code: 'custom', message: problem(v) });
    return z.NEVER;
  });
}

const nodeEnvSchema = given.transform((v, ctx): Config['env'] => {
  if (v === undefined || v === 'development') return 'development';
  if (v === 'production' || v === 'test') return v;
  ctx.addIssue({
    code: 'custom',
    message: `NODE_ENV must be development, test or production; got "${v}".`,
  });
  return z.NEVER;
});

/** `DATABASE_URL` (or `MONGODB_URI`): where the opt-out list lives. */
const databaseSchema = (production: boolean) =>
  given.transform((url, ctx): DatabaseTarget => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (url === undefined) {
      if (production) {
        // Two supported ways (README, Deploy): which one depends on the host's disk, which
        // stopline cannot see, so the default file is never assumed in production.
        return fail(
          'DATABASE_URL (or MONGODB_URI) is required when NODE_ENV=production, so the opt-out list ' +
            'is never put in a default file that may not survive a restart. Either MongoDB: ' +
            "mongodb+srv://... (Atlas), the way on Heroku, whose dynos' ephemeral disk would lose a " +
            'SQLite file on every restart; or SQLite on a machine with a persistent disk (a VM, or a ' +
            'container with a mounted volume): sqlite:/var/lib/stopline/stopline.db (its folder must exist).',
        );
      }
      return { kind: 'sqlite', path: './data/stopline.db', explicit: false };
    }
    if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongo', uri: url };
    if (url.startsWith('sqlite:')) {
      const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
      if (path === '') {
        return fail(
          'DATABASE_URL "sqlite:" needs a path: sqlite:./data/stopline.db or sqlite::memory:.',
        );
      }
      return { kind: 'sqlite', path, explicit: true };
    }
    if (/^postgres(ql)?:\/\//.test(url)) {
      return fail(
        'DATABASE_URL is a PostgreSQL URL (Heroku Postgres sets one): PostgreSQL is not supported. ' +
          'Use MongoDB (mongodb+srv://... from MongoDB Atlas) in DATABASE_URL or MONGODB_URI.',
      );
    }
    return fail(
      `DATABASE_URL must start with mongodb://, mongodb+srv:// or sqlite:; got "${url.split(':')[0]}:...".`,
    );
  });

/** A secret with a development default; required in production (and at least `minLength`). */
const secret = (name: keyof typeof DEV_DEFAULTS, production: boolean, minLength = 1) =>
  given.transform((v, ctx) => {
    if (v !== undefined && production && v.length < minLength) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be at least ${minLength} characters; generate one with \`openssl rand -hex 32\`.`,
      });
      return z.NEVER;
    }
    if (v !== undefined) return { value: v, defaulted: false };
    if (production) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} is required when NODE_ENV=production (see .env.example).`,
      });
      return z.NEVER;
    }
    return { value: DEV_DEFAULTS[name], defaulted: true };
  });

const secretsKeySchema = (production: boolean) =>
  given.transform((raw, ctx) => {
    if (raw === undefined) {
      if (!production) return { key: Buffer.alloc(32, 7), defaulted: true };
      ctx.addIssue({
        code: 'custom',
        message:
          'SECRETS_KEY is required when NODE_ENV=production: 32 bytes as 64 hex chars (`openssl rand -hex 32`).',
      });
      return z.NEVER;
    }
    const key = /^[0-9a-fA-F]{64}$/.test(raw)
      ? Buffer.from(raw, 'hex')
      : Buffer.from(raw, 'base64');
    if (key.length === 32) return { key, defaulted: false };
    ctx.addIssue({
      code: 'custom',
      message:
        'SECRETS_KEY must be 32 bytes: 64 hex characters or base64 (`openssl rand -hex 32`).',
    });
    return z.NEVER;
  });

/**
 * Every variable's schema. Built for one NODE_ENV (production requires what development
 * defaults) and the raw environment (a few rules relate two variables). z.object parses every
 * field even when another fails, so one run reports every problem.
 */
function envSchema(production: boolean, env: Env) {
  const hasPhoneNumberId = given.parse(env.WHATSAPP_PHONE_NUMBER_ID) !== undefined;
  return z.object({
    PORT: integer('PORT', 0, 65535, 3000),
    HOST: given,
    DATABASE_URL: databaseSchema(production),
    ADMIN_TOKEN: secret('ADMIN_TOKEN', production, 12),
    SECRETS_KEY: secretsKeySchema(production),
    WHATSAPP_APP_SECRET: secret('WHATSAPP_APP_SECRET', production),
    WHATSAPP_APP_SECRET_PREVIOUS: given,
    WHATSAPP_VERIFY_TOKEN: secret('WHATSAPP_VERIFY_TOKEN', production),
    WHATSAPP_ACCESS_TOKEN: given.refine(
      (v) => !(production && hasPhoneNumberId && v === undefined),
      'WHATSAPP_ACCESS_TOKEN is required with WHATSAPP_PHONE_NUMBER_ID in production (the sandbox never runs there).',
    ),
    WHATSAPP_PHONE_NUMBER_ID: optionalText(
      (v) => /^\d{1,30}$/.test(v),
      (v) => `WHATSAPP_PHONE_NUMBER_ID must be the numeric id from WhatsApp Manager, got "${v}".`,
    ),
    WHATSAPP_API_VERSION: text(
      'v23.0',
      (v) => /^v\d+\.\d+$/.test(v),
      (v) => `WHATSAPP_API_VERSION must look like v23.0, got "${v}".`,
    ),
    WHATSAPP_API_BASE_URL: text(
      'https://graph.facebook.com',
      (v) => /^https?:\/\/[^\s]+$/.test(v),
      (v) => `WHATSAPP_API_BASE_URL must be an http(s) URL, got "${v}".`,
    ).transform((v) => v.replace(/\/+$/, '')),
    WHATSAPP_TIMEOUT_MS: integer('WHATSAPP_TIMEOUT_MS', 100, 120000, 15000),
    DISPATCH_CRON: text(
      '*/10 * * * * *',
      (v) => validateCron(v),
      (v) =>
        `DISPATCH_CRON "${v}" is not a valid cron expression (e.g. "*/10 * * * * *" = every 10 s).`,
    ),
    DISPATCH_LEASE_MS: integer('DISPATCH_LEASE_MS', 1000, 3600000, 30000),
    STALE_MESSAGE_MINUTES: integer('STALE_MESSAGE_MINUTES', 1, 100000, 60),
    LOG_LEVEL: given,
    INSTANCE_ID: given,
    EVENTS_RETENTION_DAYS: integer('EVENTS_RETENTION_DAYS', 1, 3650, 7),
    EVENTS_DEAD_RETENTION_DAYS: integer('EVENTS_DEAD_RETENTION_DAYS', 1, 3650, 30),
    PARKED_STATUS_RETENTION_MINUTES: integer('PARKED_STATUS_RETENTION_MINUTES', 1, 10080, 60),
    // At least 8: a tenant that takes a number replays its last 7 days of inbox.
    INBOX_RETENTION_DAYS: integer('INBOX_RETENTION_DAYS', 8, 3650, 30),
    METRICS_TOKEN: optionalText(
      (v) => v.length >= 16 && !/\s/.test(v),
      () =>
        'METRICS_TOKEN must be at least 16 characters without spaces; generate one with `openssl rand -hex 32`.',
    ),
    PUBLIC_URL: optionalText(
      (v) => publicUrlProblem(v) === null,
      (v) => `PUBLIC_URL ${publicUrlProblem(v) ?? ''}; got "${v}".`,
    ).transform((v) => (v === undefined ? null : v.replace(/\/+$/, ''))),
    TRUST_PROXY: given.transform((raw, ctx): boolean | number | string => {
      if (raw === undefined || /^(false|0)$/i.test(raw)) return false;
      if (/^true$/i.test(raw)) return true;
      if (/^\d{1,2}$/.test(raw)) return Number(raw);
      const parts = raw.split(',').map((p) => p.trim());
      if (parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(p)))
        return parts.join(',');
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY must be false, a number of proxy hops in front of stopline (1 behind one reverse proxy or Heroku's router), or the proxies' addresses (loopback, 10.0.0.0/8, ...); got "${raw}".`,
      });
      return z.NEVER;
    }),
    EVENT_ENDPOINTS_ALLOW_PRIVATE: flag('EVENT_ENDPOINTS_ALLOW_PRIVATE', !production),
    EVENT_ENDPOINTS_PROXY: optionalText(
      (v) => eventProxyProblem(v) === null,
      (v) => `EVENT_ENDPOINTS_PROXY ${eventProxyProblem(v) ?? ''}; got "${withoutPassword(v)}".`,
    ),
    CONSENT_MIRROR_MAX_KEYS: integer('CONSENT_MIRROR_MAX_KEYS', 0, 100_000_000, 5_000_000),
    SANDBOX_STATUS_ECHO: text(
      '0',
      (v) => v === '0' || v === '1',
      (v) => `SANDBOX_STATUS_ECHO must be 1 (on) or 0 (off); got "${v}".`,
    ),
    SANDBOX_STATUS_ECHO_DELAY_MS: text(
      '100-1000',
      (v) => {
        const m = /^(\d{1,6})-(\d{1,6})$/.exec(v);
        return m !== null && Number(m[1]) <= Number(m[2]);
      },
      (v) =>
        `SANDBOX_STATUS_ECHO_DELAY_MS must be "min-max" in milliseconds, e.g. 100-1000; got "${v}".`,
    ).transform((v): [number, number] => {
      const [min, max] = v.split('-').map(Number);
      return [min ?? 0, max ?? 0];
    }),
    SANDBOX_STATUS_ECHO_FAILED_RATE: text(
      '0',
      (v) => /^\d*\.?\d+$/.test(v) && Number(v) <= 1,
      (v) => `SANDBOX_STATUS_ECHO_FAILED_RATE must be a share from 0 to 1, e.g. 0.02; got "${v}".`,
    ).transform(Number),
    SANDBOX_STATUS_ECHO_FAILED_CODE: integer(
      'SANDBOX_STATUS_ECHO_FAILED_CODE',
      1,
      99999999,
      131026,
    ),
    SANDBOX_STATUS_ECHO_URL: optionalText(
      (v) => /^https?:\/\/[^\s]+$/.test(v),
      (v) =>
        `SANDBOX_STATUS_ECHO_URL must be an http(s) URL such as http://127.0.0.1:3000/webhook; got "${v}".`,
    ),
  });
}

/** Reads and validates the environment: the config and the notices to print at start-up. */
export function readConfig(env: Env = process.env): { config: Config; notices: string[] } {
  const problems: string[] = [];
  const nodeEnv = nodeEnvSchema.safeParse(env.NODE_ENV);
  if (!nodeEnv.success) problems.push(...nodeEnv.error.issues.map((i) => i.message));
  const envName = nodeEnv.success ? nodeEnv.data : 'development';
  const production = envName === 'production';

  const parsed = envSchema(production, env).safeParse({
    ...env,
    DATABASE_URL: given.parse(env.DATABASE_URL) ?? env.MONGODB_URI,
  });
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
  const logLevel = given.parse(env.LOG_LEVEL) ?? (envName === 'test' ? 'silent' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const v = parsed.data;

  const phoneNumberId =
    v.WHATSAPP_PHONE_NUMBER_ID ?? (production ? null : DEV_DEFAULTS.WHATSAPP_PHONE_NUMBER_ID);
  // Development defaults (a known admin token, a sandbox that signs webhooks with a known
  // secret) must not be reachable from the network: outside production, only this machine.
  const host = v.HOST ?? (production ? null : DEV_HOST);
  const config: Config = {
    env: envName,
    port: v.PORT,
    host,
    database: v.DATABASE_URL,
    adminToken: v.ADMIN_TOKEN.value,
    secretsKey: v.SECRETS_KEY.key,
    whatsapp: {
      appSecrets: v.WHATSAPP_APP_SECRET_PREVIOUS
        ? [v.WHATSAPP_APP_SECRET.value, v.WHATSAPP_APP_SECRET_PREVIOUS]
        : [v.WHATSAPP_APP_SECRET.value],
      verifyToken: v.WHATSAPP_VERIFY_TOKEN.value,
      apiVersion: v.WHATSAPP_API_VERSION,
      apiBaseUrl: v.WHATSAPP_API_BASE_URL,
      phoneNumberId,
      accessToken: v.WHATSAPP_ACCESS_TOKEN ?? null,
      timeoutMs: v.WHATSAPP_TIMEOUT_MS,
    },
    sandboxEnabled: !production,
    // The sandbox never runs in production, and neither does its echo.
    sandboxStatusEcho:
      v.SANDBOX_STATUS_ECHO === '1' && !production
        ? {
            delayMs: v.SANDBOX_STATUS_ECHO_DELAY_MS,
            failedRate: v.SANDBOX_STATUS_ECHO_FAILED_RATE,
            failedCode: v.SANDBOX_STATUS_ECHO_FAILED_CODE,
            url: v.SANDBOX_STATUS_ECHO_URL ?? null,
          }
        : null,
    dispatchCron: v.DISPATCH_CRON,
    logLevel,
    staleMessageMinutes: v.STALE_MESSAGE_MINUTES,
    leaseTtlMs: v.DISPATCH_LEASE_MS,
    instanceId: v.INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    // Not Heroku's DYNO: with preboot, the new web.1 runs beside the old one for minutes, and
    // would take the live one's claims (its deliveries sent twice). A host name proves less
    // still (see delivery-holder.ts).
    instanceSlot:
      v.INSTANCE_ID !== undefined
        ? { name: v.INSTANCE_ID, explicit: true }
        : { name: hostname(), explicit: false },
    eventsRetention: {
      deliveredDays: v.EVENTS_RETENTION_DAYS,
      deadDays: v.EVENTS_DEAD_RETENTION_DAYS,
    },
    parkedStatusMinutes: v.PARKED_STATUS_RETENTION_MINUTES,
    inboxRetentionDays: v.INBOX_RETENTION_DAYS,
    eventEndpoints: {
      allowHttp: !production,
      allowPrivate: v.EVENT_ENDPOINTS_ALLOW_PRIVATE,
      proxy: v.EVENT_ENDPOINTS_PROXY ?? null,
    },
    metricsToken: v.METRICS_TOKEN ?? null,
    publicUrl: v.PUBLIC_URL,
    trustProxy: v.TRUST_PROXY,
    consentMirrorMaxKeys: v.CONSENT_MIRROR_MAX_KEYS,
  };
  const notices = noticesFor(config, v);
  // Read only to say it is not used: an environment proxy is for the process's other clients.
  const envProxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].find(
    (name) => given.parse(env[name]) !== undefined,
  );
  if (envProxy !== undefined && config.eventEndpoints.proxy === null) {
    notices.push(
      `${envProxy} is set: outbound event deliveries do not use it (a proxy would resolve the endpoints' names after the address check); set EVENT_ENDPOINTS_PROXY to send them through a proxy.`,
    );
  }
  if (config.eventEndpoints.proxy !== null) {
    notices.push(
      `EVENT_ENDPOINTS_PROXY=${withoutPassword(config.eventEndpoints.proxy)}: outbound event deliveries go through it, as CONNECT tunnels to each endpoint's checked address.`,
    );
  }
  return { config, notices };
}

/** What start-up says about the defaults it used (development only: production has none). */
function noticesFor(config: Config, v: z.infer<ReturnType<typeof envSchema>>): string[] {
  const notices: string[] = [];
  if (config.database.kind === 'sqlite' && !config.database.explicit) {
    notices.push(`DATABASE_URL not set: using SQLite at ${config.database.path}.`);
  }
  for (const name of ['ADMIN_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const) {
    if (v[name].defaulted)
      notices.push(`${name} not set: using the development default "${DEV_DEFAULTS[name]}".`);
  }
  if (v.SECRETS_KEY.defaulted)
    notices.push('SECRETS_KEY not set: access tokens are encrypted with a development key.');
  if (v.WHATSAPP_PHONE_NUMBER_ID === undefined && config.whatsapp.phoneNumberId !== null) {
    notices.push(
      `WHATSAPP_PHONE_NUMBER_ID not set: a sandbox tenant with phone number id ${config.whatsapp.phoneNumberId} is bootstrapped.`,
    );
  }
  if (v.HOST === undefined && config.host !== null) {
    notices.push(
      `HOST not set: listening on ${config.host} only, so the development defaults are not reachable from the network; set HOST=0.0.0.0 to listen on every interface.`,
    );
  }
  if (config.env === 'production' && config.publicUrl === null) {
    notices.push(
      "PUBLIC_URL not set: preference links are built from each request's Host header; set PUBLIC_URL to the address customers reach (e.g. https://optout.example.com).",
    );
  }
  if (config.env === 'production' && config.metricsToken === null) {
    notices.push(
      'METRICS_TOKEN not set: /metrics is not served (404) in production; set METRICS_TOKEN and scrape it with Authorization: Bearer <token>.',
    );
  }
  if (config.env === 'production' && config.eventEndpoints.allowPrivate) {
    notices.push(
      'EVENT_ENDPOINTS_ALLOW_PRIVATE=true: tenants may point event endpoints at private and loopback addresses of this network; leave it unset unless every tenant key is trusted.',
    );
  }
  return notices;
}
