import { ServiceUnavailableError } from './errors';

/**
 * `work`, or a ServiceUnavailableError once `ms` have passed without its answer: what bounds
 * /readyz and /metrics when the store hangs (a failover can hold a database call for as long as
 * the driver's server selection allows). The work itself is not cancelled, only no longer awaited.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new ServiceUnavailableError(`${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  // A late rejection of the abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
