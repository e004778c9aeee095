import { answerClientErrors } from './http/client-errors';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** The server could not listen: the message names the address and what to do about it. */
export class ListenError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

const HINTS: Record<string, (where: string, port: number) => string> = {
  EADDRINUSE: (where, port) =>
    `${where} is already in use (EADDRINUSE): another process (perhaps another stopline) listens there. Stop it, or set PORT to a free port (PORT=${port === 0 ? 3000 : port + 1}).`,
  EACCES: (where) =>
    `not allowed to listen on ${where} (EACCES): ports below 1024 need privileges; set PORT to 1024 or above.`,
  EADDRNOTAVAIL: (where) =>
    `${where} is not an address of this machine (EADDRNOTAVAIL): fix HOST (127.0.0.1 for this machine only, 0.0.0.0 for every interface).`,
};

/**
 * Listens and resolves once the port is bound, or rejects with a ListenError. Express 5's
 * app.listen hands a bind error to its callback instead of throwing, and a caller that ignores
 * it goes on as if it listened: so the caller must await this before starting any other work.
 */
export function listen(app: Express, opts: { port: number; host: string | null }): Promise<Server> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      if (!err) {
        resolve(server);
        return;
      }
      const code = (err as NodeJS.ErrnoException).code;
      const where = `${opts.host ?? 'every interface'} port ${opts.port}`;
      const hint = code ? HINTS[code] : undefined;
      reject(
        new ListenError(
          hint
            ? `cannot listen: ${hint(where, opts.port)}`
            : `cannot listen on ${where}: ${err.message}`,
          code,
        ),
      );
    };
    const server =
      opts.host === null ? app.listen(opts.port, done) : app.listen(opts.port, opts.host, done);
    answerClientErrors(server);
  });
}

/**
 * The URL the server really answers on: the bound port (PORT=0 picks one) and host, with
 * "localhost" for an all-interfaces bind (which includes this machine).
 */
export function listeningUrl(server: Server): string {
  const address = server.address() as AddressInfo | null;
  if (!address) return 'http://localhost';
  const all = address.address === '::' || address.address === '0.0.0.0';
  const host = all
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}
