import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import type { Tenant } from '../../domain/types';
import { NotFoundError, ValidationError } from '../../errors';
import { jsonBody } from '../body';
import { parseInput, plainLabel, requireObjectBody } from '../validate';
import { pageQuerySchema } from './page-query';
import { settingsPatchSchema, toSettingsPatch } from './settings-schema';
import { tenantView } from './tenant-views';

const name = z
  .string('must be a string')
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine(...plainLabel);
const phoneNumberId = z
  .string(
    'must be a string of digits (the WhatsApp phone number id from Meta, not the phone number)',
  )
  .regex(
    /^\d{1,32}$/,
    'must be digits only: the phone number id from WhatsApp Manager, not the phone number',
  )
  .nullable();
const wabaId = z
  .string('must be a string of digits (the WhatsApp Business Account id from Meta)')
  .regex(
    /^\d{1,32}$/,
    'must be digits only: the WhatsApp Business Account id from WhatsApp Manager',
  )
  .nullable();
const accessToken = z
  .string('must be a string')
  .min(1, 'must not be empty (use null to remove it)')
  .max(
    4096,
    'must be at most 4096 characters: a Cloud API access token is shorter; check what was pasted',
  )
  .nullable();

export const createSchema = z.strictObject({
  name,
  phoneNumberId: phoneNumberId.optional(),
  wabaId: wabaId.optional(),
  accessToken: accessToken.optional(),
  settings: settingsPatchSchema.optional(),
});

export const patchSchema = z.strictObject({
  name: name.optional(),
  phoneNumberId: phoneNumberId.optional(),
  wabaId: wabaId.optional(),
  accessToken: accessToken.optional(),
  settings: settingsPatchSchema.optional(),
});

/** Platform routes (ADMIN_TOKEN): create, list, read, change tenants and rotate their API keys. */
export function createTenantsRouter(deps: AppDeps): Router {
  const router = Router();
  const tenants = deps.services.tenants;

  async function find(id: string): Promise<Tenant> {
    const tenant = await tenants.get(id);
    if (!tenant) throw new NotFoundError(`No tenant ${id}: list them with GET /admin/tenants.`);
    return tenant;
  }

  router.post('/', jsonBody(), async (req, res) => {
    const input = parseInput(createSchema, requireObjectBody(req.body));
    const { tenant, apiKey } = await tenants.create({
      name: input.name,
      phoneNumberId: input.phoneNumberId ?? null,
      wabaId: input.wabaId ?? null,
      accessToken: input.accessToken ?? null,
      ...(input.settings ? { settings: toSettingsPatch(input.settings) } : {}),
    });
    // The API key is shown once: only its hash is stored.
    res.status(201).json({ ...tenantView(tenant), apiKey });
  });

  router.get('/', async (req, res) => {
    const page = parseInput(pageQuerySchema, req.query, 'query');
    const result = await tenants.list(page);
    res.json({ items: result.items.map(tenantView), nextCursor: result.nextCursor });
  });

  router.get('/:id', async (req, res) => {
    res.json(tenantView(await find(req.params.id)));
  });

  router.patch('/:id', jsonBody(), async (req, res) => {
    const input = parseInput(patchSchema, requireObjectBody(req.body));
    if (Object.keys(input).length === 0) {
      throw new ValidationError(
        'Nothing to change: send name, phoneNumberId, wabaId, accessToken or settings.',
      );
    }
    await find(req.params.id);
    const updated = await tenants.update(req.params.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.phoneNumberId !== undefined ? { phoneNumberId: input.phoneNumberId } : {}),
      ...(input.wabaId !== undefined ? { wabaId: input.wabaId } : {}),
      ...(input.accessToken !== undefined ? { accessToken: input.accessToken } : {}),
      ...(input.settings ? { settings: toSettingsPatch(input.settings) } : {}),
    });
    res.json(tenantView(updated));
  });

  router.post('/:id/rotate-key', async (req, res) => {
    const { apiKey } = await tenants.rotateKey(req.params.id);
    res.json({ apiKey });
  });

  return router;
}
