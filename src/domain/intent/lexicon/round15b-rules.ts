/**
 * Round 15b of issue 18: "unsubscribe" as voice-to-text hears it ("please on subscribe me from
 * the offers", "an subscribe me", "subscribe me from these"): the rules read the bare
 * "subscribe" as an opt-in, but "subscribe me from" (or "off") only ever takes the customer
 * off something, and "on/an/un subscribe me" is the word split by dictation. General language
 * knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg (on|an|un) subscribe (me|us|my number)
    outneg subscribe (me|us|my number) (from|off) ~2 (offers|promos|promotions|deals|list|messages|newsletter|marketing|ads|texts|sms|these|this|them|all|everything)
  `,
};

export function round15bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
