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
  /** STATUS: the opt-outs the customer made (START lifts them). */
  'statusList',
  /** STATUS: the opt-outs an admin made (the console, the API, an import): START leaves them. */
  'statusListAdmin',
  /** STATUS: the opt-outs Meta reported (the customer stopped marketing in WhatsApp itself). */
  'statusListMeta',
  'askConfirm',
  'btnStopAll',
  'btnUndo',
  'btnStopYes',
  'btnKeep',
  'untilRevoked',
  /** A STATUS line's end for an admin's or Meta's opt-out with none ("until you opt back in" is untrue). */
  'noEndDate',
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
