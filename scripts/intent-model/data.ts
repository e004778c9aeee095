/**
 * The labelled messages the intent model learns from, read in a fixed order:
 * - test/unit/intent/corpus/*.jsonl: fresh batches, development sets and training corpora
 *   (`{ lang, expect, text, note }` per line);
 * - the per-language expectation tables (test/unit/intent/corpus.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from '../../src/domain/intent/types';
import { CORPUS } from '../../test/unit/intent/corpus';
import { parseFreshCorpus } from '../../test/unit/intent/fresh/score';
import type { Example } from './train';

export const CORPUS_DIR = join(__dirname, '..', '..', 'test', 'unit', 'intent', 'corpus');

/** The corpus files, sorted by name (the order training sees them in before its shuffle). */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function readCorpusFile(file: string): Example[] {
  return parseFreshCorpus(readFileSync(join(CORPUS_DIR, file), 'utf8')).map((c) => ({
    text: c.text,
    label: c.expect,
    source: file,
  }));
}

/** The expectation tables: `notout` (a trap) and `none` learn as none, `likely` as opt-out. */
export function tableExamples(): Example[] {
  return CORPUS.map((c) => ({ text: c.text, label: c.intent as Intent, source: 'tables' }));
}

export function allExamples(): Example[] {
  return [...corpusFiles().flatMap(readCorpusFile), ...tableExamples()];
}
