/**
 * 5. Import: a 1,000,000-row recipient CSV (contact + 2 template parameters, numbers from three
 * countries written the ways people write them) streamed to the real route, POST
 * /admin/tasks/:id/recipients (text/csv), on the real service in a child process; GET
 * /admin/imports/:id polled until done → seconds from the upload's first byte, and the server's
 * peak resident memory (VmHWM, which includes its start-up). The server runs compiled to
 * JavaScript on plain node, as `npm start` runs the service (bench/lib/compiled-server.ts).
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { adminJson, postFile } from './lib/admin';
import { startServer } from './lib/child-server';
import { openReader, sleep, tempDir } from './lib/db';
import { stoplineEnv } from './lib/deliveries';
import { emit, progress, round, runMain } from './lib/report';

const ROWS = 1_000_000;
const DONE_TIMEOUT_MS = 180_000;
const NAMES = [
  'Ana',
  'João',
  'Maria José',
  'Sam',
  'Priya',
  'Émilie',
  'Carlos',
  'Zoë',
  'Mohammed',
  'Li Wei',
];

/** Row i: distinct valid mobile numbers, formatted in the styles real lists mix. */
function csvRow(i: number): string {
  const k = Math.floor(i / 3);
  const d = (width: number, value: number) => String(value).padStart(width, '0');
  const name = NAMES[i % NAMES.length] ?? 'Ana';
  const code = `SPRING-${(i * 7919) % 100000}`;
  switch (i % 3) {
    case 0: // Brazil mobile (São Paulo), formatted
      return `+55 (11) 96${d(3, Math.floor(k / 10000))}-${d(4, k % 10000)},${name},${code}`;
    case 1: // US (San Francisco Bay), E.164, quoted name
      return `+1650${200 + Math.floor(k / 10000)}${d(4, k % 10000)},"${name}",${code}`;
    default: // UK mobile, with 00 and spaces
      return `0044 7911 ${d(6, k)},${name},${code}`;
  }
}

async function writeCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('contact,1,2\n');
  for (let i = 0; i < ROWS; i += 10_000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(ROWS, i + 10_000); j++) lines.push(csvRow(j));
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

interface ImportJobView {
  id: string;
  status: 'running' | 'completed' | 'failed';
  processed: number;
  error: string | null;
  summary: { accepted?: number; duplicates?: number; invalidCount?: number };
}

export async function importBench(): Promise<void> {
  const tmp = tempDir('import');
  try {
    const csv = join(tmp.dir, 'recipients.csv');
    const bytes = await writeCsv(csv);
    progress(`import: ${ROWS} rows, ${round(bytes / 1e6, 1)} MB of CSV written`);
    const dbPath = join(tmp.dir, 'stopline.db');
    const server = await startServer(
      'stopline',
      stoplineEnv(dbPath),
      join(tmp.dir, 'stopline.log'),
    );
    try {
      const task = await adminJson<{ id: string }>('POST', `${server.url}/admin/tasks`, {
        name: 'Black Friday',
        type: 'marketing',
        channel: 'whatsapp',
        template: { name: 'black_friday', language: 'pt_BR', optOutButtonIndex: 1 },
      });
      if (task.status !== 201)
        throw new Error(`import: task not created (${task.status}): ${JSON.stringify(task.body)}`);
      const rssBefore = server.peakRssMb();
      await server.ask('eventLoop');
      const started = performance.now();
      const upload = await postFile<{ importId?: string; error?: string }>(
        `${server.url}/admin/tasks/${task.body.id}/recipients`,
        csv,
        'text/csv',
      );
      const importId = upload.body.importId;
      if (upload.status !== 202 || !importId)
        throw new Error(`import: upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
      progress(
        `import: upload accepted after ${round((performance.now() - started) / 1000, 1)} s; importing in the background`,
      );
      let job: ImportJobView;
      let heapPeak = 0;
      let externalPeak = 0;
      for (;;) {
        const memory = await server.ask<NodeJS.MemoryUsage>('memory');
        heapPeak = Math.max(heapPeak, memory.heapTotal);
        externalPeak = Math.max(externalPeak, memory.external + memory.arrayBuffers);
        job = (await adminJson<ImportJobView>('GET', `${server.url}/admin/imports/${importId}`))
          .body;
        if (job.status !== 'running' || performance.now() - started > DONE_TIMEOUT_MS) break;
        await sleep(100);
      }
      const seconds = (performance.now() - started) / 1000;
      const peak = server.peakRssMb() ?? Number.NaN;
      const loop = await server.ask<{ maxMs: number }>('eventLoop');
      const reader = openReader(dbPath);
      const stored = (
        reader
          .prepare('SELECT count(*) AS n FROM recipients WHERE task_id = ?')
          .get(task.body.id) as { n: number }
      ).n;
      reader.close();
      progress(
        `import: ${job.status} in ${round(seconds, 1)} s: ${JSON.stringify({ processed: job.processed, ...job.summary, invalid: undefined })}, ${stored} rows stored; server peak RSS ${round(peak, 0)} MB (${round(rssBefore ?? 0, 0)} MB before the upload; V8 heap up to ${round(heapPeak / 1e6, 0)} MB, buffers up to ${round(externalPeak / 1e6, 0)} MB); event loop blocked ${round(loop.maxMs, 0)} ms at most`,
      );
      if (job.status !== 'completed')
        throw new Error(`import: ${job.status}: ${job.error ?? 'timed out'}`);
      emit({ name: 'import_1m_seconds', value: round(seconds, 1), unit: 's', target: '<= 20' });
      emit({ name: 'import_1m_peak_rss_mb', value: round(peak, 0), unit: 'MB', target: '<= 300' });
      emit({ name: 'import_1m_rows_stored', value: stored, unit: 'rows', target: String(ROWS) });
      emit({
        name: 'import_event_loop_max_ms',
        value: round(loop.maxMs, 0),
        unit: 'ms',
        target: 'info',
      });
      emit({
        name: 'import_rows_per_s',
        value: Math.round(ROWS / seconds),
        unit: 'rows/s',
        target: 'info',
      });
    } finally {
      await server.stop();
    }
  } finally {
    tmp.cleanup();
  }
}

runMain(module, importBench);
