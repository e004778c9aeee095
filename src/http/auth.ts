import type { Request, RequestHandler, Response } from 'express';
import { AuthError } from '../errors';
import type { Tenant } from '../domain/types';
import type { TenantService } from '../services/tenants/tenant-service';

export interface TenantAuth {
  tenant: Tenant;
  /** Who acted, for audit events: `admin:<key prefix>` or `admin:platform`. */
  actor: string;
}

export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * The bearer token, or an AuthError that says what the request sent instead: an Authorization
 * header of another scheme, or a key in a header this API does not read.
 */
function requireBearer(req: Request, what: string): string {
  const token = bearerToken(req);
  if (token) return token;
  if (req.get('authorization') !== undefined) {
    throw new AuthError(
      `The Authorization header must be "Bearer <${what}>" (one space, no quotes); this one has another form.`,
    );
  }
  const elsewhere = ['x-api-key', 'api-key', 'x-auth-token'].find((h) => req.get(h) !== undefined);
  throw new AuthError(
    `Missing credentials: send Authorization: Bearer <${what}>.` +
      (elsewhere ? ` The ${elsewhere} header is not read.` : ''),
  );
}

/** Platform routes: ADMIN_TOKEN only. A tenant API key is known but not allowed here: 403. */
export function requirePlatform(tenants: TenantService): RequestHandler {
  return async function platformAuth(req, _res, next) {
    const token = requireBearer(req, 'ADMIN_TOKEN');
    if (tenants.isPlatformToken(token)) return next();
    const tenantKey = await tenants.authenticate(token).then(
      () => true,
      () => false,
    );
    throw tenantKey
      ? new AuthError(
          'A tenant API key may not manage tenants: /admin/tenants takes the platform token (ADMIN_TOKEN).',
          403,
        )
      : new AuthError(
          'Invalid platform token: /admin/tenants takes ADMIN_TOKEN, as set in the environment.',
        );
  };
}

/**
 * The tenant the request acts for: its API key's tenant, or with ADMIN_TOKEN the bootstrapped
 * default tenant, or the tenant named by X-Tenant-Id (the console's tenant picker).
 */
export function authenticateTenant(tenants: TenantService, req: Request): Promise<TenantAuth> {
  const token = requireBearer(req, 'tenant API key');
  const asTenant = req.get('x-tenant-id');
  return asTenant ? tenants.authenticateAs(token, asTenant) : tenants.authenticate(token);
}

/** Tenant routes: a tenant API key (or ADMIN_TOKEN, see authenticateTenant). */
export function requireTenant(tenants: TenantService): RequestHandler {
  return async function tenantAuth(req, res, next) {
    res.locals.auth = await authenticateTenant(tenants, req);
    next();
  };
}

export function tenantAuth(res: Response): TenantAuth {
  const auth = res.locals.auth as TenantAuth | undefined;
  if (!auth) throw new AuthError('Not authenticated: send Authorization: Bearer <tenant API key>.');
  return auth;
}
