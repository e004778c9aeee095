/** autocannon, posting a fresh signed delivery on every request (unique message ids, as Meta sends). */
import autocannon from 'autocannon';
import { signature, textDelivery } from './deliveries';

export interface LoadResult {
  /** Mean requests per second (autocannon's per-second samples). */
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Deliveries the load generator built (sent or not). */
  built: number;
}

export async function postDeliveries(
  url: string,
  opts: { connections: number; seconds: number; run: string; firstN?: number },
): Promise<LoadResult> {
  let n = opts.firstN ?? 0;
  const result = await autocannon({
    url: `${url}/webhook`,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest(request) {
          const raw = textDelivery({ n: n++, run: opts.run });
          request.body = raw;
          request.headers = {
            'content-type': 'application/json',
            'x-hub-signature-256': signature(raw),
          };
          return request;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    built: n - (opts.firstN ?? 0),
  };
}
