import express, { type Request } from 'express';
import { UnsupportedMediaTypeError } from '../errors';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Whether the request carries a body (RFC 9112 §6.3: a length above 0, or chunked). */
function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * JSON bodies for admin routes: strict (objects and arrays only), UTF-8, with a size limit. A
 * body of another Content-Type is a 415 `unsupported_media_type` (as the error table says), not
 * a "missing body": `alsoReads` lists the types the route reads itself (an import's CSV).
 */
export function jsonBody(
  limit = '1mb',
  opts: { alsoReads?: readonly string[] } = {},
): ReturnType<typeof express.json> {
  const parse = express.json({ limit, strict: true, type: JSON_TYPES });
  const alsoReads = opts.alsoReads ?? [];
  // Typed as express.json's handler (not RequestHandler) so routes keep their typed params.
  return function jsonBody(incoming, res, next) {
    const req = incoming as Request;
    parse(req, res, (err?: unknown) => {
      if (err !== undefined) return next(err);
      if (req.body !== undefined || !hasBody(req.headers)) return next();
      if (alsoReads.length > 0 && req.is([...alsoReads])) return next();
      const type = req.get('content-type');
      next(
        new UnsupportedMediaTypeError(
          `${type ? `Content-Type "${type.slice(0, 100)}"` : 'A body without a Content-Type'} is not read here: ` +
            `send Content-Type: application/json with a JSON object${alsoReads.length > 0 ? `, or ${alsoReads.join(', ')}` : ''}.`,
        ),
      );
    });
  };
}
