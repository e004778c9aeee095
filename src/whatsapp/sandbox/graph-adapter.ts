import { AxiosError, AxiosHeaders } from 'axios';
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { validateOutbound } from '../message-schema';
import type { OutboundMessage } from '../types';
import { codelessErrorBody, defaultStatusFor, graphErrorBody } from './graph-errors';
import type { SandboxState } from './sandbox-state';
import type { TemplateRegistry } from './template-registry';

const MESSAGES_PATH = /\/v\d+\.\d+\/([^/]+)\/messages$/;
const TEMPLATES_PATH = /\/v\d+\.\d+\/([^/]+)\/message_templates$/;

function respond(
  config: InternalAxiosRequestConfig,
  status: number,
  body: unknown,
): Promise<AxiosResponse> {
  const response: AxiosResponse = {
    // A JSON string, as on the wire: axios's transformResponse parses it like a real answer.
    data: JSON.stringify(body),
    status,
    statusText: status < 300 ? 'OK' : 'Error',
    headers: new AxiosHeaders({ 'content-type': 'application/json; charset=UTF-8' }),
    config,
    request: {},
  };
  // What axios's own adapters do: reject statuses the caller's validateStatus refuses.
  if (!config.validateStatus || config.validateStatus(status)) return Promise.resolve(response);
  const code = status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
  return Promise.reject(
    new AxiosError(`Request failed with status code ${status}`, code, config, {}, response),
  );
}

function parseBody(data: unknown): unknown {
  if (typeof data === 'string') return JSON.parse(data);
  if (Buffer.isBuffer(data)) return JSON.parse(data.toString('utf8'));
  return data;
}

/**
 * An axios adapter that answers POST /{version}/{phone-number-id}/messages in-process, the way
 * the Graph API does: it refuses bodies Meta would refuse (code 100), applies the failure rules
 * tests set, records every accepted message and answers with a wamid.
 */
export function createGraphAdapter(state: SandboxState, templates: TemplateRegistry): AxiosAdapter {
  return async function graphAdapter(config) {
    const trace = state.traceId();
    const url = new URL(config.url ?? '', config.baseURL ?? 'http://sandbox.invalid');
    const templatePath = TEMPLATES_PATH.exec(url.pathname);
    if ((config.method ?? 'get').toLowerCase() === 'get' && templatePath) {
      // GET /{waba-id}/message_templates?name=&language=: the registered templates, paged as Meta does.
      const params = (config.params ?? {}) as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
      const data = templates.list(
        decodeURIComponent(templatePath[1] ?? ''),
        text(params.name) ?? url.searchParams.get('name'),
        text(params.language) ?? url.searchParams.get('language'),
      );
      return respond(config, 200, {
        data,
        paging: { cursors: { before: 'MAZDZD', after: 'MAZDZD' } },
      });
    }
    const match = MESSAGES_PATH.exec(url.pathname);
    if ((config.method ?? 'get').toLowerCase() !== 'post' || !match) {
      return respond(
        config,
        400,
        graphErrorBody(100, `Unsupported ${config.method} request to ${url.pathname}`, trace),
      );
    }
    const phoneNumberId = decodeURIComponent(match[1] ?? '');
    let body: unknown;
    try {
      body = parseBody(config.data);
    } catch {
      return respond(config, 400, graphErrorBody(100, 'The request body is not valid JSON', trace));
    }
    const check = validateOutbound(body);
    if (!check.ok) return respond(config, 400, graphErrorBody(100, check.errors.join('; '), trace));
    const message = body as OutboundMessage;

    const rule = state.takeFailure(phoneNumberId, message.to);
    if (rule?.timeout) {
      // The request "left": Meta may deliver it even though the caller never hears back.
      state.record(phoneNumberId, message);
      throw new AxiosError(
        `timeout of ${config.timeout ?? 0}ms exceeded`,
        AxiosError.ECONNABORTED,
        config,
        {},
      );
    }
    if (rule && !rule.asStatus) {
      if (rule.code === undefined) {
        const status = rule.httpStatus ?? 500;
        return respond(config, status, codelessErrorBody(status, trace));
      }
      const status = rule.httpStatus ?? defaultStatusFor(rule.code);
      return respond(
        config,
        status,
        graphErrorBody(rule.code, 'Simulated by the stopline sandbox', trace),
      );
    }

    // An `asStatus` rule: accepted now, reported failed by the status echo later.
    const recorded = state.record(phoneNumberId, message, rule?.asStatus ? rule.code : undefined);
    return respond(config, 200, {
      messaging_product: 'whatsapp',
      contacts: [
        { input: message.to, ...(recorded.waId !== null ? { wa_id: recorded.waId } : {}) },
      ],
      messages: [{ id: recorded.id, message_status: 'accepted' }],
    });
  };
}
