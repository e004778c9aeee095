/** The parts of the OpenAPI 3.1 object model this service's document uses. */

/** A JSON Schema (draft 2020-12, the dialect OpenAPI 3.1 uses). */
export type JsonSchema = Record<string, unknown>;

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface MediaType {
  schema: JsonSchema;
  example?: unknown;
}

export interface RequestBody {
  required?: boolean;
  description?: string;
  content: Record<string, MediaType>;
}

export interface Response {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

export type Security = Record<string, string[]>[];

export interface Operation {
  tags: string[];
  summary: string;
  description?: string;
  operationId: string;
  security?: Security;
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses: Record<string, Response>;
}

/** Path (OpenAPI form, `{id}`) → method → operation. */
export type Paths = Record<string, Partial<Record<HttpMethod, Operation>>>;
