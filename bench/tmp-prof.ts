import { join } from 'node:path';
import { startServer } from './lib/child-server';
import { tempDir } from './lib/db';
import { stoplineEnv } from './lib/deliveries';
import { postDeliveries } from './lib/load';

async function main() {
  const tmp = tempDir('prof');
  const mode = process.argv[2] ?? 'deferred';
  const server = await startServer(
    mode === 'bare' ? 'bare-express' : 'stopline',
    mode === 'bare' ? {} : stoplineEnv(join(tmp.dir, 'p.db'), mode === 'deferred' ? { BENCH_INBOX: 'deferred' } : {}),
    join(tmp.dir, 'log'),
  );
  const r = await postDeliveries(server.url, { connections: 50, seconds: 8, run: 'p', firstN: 0 });
  console.log(mode, Math.round(r.rps), r.p50, r.p99);
  await server.stop();
  tmp.cleanup();
}
void main();
