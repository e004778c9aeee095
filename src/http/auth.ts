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

/** Platform routes: ADMIN_TOKEN only. */
export function requirePlatform(tenants: TenantService): RequestHandler {
  return function platformAuth(req, _res, next) {
    const token = bearerToken(req);
    if (!token)
      return next(new AuthError('Missing credentials: send Authorization: Bearer <ADMIN_TOKEN>.'));
    if (!tenants.isPlatformToken(token))
      return next(new AuthError('Invalid platform token: platform routes take ADMIN_TOKEN.'));
    next();
  };
}

/** Tenant routes: a tenant API key (or ADMIN_TOKEN for the bootstrapped default tenant). */
export function requireTenant(tenants: TenantService): RequestHandler {
  return function tenantAuth(req, res, next) {
    tenants
      .authenticate(bearerToken(req))
      .then((auth) => {
        res.locals.auth = auth;
        next();
      })
      .catch(next);
  };
}

export function tenantAuth(res: Response): TenantAuth {
  const auth = res.locals.auth as TenantAuth | undefined;
  if (!auth) throw new AuthError('Not authenticated.');
  return auth;
}
