/**
 * Classify customer messages from the command line: one message per input line, one JSON
 * object per output line, in order. Nothing else is written to stdout, so the output can
 * be piped to jq or compared line by line; problems go to stderr.
 *
 *   printf 'STOP\nhola\n' | npm run --silent classify
 */
import { createInterface } from 'node:readline';
import { classifyMessage } from '../domain/intent';

export function classifyLine(text: string): string {
  const { intent, certainty, language, scope, categoryId, matched } = classifyMessage(text);
  return JSON.stringify({ text, intent, certainty, language, scope, categoryId, matched });
}

export async function runClassify(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failures = 0;
  for await (const line of lines) {
    try {
      output.write(`${classifyLine(line)}\n`);
    } catch (err) {
      failures++;
      errors.write(
        `classify: could not classify ${JSON.stringify(line)}: ${(err as Error).message}\n`,
      );
      output.write(`${JSON.stringify({ text: line, error: (err as Error).message })}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

if (require.main === module) {
  runClassify(process.stdin, process.stdout, process.stderr)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
