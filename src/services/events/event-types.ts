/** The outbound event types a tenant's endpoint may subscribe to (`*` = all). */
export const EVENT_TYPES = [
  'opt_out.created',
  'opt_out.extended',
  'opt_out.revoked',
  'consent.created',
  'consent.withdrawn',
  'task.paused',
  'task.resumed',
  'task.completed',
  'quality.template_status',
  'quality.template_quality',
  'quality.number_quality',
  'quality.account',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
