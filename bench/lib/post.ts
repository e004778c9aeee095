import { Agent, request } from 'node:http';
import { signature } from './deliveries';
import { epochMs } from './stats';

/** One signed POST /webhook; resolves when the whole answer has arrived, with that instant. */
export function postDelivery(
  agent: Agent,
  baseUrl: string,
  raw: string,
): Promise<{ status: number; ackAt: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/webhook`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(raw),
          'x-hub-signature-256': signature(raw),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ackAt: epochMs() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(raw);
  });
}
