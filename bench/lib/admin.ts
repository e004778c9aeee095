import { createReadStream } from 'node:fs';
import { request } from 'node:http';
import { BENCH_ADMIN_TOKEN } from './deliveries';

const auth = { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` };

/** A JSON admin call with the bench's admin token (the bootstrapped tenant's key as well). */
export async function adminJson<T>(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Streams a file as the request body (never held in memory), answering with the JSON reply. */
export function postFile<T>(
  url: string,
  path: string,
  contentType: string,
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { ...auth, 'content-type': contentType } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T,
            });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    createReadStream(path).on('error', reject).pipe(req);
  });
}
