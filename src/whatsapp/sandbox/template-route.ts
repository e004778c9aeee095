import type { Router } from 'express';
import { z } from 'zod';
import { AuthError, ValidationError } from '../../errors';
import { parseInput } from '../../parse-input';
import type { MessageTemplate } from '../templates';
import type { SandboxRouterDeps } from './sandbox-router';
import type { TemplateRegistry } from './template-registry';

const upper = (values: readonly [string, ...string[]], what: string) =>
  z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(values, `${what} must be one of ${values.join(', ')}`));

export const templateBody = z.strictObject({
  wabaId: z
    .string()
    .regex(/^\d{1,32}$/, 'must be digits only')
    .optional(),
  name: z
    .string()
    .regex(
      /^[a-z0-9_]{1,512}$/,
      "must be lower-case letters, digits and _ (Meta's template names)",
    ),
  language: z
    .string()
    .regex(
      /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/,
      'must be a template language code such as en_US or pt_BR',
    ),
  status: upper(
    ['APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED', 'IN_APPEAL', 'FLAGGED'],
    'status',
  ).default('APPROVED'),
  category: upper(['MARKETING', 'UTILITY', 'AUTHENTICATION'], 'category').default('MARKETING'),
  /** The body text with its {{1}} or {{name}} placeholders. */
  body: z.string().min(1).max(1024).default('Hello!'),
  footer: z.string().min(1).max(60).optional(),
  buttons: z
    .array(
      z.strictObject({
        type: upper(['QUICK_REPLY', 'URL', 'PHONE_NUMBER'], 'button type'),
        text: z.string().min(1).max(25),
      }),
    )
    .max(10)
    .default([]),
});

/**
 * POST /templates: registers a message template for an account, as Meta would describe it to
 * GET /{waba-id}/message_templates; the template check at publish and in the preview reads it.
 */
export function addTemplateRoute(
  router: Router,
  templates: TemplateRegistry,
  deps: SandboxRouterDeps,
): void {
  router.post('/templates', (req, res) => {
    const body = parseInput(templateBody, req.body ?? {});
    const scope = deps.scope(req);
    let wabaId = body.wabaId;
    if (scope.phoneNumberId !== null) {
      const own = scope.wabaId ?? null;
      if (own === null) {
        throw new ValidationError(
          'This tenant has no wabaId: set it with PATCH /admin/tenants/{id} first.',
        );
      }
      if (wabaId !== undefined && wabaId !== own) {
        throw new AuthError(
          `This API key can only use its own account (${own}), not ${wabaId}.`,
          403,
        );
      }
      wabaId = own;
    }
    if (wabaId === undefined) {
      throw new ValidationError(
        'wabaId is required when the platform token is used: say which account holds the template.',
      );
    }
    const template: MessageTemplate = {
      id: String(1_000_000_000_000 + templates.list(wabaId, null, null).length),
      name: body.name,
      language: body.language,
      status: body.status,
      category: body.category,
      components: [
        { type: 'BODY', text: body.body },
        ...(body.footer ? [{ type: 'FOOTER', text: body.footer }] : []),
        ...(body.buttons.length > 0 ? [{ type: 'BUTTONS', buttons: body.buttons }] : []),
      ],
    };
    templates.register(wabaId, template);
    res.status(201).json({ wabaId, template });
  });
}
