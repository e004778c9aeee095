/** The shape of one language's reply texts, and the keys every language must fill. */

export const REPLY_KEYS = [
  'optOutConfirmAll',
  'optOutConfirmCategory',
  'optOutConfirmUntil',
  'optInConfirm',
  /** START while an opt-out the customer cannot lift (an admin's, Meta's) still covers them. */
  'optInBlocked',
  'help',
  'statusNone',
  'statusList',
  'askConfirm',
  'btnStopAll',
  'btnUndo',
  'btnStopYes',
  'btnKeep',
  'untilRevoked',
  'allMarketing',
  'keepConfirm',
] as const;
export type ReplyKey = (typeof REPLY_KEYS)[number];

/** WhatsApp limits a reply button title to 20 characters. */
export const BUTTON_KEYS: readonly ReplyKey[] = ['btnStopAll', 'btnUndo', 'btnStopYes', 'btnKeep'];
export const MAX_BUTTON_TITLE = 20;

export interface LanguageReplies {
  /** The keywords the texts tell the customer to send; the classifier must understand them. */
  keywords: { stop: string; start: string; status: string };
  texts: Record<ReplyKey, string>;
}
