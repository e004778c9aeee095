/** Small builders that keep the path files declarative: schemas from zod, parameters, responses. */
import { z } from 'zod';
import type { JsonSchema, Parameter, RequestBody, Response, Security } from './types';

/**
 * The JSON Schema of what a client sends (`io: 'input'`: before transforms, so `"true"` for a
 * boolean query flag). Refinements have no JSON Schema form and are left to the descriptions.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/** One query parameter per property of a zod object schema (the route's own query schema). */
export function queryParameters(
  schema: z.ZodType,
  descriptions: Record<string, string> = {},
): Parameter[] {
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query' as const,
    // A property with a default is filled in by the server, so the client may leave it out.
    required: required.has(name) && !('default' in property),
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}

export function pathParam(name: string, description: string): Parameter {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

export const timestamp: JsonSchema = { type: 'string', format: 'date-time' };
export const nullableTimestamp: JsonSchema = { type: ['string', 'null'], format: 'date-time' };
export const nullableString: JsonSchema = { type: ['string', 'null'] };

/** An object schema whose listed properties are all present (null where they have no value). */
export function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties),
    properties,
  };
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export function jsonRequest(schema: JsonSchema | z.ZodType, description?: string): RequestBody {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema: asJson(schema) } },
  };
}

export function jsonResponse(description: string, schema: JsonSchema | z.ZodType): Response {
  return { description, content: { 'application/json': { schema: asJson(schema) } } };
}

/** A page served as HTML (the customer's preference page and its answers). */
export function htmlResponse(description: string): Response {
  return { description, content: { 'text/html': { schema: { type: 'string' } } } };
}

/** `{ items, nextCursor }`: every list route's page. */
export function pageOf(item: string): JsonSchema {
  return {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: ref(item) },
      nextCursor: {
        type: ['string', 'null'],
        description: 'Pass as `cursor` to get the next page; null on the last page.',
      },
    },
  };
}

const ERROR_MEANINGS: Record<number, string> = {
  400: 'The input was wrong; the message names every offending field and how to fix it.',
  401: 'Missing or invalid credentials.',
  403: 'These credentials may not do this.',
  404: 'No such resource for this tenant (another tenant’s ids answer 404 too).',
  409: 'The request conflicts with the current state.',
  413: 'The body is larger than the route accepts.',
  415: 'Unsupported Content-Type.',
  500: 'An unexpected error; logged with the request id, which the body quotes.',
  503: 'A dependency (the store) is not available; retry later.',
};

/** Every answer carries the request's id (kept from a sane incoming X-Request-Id). */
export const requestIdHeader = {
  'X-Request-Id': {
    description: 'The request’s id, as in error bodies and the service’s logs.',
    schema: { type: 'string' },
  },
};

/** Error responses, all with the `{ error, code, requestId }` body. */
export function errorResponses(...statuses: number[]): Record<string, Response> {
  const out: Record<string, Response> = {};
  for (const status of statuses) {
    out[String(status)] = {
      description: ERROR_MEANINGS[status] ?? 'Error.',
      headers: requestIdHeader,
      content: { 'application/json': { schema: ref('Error') } },
    };
  }
  return out;
}

/** Security requirement lists: one of them must be satisfied. */
export const PLATFORM: Security = [{ platformToken: [] }];
export const TENANT: Security = [{ tenantApiKey: [] }];
export const PLATFORM_OR_TENANT: Security = [{ platformToken: [] }, { tenantApiKey: [] }];
export const PUBLIC: Security = [];

function asJson(schema: JsonSchema | z.ZodType): JsonSchema {
  return schema instanceof z.ZodType ? jsonSchemaOf(schema) : schema;
}
