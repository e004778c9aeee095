/**
 * Chinese (Traditional) consent texts, for Taiwan, Hong Kong and Macau (locale.ts picks them),
 * in Taiwan's usage (訊息, 透過, 連結, 儲存) with 「」 quotation marks. Written from the
 * Simplified texts (zh.ts), not by a native speaker: to be reviewed by one, for Hong Kong's
 * usage too.
 */
import type { ConsentTexts } from './types';

export const zhHant: ConsentTexts = {
  replies: {
    consentAsk: '您是否願意透過 WhatsApp 接收{brand}的優惠及促銷訊息？',
    btnConsentYes: '是的，我願意',
    btnConsentNo: '不用了，謝謝',
    consentGranted: '謝謝！{brand}將透過 WhatsApp 向您傳送優惠訊息。隨時回覆「{stop}」即可停止。',
    consentDeclined: '好的，{brand}不會向您傳送促銷訊息。',
  },
  page: {
    title: '{brand}傳給您的訊息',
    intro: '請選擇您希望透過 WhatsApp 接收哪些{brand}促銷訊息。',
    stopAll: '停止所有促銷訊息',
    stopCategory: '僅停止「{category}」促銷訊息',
    pause: '暫停接收促銷訊息 {days} 天',
    resubscribe: '重新接收促銷訊息',
    save: '儲存我的選擇',
    doneStopAll: '已完成：{brand}不會再向您傳送促銷訊息。',
    doneStopCategory: '已完成：{brand}不會再向您傳送「{category}」促銷訊息。',
    donePause: '已完成：{days} 天內您不會收到{brand}的促銷訊息。',
    doneResubscribe: '已完成：您將重新收到{brand}的促銷訊息。',
    expired: '此連結已過期。您可以隨時在 WhatsApp 中回覆「{stop}」停止接收促銷訊息。',
    invalid: '此連結無效。',
  },
};
