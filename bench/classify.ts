/**
 * 6. Classifier: messages per second through `classifyMessage` with a tenant's options (two
 * categories, keyword and never-opt-out lists), over every corpus message we have (the
 * hand-written corpus, the fresh batches, the development sentences: 22 languages, short
 * keywords and long free text), in one process. The webhook classifies each inbound message
 * once, so this bounds how many messages a second one instance can read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage, type ClassifyOptions } from '../src/domain/intent';
import { CORPUS, CORPUS_CATEGORIES } from '../test/unit/intent/corpus';
import { parseFreshCorpus } from '../test/unit/intent/fresh/score';
import { emit, progress, round, runMain } from './lib/report';

const FRESH = [
  'fresh-batch1.jsonl',
  'fresh-batch2.jsonl',
  'fresh-batch3.jsonl',
  'dev-issue18.jsonl',
  'dev-round2.jsonl',
  'dev-round3.jsonl',
];
const PASSES = 5;
const MIN_SECONDS = 1;

const OPTIONS: ClassifyOptions = {
  categories: CORPUS_CATEGORIES,
  extraOptOut: ['sair', 'chega de promo'],
  extraOptIn: ['voltar'],
  neverOptOut: ['never stop exploring'],
};

function messages(): string[] {
  const fresh = FRESH.flatMap((file) =>
    parseFreshCorpus(readFileSync(join(__dirname, '../test/unit/intent/corpus', file), 'utf8')).map(
      (c) => c.text,
    ),
  );
  return [...CORPUS.map((c) => c.text), ...fresh];
}

/** One timed pass: the whole list, again and again, for at least MIN_SECONDS. */
function pass(texts: readonly string[]): number {
  let count = 0;
  const started = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < MIN_SECONDS) {
    for (const t of texts) classifyMessage(t, OPTIONS);
    count += texts.length;
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  return count / seconds;
}

async function main(): Promise<void> {
  const texts = messages();
  progress(`classify: ${texts.length} messages, warming up`);
  pass(texts);
  const rates = Array.from({ length: PASSES }, () => pass(texts)).sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  progress(`classify: median of ${PASSES} passes ${Math.round(median)} messages/s`);
  emit({
    name: 'classify_msgs_per_s',
    value: round(median, 0),
    unit: 'msg/s',
    target: '>= 2000',
  });
  await Promise.resolve();
}

runMain(module, main);
