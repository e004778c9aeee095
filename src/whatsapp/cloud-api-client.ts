import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { AmbiguousSendError, CloudApiError, classifyErrorCode } from './errors';
import { validateOutbound } from './message-schema';
import type { OutboundMessage, SendOk, Sender, WhatsAppClient } from './types';

export interface CloudApiClientOptions {
  /** e.g. https://graph.facebook.com (no version). */
  baseUrl: string;
  /** e.g. v23.0 */
  apiVersion: string;
  timeoutMs: number;
  /** Inject an instance (tests, or the sandbox adapter); defaults to a fresh axios instance. */
  http?: AxiosInstance;
  /** Check every body with validateOutbound before it leaves (default true). */
  validate?: boolean;
}

/** Errors raised before a connection exists: nothing was sent, so a retry is safe. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function checkOptions(opts: CloudApiClientOptions): void {
  if (!/^https?:\/\/[^/]/.test(opts.baseUrl)) {
    throw new Error(
      `Cloud API client: baseUrl "${opts.baseUrl}" must be an http(s) URL such as https://graph.facebook.com`,
    );
  }
  if (!/^v\d+\.\d+$/.test(opts.apiVersion)) {
    throw new Error(
      `Cloud API client: apiVersion "${opts.apiVersion}" must look like v23.0 (set WHATSAPP_API_VERSION)`,
    );
  }
  if (!Number.isInteger(opts.timeoutMs) || opts.timeoutMs <= 0) {
    throw new Error(
      `Cloud API client: timeoutMs must be a positive integer of milliseconds, got ${opts.timeoutMs}`,
    );
  }
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
/** `value[key][0]`, when `value[key]` is an array. */
const first = (value: unknown, key: string): unknown => {
  const items = field(value, key);
  return Array.isArray(items) ? (items[0] as unknown) : undefined;
};

/** Reads Meta's answer: a message id, or the error to throw (a Graph error, or an untrustworthy answer). */
function outcome(response: AxiosResponse, message: OutboundMessage): SendOk | Error {
  const { status, data } = response;
  if (status >= 200 && status < 300) {
    const messageId = text(field(first(data, 'messages'), 'id'));
    if (messageId === null) {
      return new AmbiguousSendError(
        `Cloud API answered HTTP ${status} without messages[0].id: the message may have been sent`,
        { httpStatus: status },
      );
    }
    const contact = first(data, 'contacts');
    return {
      messageId,
      waId: text(field(contact, 'wa_id')),
      input: text(field(contact, 'input')) ?? message.to,
    };
  }
  const error = field(data, 'error');
  const rawCode = field(error, 'code');
  const code = typeof rawCode === 'number' && Number.isInteger(rawCode) ? rawCode : null;
  if (status >= 500 && classifyErrorCode(code) === 'unknown') {
    const why = code === null ? 'without an error code' : `with unrecognised code ${code}`;
    return new AmbiguousSendError(
      `Cloud API answered HTTP ${status} ${why}: the message may have been sent`,
      {
        httpStatus: status,
      },
    );
  }
  return new CloudApiError({
    code,
    title: text(field(error, 'message')) ?? `HTTP ${status}`,
    details: text(field(field(error, 'error_data'), 'details')),
    httpStatus: status,
    fbtraceId: text(field(error, 'fbtrace_id')),
  });
}

function transportError(err: unknown, message: OutboundMessage): Error {
  if (!axios.isAxiosError(err)) {
    return new AmbiguousSendError('Sending failed unexpectedly: the message may have been sent', {
      cause: err,
    });
  }
  if (err.response) {
    const result = outcome(err.response, message);
    return result instanceof Error
      ? result
      : new AmbiguousSendError('Cloud API answer rejected by the HTTP client');
  }
  if (err.code && NOT_SENT_CODES.has(err.code)) {
    return new CloudApiError(
      {
        code: null,
        title: `${err.code}: the request was not sent (${err.message})`,
        details: null,
        httpStatus: null,
        fbtraceId: null,
        action: 'retry_number',
      },
      { cause: err },
    );
  }
  // Timeouts (ECONNABORTED, ETIMEDOUT), ECONNRESET, "socket hang up": the request may have left.
  return new AmbiguousSendError(
    `No answer from the Cloud API (${err.code ?? err.message}): the message may have been sent`,
    { cause: err },
  );
}

/**
 * The WhatsApp client for the Graph API: POST {baseUrl}/{apiVersion}/{phoneNumberId}/messages.
 * Meta's errors become CloudApiError (classified by code); an answer we cannot trust becomes
 * AmbiguousSendError; an invalid body of ours is a bug and throws before anything is sent.
 */
export function createCloudApiClient(opts: CloudApiClientOptions): WhatsAppClient {
  checkOptions(opts);
  const http = opts.http ?? axios.create();
  const base = opts.baseUrl.replace(/\/+$/, '');
  const validate = opts.validate ?? true;

  return {
    async send(sender: Sender, message: OutboundMessage): Promise<SendOk> {
      if (validate) {
        const result = validateOutbound(message);
        if (!result.ok) {
          throw new Error(
            `stopline built an invalid WhatsApp message (a bug; nothing was sent): ${result.errors.join('; ')}`,
          );
        }
      }
      const url = `${base}/${opts.apiVersion}/${encodeURIComponent(sender.phoneNumberId)}/messages`;
      let response: AxiosResponse;
      try {
        response = await http.post(url, message, {
          timeout: opts.timeoutMs,
          headers: {
            'Content-Type': 'application/json',
            ...(sender.accessToken ? { Authorization: `Bearer ${sender.accessToken}` } : {}),
          },
          // Every status is read by interpret(); axios must not turn them into errors.
          validateStatus: () => true,
        });
      } catch (err) {
        throw transportError(err, message);
      }
      const result = outcome(response, message);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}
