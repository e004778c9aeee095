/**
 * Score the classifier on a fresh corpus (JSON lines `{ lang, expect, text, note }`):
 *
 *   npx tsx scripts/score-intents.ts path/to/batch.jsonl [--misses]
 *
 * Prints a Markdown table per language (the figures issue 18 asks for) and, with
 * `--misses`, every message the classifier got wrong.
 */
import { readFileSync } from 'node:fs';
import { classifyMessage } from '../src/domain/intent';
import { parseFreshCorpus, scoreCorpus, scoreTable } from '../test/unit/intent/fresh/score';

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx scripts/score-intents.ts <corpus.jsonl> [--misses]\n');
  process.exit(2);
}
const score = scoreCorpus(parseFreshCorpus(readFileSync(file, 'utf8')), classifyMessage);
process.stdout.write(`${scoreTable(score)}\n`);
if (flags.includes('--misses')) {
  for (const { c, got } of score.misses) {
    process.stdout.write(
      `${c.lang}\t${c.expect}\t${got.intent}/${got.certainty}\t${JSON.stringify(c.text)}\t${got.matched ?? ''}\t${c.note ?? ''}\n`,
    );
  }
}
