/**
 * `npm run bench`: every benchmark, one after another, each in its own process (a 1M-row
 * benchmark's heap and caches never weigh on the next). Figures stream to stdout as JSON lines
 * and are written to bench/results/latest.jsonl; progress and a summary table go to stderr.
 * `npm run bench -- dispatch import` runs only those.
 */
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { emit, progress, type Figure } from './lib/report';

const BENCHMARKS = [
  'webhook-ingest',
  'optout-latency',
  'suppression',
  'audience',
  'dispatch',
  'import',
  'campaign-echo',
  'events',
  'console',
  'classify',
] as const;

function runOne(name: string): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, `${name}.ts`), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const figures: Figure[] = [];
    if (!child.stdout) throw new Error('bench: no stdout from the benchmark process');
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const figure = JSON.parse(line) as Figure;
        figures.push(figure);
        emit(figure);
      } catch {
        process.stderr.write(`${line}\n`);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(figures) : reject(new Error(`${name} exited with ${code}`)),
    );
  });
}

/** Whether a figure meets a target written as ">= x", "<= x", "< x" or "x"; null for "info". */
function meets(f: Figure): boolean | null {
  const m = /^(>=|<=|<|>)?\s*([\d.]+)$/.exec(f.target.trim());
  if (!m) return null;
  const limit = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return f.value >= limit;
    case '<=':
      return f.value <= limit;
    case '<':
      return f.value < limit;
    case '>':
      return f.value > limit;
    default:
      return f.value === limit;
  }
}

function machine(): string {
  const model =
    cpus()[0]?.model ??
    /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ??
    '?';
  return `${cpus().length} CPUs (${model.trim()}), Node ${process.version}, ${process.platform}`;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !(BENCHMARKS as readonly string[]).includes(w));
  if (unknown.length > 0)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`,
    );
  const selected = wanted.length > 0 ? BENCHMARKS.filter((b) => wanted.includes(b)) : BENCHMARKS;
  progress(`machine: ${machine()}`);
  const started = Date.now();
  const figures: Figure[] = [];
  const failed: string[] = [];
  for (const name of selected) {
    progress(`== ${name}`);
    const t = Date.now();
    try {
      figures.push(...(await runOne(name)));
    } catch (err) {
      failed.push(name);
      progress(`${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    }
    progress(`== ${name} took ${Math.round((Date.now() - t) / 1000)} s`);
  }

  const rows = figures.map((f) => {
    const ok = meets(f);
    return [
      f.name,
      `${f.value} ${f.unit}`,
      f.baseline === undefined ? '' : String(f.baseline),
      f.target,
      ok === null ? '' : ok ? 'ok' : 'MISSED',
    ];
  });
  const header = ['figure', 'value', 'baseline', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stderr.write(
    `\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`,
  );
  process.stderr.write(
    `\n${machine()}; whole run ${Math.round((Date.now() - started) / 1000)} s\n`,
  );

  if (wanted.length === 0 && failed.length === 0) {
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'latest.jsonl'),
      figures.map((f) => JSON.stringify(f)).join('\n') + '\n',
    );
    progress('figures written to bench/results/latest.jsonl');
  }
  if (failed.length > 0) throw new Error(`benchmarks failed: ${failed.join(', ')}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
