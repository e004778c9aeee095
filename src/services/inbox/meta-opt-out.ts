import type { Evidence, OptOut, Tenant } from '../../domain/types';
import type { OptOutService } from '../opt-outs/opt-out-service';

/**
 * Error 131050 (in a send response or a failed status): the customer stopped marketing from us
 * in WhatsApp itself. That is Meta's opt-out of all marketing, until Meta reports a resume.
 */
export async function recordMetaStop(
  optOuts: OptOutService,
  input: { tenant: Tenant; contact: string; at: Date; evidence: Evidence },
): Promise<OptOut> {
  const { optOut } = await optOuts.record({
    tenant: input.tenant,
    channel: 'whatsapp',
    contact: input.contact,
    categoryId: null,
    origin: 'meta',
    source: 'meta_error_131050',
    at: input.at,
    validity: { kind: 'until', expiresAt: null },
    remarks: null,
    evidence: input.evidence,
    actor: 'meta',
  });
  return optOut;
}
