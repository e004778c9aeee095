import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Store } from '../store/types';
import type { WhatsAppClient } from '../whatsapp/types';
import { createSandbox, createStatusEcho } from '../whatsapp/sandbox';
import { createCategoryService } from './categories/category-service';
import { createHealthService } from './health/health-service';
import { createTenantService } from './tenants/tenant-service';
import { createOptOutService } from './opt-outs/opt-out-service';
import { createConsentService } from './consent/consent-service';
import { createContactRights } from './consent/contact-rights';
import { createPreferenceLinks } from './consent/preference-links';
import { createConsentKeywords } from './consent/consent-keywords';
import { createOptOutLift } from './consent/opt-out-lift';
import { createImportService } from './imports/import-service';
import { createTaskService } from './tasks/task-service';
import { createDispatcher } from './dispatch/dispatcher';
import { createWhatsAppGateway } from './whatsapp-gateway';
import { createTemplateGateway } from './template-gateway';
import { createEventService } from './events/event-service';
import { createErrorBurstReview } from './opt-outs/error-burst-review';
import { createEventDeliverer } from './events/event-deliverer';
import { createEndpointSecrets } from './events/endpoint-secrets';
import { createEndpointGuard } from './events/endpoint-guard';
import { pidSpace } from './events/delivery-holder';
import { createWebhookIngest } from './inbox/webhook-ingest';
import { createInboxProcessor } from './inbox/inbox-processor';
import { statusEchoTarget } from './inbox/status-echo-target';
import { createConsoleService } from './console/console-service';

export type Sandbox = ReturnType<typeof createSandbox>;

export interface ServiceDeps {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  /** Tests inject a WhatsApp client; otherwise the gateway picks the Graph API or the sandbox per tenant. */
  whatsapp?: WhatsAppClient;
}

/** Builds every service once; createApp and main share them. */
export function createServices(deps: ServiceDeps) {
  const { config, store, clock, log, metrics } = deps;
  const ingest = createWebhookIngest({ store, clock, log, metrics });
  const appSecret = config.whatsapp.appSecrets[0] ?? '';
  const echoConfig = config.sandboxEnabled ? config.sandboxStatusEcho : null;
  const echo = echoConfig
    ? createStatusEcho({
        ...echoConfig,
        clock,
        appSecret,
        log,
        // `inbox` is built below; the echo posts only after a send, long after this returns.
        post: statusEchoTarget({ config, ingest, metrics, log, kick: () => inbox.kick() }),
      })
    : null;
  const sandbox = config.sandboxEnabled
    ? createSandbox({
        clock,
        appSecret,
        ...(echo ? { onAccepted: (message) => echo.accepted(message) } : {}),
      })
    : null;
  const whatsapp = deps.whatsapp ?? createWhatsAppGateway({ config, sandbox, log });
  const tenants = createTenantService({ store, clock, config, log });
  const endpointSecrets = createEndpointSecrets(config.secretsKey);
  const events = createEventService({
    store,
    clock,
    log,
    secrets: endpointSecrets,
    policy: config.eventEndpoints,
  });
  const eventDeliverer = createEventDeliverer({
    store,
    clock,
    log,
    metrics,
    incarnation: {
      slot: config.instanceSlot.name,
      explicit: config.instanceSlot.explicit,
      pid: process.pid,
      space: pidSpace(),
      boot: randomUUID(),
    },
    retention: config.eventsRetention,
    secrets: endpointSecrets,
    guard: createEndpointGuard({ policy: config.eventEndpoints }),
    proxy: config.eventEndpoints.proxy === null ? null : new URL(config.eventEndpoints.proxy),
  });
  const categories = createCategoryService({ store, clock });
  const health = createHealthService({ store, clock, metrics });
  const optOuts = createOptOutService({
    store,
    clock,
    metrics,
    log,
    secretsKey: config.secretsKey,
  });
  const imports = createImportService({ store, clock, log, optOuts, owner: config.instanceId });
  const templates = createTemplateGateway({ config, sandbox });
  const consents = createConsentService({ store, clock, metrics, log, optOuts, imports });
  const contactRights = createContactRights({
    store,
    clock,
    log,
    metrics,
    secretsKey: config.secretsKey,
    optOuts,
  });
  const consentKeywords = createConsentKeywords({ store, consents });
  const preferenceLinks = createPreferenceLinks({
    store,
    clock,
    log,
    secretsKey: config.secretsKey,
    optOuts,
    consents,
  });
  const optOutLift = createOptOutLift({ store, log, optOuts, consents });
  const errorBurstReview = createErrorBurstReview({ store, clock, log, optOuts });
  const tasks = createTaskService({
    store,
    clock,
    log,
    imports,
    whatsapp,
    tenants,
    erasures: contactRights,
    templates,
  });
  const dispatcher = createDispatcher({
    store,
    clock,
    log,
    metrics,
    whatsapp,
    tenants,
    optOuts,
    preferenceLinks,
    config,
    // `inbox` is built below; the dispatcher calls this only after a batch's sends.
    adoptStatuses: (messageIds) => inbox.adoptStatuses(messageIds),
  });
  const adminConsole = createConsoleService({ store, clock, optOuts });
  const inbox = createInboxProcessor({
    store,
    clock,
    log,
    metrics,
    config,
    whatsapp,
    tenants,
    optOuts,
    consents,
    consentKeywords,
    events,
    webhookQuiet: () => ingest.quiet(),
  });
  return {
    sandbox,
    echo,
    whatsapp,
    health,
    tenants,
    categories,
    optOuts,
    consents,
    optOutLift,
    errorBurstReview,
    consentKeywords,
    contactRights,
    preferenceLinks,
    imports,
    tasks,
    dispatcher,
    ingest,
    inbox,
    console: adminConsole,
    events,
    eventDeliverer,
  };
}

export type Services = ReturnType<typeof createServices>;
