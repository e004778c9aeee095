import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { runClassify } from '../../../src/cli/classify';

const ROOT = join(__dirname, '..', '..', '..');
const KEYS = ['text', 'intent', 'certainty', 'language', 'scope', 'categoryId', 'matched'];

function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('classify CLI', () => {
  it('writes one JSON object per input line, empty lines included, and nothing else', () => {
    const input = 'STOP\nhola\n\nnão quero mais receber mensagens\nhow do I unsubscribe?\n';
    const run = spawnSync('npx', ['tsx', 'src/cli/classify.ts'], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = parseLines(run.stdout);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(Object.keys(row)).toEqual(KEYS);
    expect(rows.map((r) => [r.text, r.intent])).toEqual([
      ['STOP', 'opt_out'],
      ['hola', 'none'],
      ['', 'none'],
      ['não quero mais receber mensagens', 'opt_out'],
      ['how do I unsubscribe?', 'help'],
    ]);
    expect(rows[1]).toMatchObject({ language: 'es', certainty: 'none', matched: null });
  }, 60_000);

  it('reads a last line without a newline and CRLF line endings', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const done = runClassify(input, output, errors);
    input.end('PARAR\r\nstart');
    await expect(done).resolves.toBe(0);
    const rows = parseLines(chunks.join(''));
    expect(rows.map((r) => [r.text, r.intent])).toEqual([
      ['PARAR', 'opt_out'],
      ['start', 'opt_in'],
    ]);
  });
});
