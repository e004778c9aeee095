/** The consent routes' input schemas (zod at the edge), shared with the OpenAPI document. */
import { z } from 'zod';
import { CONSENT_SOURCES } from '../../domain/consent';
import { CHANNELS } from '../../domain/types';
import { consentEvidenceSchema } from '../../services/consent/consent-import';
import { pageParams } from './page-query';

const channel = z.enum(CHANNELS, {
  error: (issue) =>
    issue.input === undefined
      ? `is required: one of ${CHANNELS.join(', ')}`
      : `must be one of ${CHANNELS.join(', ')}`,
});
const contact = z
  .string('must be a string')
  .trim()
  .min(1, 'must not be empty')
  .max(320, 'must be at most 320 characters');

/** An unencoded "+" in a query string arrives as a space: read back as the "+" it was. */
const queryContact = z
  .string('must be a single value')
  .transform((s) => (/^ \d/.test(s) ? `+${s.slice(1)}` : s))
  .pipe(contact);

/** The evidence of a consent: the same fields and limits as a JSON import row's (consent-import.ts). */
export { consentEvidenceSchema };

export const createConsentSchema = z.strictObject({
  channel,
  contact,
  categoryId: z
    .string('must be a category id, or null for all marketing')
    .min(1)
    .nullable()
    .optional(),
  source: z.enum(CONSENT_SOURCES, `must be one of ${CONSENT_SOURCES.join(', ')}`).optional(),
  evidence: consentEvidenceSchema.nullable().optional(),
});

export const listConsentsSchema = z.strictObject({
  channel: channel.optional(),
  contact: queryContact.optional(),
  categoryId: z.string('must be a category id or "all"').min(1).optional(),
  active: z
    .enum(['true', 'false'], 'must be true or false')
    .transform((v) => v === 'true')
    .optional(),
  ...pageParams,
});

export const withdrawConsentSchema = z.strictObject({
  reason: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required: say why the consent is withdrawn'
          : 'must be a string saying why the consent is withdrawn',
    })
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters'),
});

export const contactChannelSchema = z.strictObject({ channel: channel.optional() });

/** GET /admin/contacts/:contact/consents: the channel and a page. */
export const contactConsentsSchema = z.strictObject({ channel: channel.optional(), ...pageParams });
