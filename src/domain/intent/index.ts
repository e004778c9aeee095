/** The message classifier: is a customer's message an opt-out, an opt-in, help or status? */
export { classifyMessage } from './classify';
export { detectLanguage } from './language';
export { foldText, normalizeText } from './normalize';
export type {
  CategoryRef,
  Certainty,
  Classification,
  ClassifyOptions,
  Intent,
  Lang,
  Scope,
} from './types';
export { INTENTS, LANGS } from './types';
