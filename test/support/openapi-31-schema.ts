/** The shape OpenAPI 3.1 requires of the parts this document uses (a subset of the official schema). */
export const MINIMAL_OPENAPI_31 = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: {
      type: 'object',
      required: ['title', 'version'],
      properties: { title: { type: 'string' }, version: { type: 'string' } },
    },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        propertyNames: {
          enum: [
            'get',
            'put',
            'post',
            'patch',
            'delete',
            'head',
            'options',
            'trace',
            'parameters',
            'summary',
            'description',
          ],
        },
        additionalProperties: { $ref: '#/$defs/operation' },
      },
    },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { type: ['object', 'boolean'] } },
        securitySchemes: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['type'],
            properties: {
              type: { enum: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'] },
            },
          },
        },
      },
    },
  },
  $defs: {
    operation: {
      type: 'object',
      required: ['responses'],
      properties: {
        operationId: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        parameters: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'in', 'schema'],
            properties: {
              in: { enum: ['query', 'header', 'path', 'cookie'] },
              name: { type: 'string' },
            },
            if: { properties: { in: { const: 'path' } } },
            then: { required: ['required'], properties: { required: { const: true } } },
          },
        },
        requestBody: {
          type: 'object',
          required: ['content'],
          properties: { content: { $ref: '#/$defs/content' } },
        },
        responses: {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: '^([1-5]\\d\\d|[1-5]XX|default)$' },
          additionalProperties: {
            type: 'object',
            required: ['description'],
            properties: { description: { type: 'string' }, content: { $ref: '#/$defs/content' } },
          },
        },
        security: {
          type: 'array',
          items: { type: 'object', additionalProperties: { type: 'array' } },
        },
      },
    },
    content: {
      type: 'object',
      propertyNames: { pattern: '^[\\w.+-]+/[\\w.+*-]+$' },
      additionalProperties: {
        type: 'object',
        properties: { schema: { type: ['object', 'boolean'] } },
      },
    },
  },
};
