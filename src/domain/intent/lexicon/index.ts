/** Every supported language's lexicon, in tie-break order (first wins a tie). */
import type { Lexicon } from '../types';
import { en } from './en';

export const LEXICONS: readonly Lexicon[] = [en];
