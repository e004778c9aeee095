import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Every metric the service exports, on its own registry (no global state between tests). */
export function createMetrics(opts: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'stopline_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'stopline_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'stopline_http_request_duration_seconds',
      help: 'HTTP request latency by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    webhookDeliveries: new Counter({
      name: 'stopline_webhook_deliveries_total',
      help: 'Webhook POSTs by outcome (stored, bad_signature, bad_json, not_object, store_error)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    inboxPending: new Gauge({
      name: 'stopline_inbox_pending',
      help: 'Webhook deliveries stored but not yet processed',
      registers,
    }),
    inboxLagSeconds: new Gauge({
      name: 'stopline_inbox_lag_seconds',
      help: 'Age of the oldest unprocessed webhook delivery',
      registers,
    }),
    inboxLanePending: new Gauge({
      name: 'stopline_inbox_lane_pending',
      help: 'Webhook deliveries not yet processed, by lane (priority: customer words; status: receipts)',
      labelNames: ['lane'] as const,
      registers,
    }),
    inboxLaneLagSeconds: new Gauge({
      name: 'stopline_inbox_lane_lag_seconds',
      help: 'Age of the oldest unprocessed webhook delivery, by lane (alert on priority)',
      labelNames: ['lane'] as const,
      registers,
    }),
    inboxStatusBatch: new Histogram({
      name: 'stopline_inbox_status_batch_size',
      help: 'Routine statuses applied per batch of the status lane',
      buckets: [1, 10, 50, 100, 250, 500, 1000],
      registers,
    }),
    inboundEvents: new Counter({
      name: 'stopline_inbound_events_total',
      help: 'Webhook events processed, by kind and outcome',
      labelNames: ['kind', 'outcome'] as const,
      registers,
    }),
    webhookTimesRepaired: new Counter({
      name: 'stopline_webhook_timestamps_repaired_total',
      help: 'Webhook events kept with a repaired time: milliseconds read as seconds, or an unusable timestamp replaced by the receive time',
      labelNames: ['repair'] as const,
      registers,
    }),
    webhookUnknownNumber: new Counter({
      name: 'stopline_webhook_unknown_number_total',
      help: 'Webhook events for a phone_number_id no tenant has, by kind (messages are kept for replay when the tenant is created)',
      labelNames: ['kind'] as const,
      registers,
    }),
    optOuts: new Counter({
      name: 'stopline_opt_outs_total',
      help: 'Opt-out changes by source and outcome (created, extended, renewed, unchanged, revoked)',
      labelNames: ['source', 'outcome'] as const,
      registers,
    }),
    sends: new Counter({
      name: 'stopline_sends_total',
      help: 'Marketing send attempts by outcome and Cloud API error code',
      labelNames: ['outcome', 'code'] as const,
      registers,
    }),
    taskBreakerTrips: new Counter({
      name: 'stopline_task_breaker_trips_total',
      help: 'Tasks paused by a breaker: rule opt_out_rate, opt_out_spike or error_burst (with the error code)',
      labelNames: ['rule', 'code'] as const,
      registers,
    }),
    suppressed: new Counter({
      name: 'stopline_suppressed_total',
      help: 'Recipients skipped at send time because an active opt-out covered them',
      registers,
    }),
    batchSeconds: new Histogram({
      name: 'stopline_dispatch_batch_seconds',
      help: 'Time to check, claim and send one dispatch batch',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers,
    }),
    consents: new Counter({
      name: 'stopline_consents_total',
      help: 'Consent changes by source and outcome (created, renewed, reaffirmed, withdrawn)',
      labelNames: ['source', 'outcome'] as const,
      registers,
    }),
    noConsent: new Counter({
      name: 'stopline_no_consent_total',
      help: 'Recipients of consented tasks skipped at send time because no active consent covered them',
      registers,
    }),
    deferred: new Counter({
      name: 'stopline_deferred_total',
      help: 'Recipients held back at send time, by reason (outside_window, frequency_capped, meta_limited)',
      labelNames: ['reason'] as const,
      registers,
    }),
    erasures: new Counter({
      name: 'stopline_erasures_total',
      help: 'Contacts whose personal data was erased (POST /admin/contacts/:contact/erase)',
      registers,
    }),
    parkedStatuses: new Counter({
      name: 'stopline_parked_statuses_total',
      help: 'Delivery statuses that came before their message id was recorded: parked, applied once it was, or pruned after the retention',
      labelNames: ['outcome'] as const,
      registers,
    }),
    inboxPruned: new Counter({
      name: 'stopline_inbox_pruned_total',
      help: 'Processed webhook deliveries (entries) and their event keys (keys) deleted after INBOX_RETENTION_DAYS',
      labelNames: ['kind'] as const,
      registers,
    }),
    outboxPruned: new Counter({
      name: 'stopline_outbox_pruned_total',
      help: 'Finished outbound event deliveries deleted from the outbox after their retention',
      registers,
    }),
    repliesSent: new Counter({
      name: 'stopline_replies_total',
      help: 'Conversation replies by kind and outcome',
      labelNames: ['kind', 'outcome'] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
