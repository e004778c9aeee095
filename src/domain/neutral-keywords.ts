/**
 * Keywords that carry no language of their own: STOP, START and HELP are the carrier keywords
 * used worldwide (CTIA's list; WhatsApp users everywhere type them), so a message that is only
 * one of them says nothing about the language to answer in. The classifier reads them as
 * English (they are English words); the reply takes the conversation's language, else the
 * tenant's `language` setting (field test finding 15: a bare STOP to a Spanish shop was answered
 * in English). Pure.
 */
const NEUTRAL = new Set(['stop', 'start', 'help', 'info', 'status', 'unstop']);

/** Whether `text` is only a language-neutral keyword (any case, width, punctuation or emoji). */
export function isLanguageNeutralKeyword(text: string): boolean {
  const word = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return NEUTRAL.has(word);
}
