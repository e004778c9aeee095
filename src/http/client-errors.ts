/**
 * Requests Node refuses before Express sees them (headers over the 16 KB limit, a malformed
 * request line) get the JSON error body every other error has, instead of Node's bare status
 * line with no body (field test finding 16). Node hands them to the server's 'clientError'
 * listener: https://nodejs.org/api/http.html#event-clienterror
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../errors';

const ANSWERS: Record<string, { status: number; code: ErrorCode; error: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'payload_too_large',
    error:
      'The request line and headers are larger than the server reads (16 KB): shorten the URL or the headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'validation_failed',
    error: 'The request did not arrive in time: send it again.',
  },
};

const MALFORMED = {
  status: 400,
  code: 'validation_failed' as ErrorCode,
  error: 'Malformed HTTP request: the server could not read the request line or its headers.',
};

/** The raw response for a client error, as bytes to write on the socket. */
export function clientErrorResponse(code: string | undefined): string {
  const answer = (code !== undefined ? ANSWERS[code] : undefined) ?? MALFORMED;
  const body = JSON.stringify({ error: answer.error, code: answer.code, requestId: '-' });
  return (
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client already dropped (or one mid-response) has nobody to answer.
    if (
      err.code === 'ECONNRESET' ||
      !socket.writable ||
      (socket as { _httpMessage?: unknown })._httpMessage
    ) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err.code));
  });
}
