import { Router } from 'express';
import { buildOpenApiDocument, type OpenApiOptions } from '../openapi/document';

/** GET /openapi.json: the document of every route, built once when the app is created. */
export function createOpenApiRouter(options: OpenApiOptions = {}): Router {
  const router = Router();
  const document = buildOpenApiDocument(options);
  router.get('/openapi.json', function serveOpenApi(_req, res) {
    res.json(document);
  });
  return router;
}
