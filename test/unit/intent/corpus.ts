/**
 * The classifier's test corpus: real-world shaped messages in 11 languages (+ Hinglish),
 * with the intent we expect, one file per language under ./corpus (notation in
 * ./corpus/table.ts). About half were written after the classifier as a held-out check
 * and kept as regressions; every trap from the brief and the prior art is included.
 */
import type { CategoryRef } from '../../../src/domain/intent';
import { EN_OPT_OUT } from './corpus/en-opt-out';
import { EN_OTHER } from './corpus/en-other';
import { PT } from './corpus/pt';
import { ES } from './corpus/es';
import { FR } from './corpus/fr';
import { DE } from './corpus/de';
import { IT } from './corpus/it';
import { ID } from './corpus/id';
import { HI } from './corpus/hi';
import { AR } from './corpus/ar';
import { TR } from './corpus/tr';
import { RU } from './corpus/ru';
import { MIXED } from './corpus/mixed';
import type { CorpusCase } from './corpus/table';

export type { CorpusCase } from './corpus/table';

/** Categories every corpus case is classified with (scope tests name them). */
export const CORPUS_CATEGORIES: CategoryRef[] = [
  {
    id: 'offers',
    name: 'Offers',
    keywords: [
      'offer',
      'deals',
      'ofertas',
      'angebote',
      'offerte',
      'penawaran',
      'kampanya',
      'عروض',
      'акции',
    ],
  },
  {
    id: 'news',
    name: 'Newsletter',
    keywords: ['news', 'novidades', 'boletín', 'actualités', 'bülten'],
  },
];

export const CORPUS: readonly CorpusCase[] = [
  ...EN_OPT_OUT,
  ...EN_OTHER,
  ...PT,
  ...ES,
  ...FR,
  ...DE,
  ...IT,
  ...ID,
  ...HI,
  ...AR,
  ...TR,
  ...RU,
  ...MIXED,
];
