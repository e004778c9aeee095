/** Japanese consent texts (polite です/ます, as the replies). */
import type { ConsentTexts } from './types';

export const ja: ConsentTexts = {
  replies: {
    consentAsk: '{brand}からのお得な情報やキャンペーンのお知らせをWhatsAppで受け取りますか？',
    btnConsentYes: 'はい、受け取る',
    btnConsentNo: 'いいえ、結構です',
    consentGranted:
      'ありがとうございます。{brand}からお得な情報をWhatsAppでお送りします。停止するにはいつでも「{stop}」と返信してください。',
    consentDeclined: '承知しました。{brand}からのお知らせはお送りしません。',
  },
  page: {
    title: '{brand}からのメッセージ',
    intro: 'WhatsAppで受け取る{brand}からのお知らせを選んでください。',
    stopAll: 'すべてのお知らせを停止',
    stopCategory: '「{category}」のお知らせのみ停止',
    pause: 'お知らせを{days}日間一時停止',
    resubscribe: 'お知らせの受信を再開',
    save: '選択を保存',
    doneStopAll: '完了しました。{brand}からのお知らせは今後お送りしません。',
    doneStopCategory: '完了しました。{brand}からの「{category}」のお知らせは今後お送りしません。',
    donePause: '完了しました。{days}日間、{brand}からのお知らせをお休みします。',
    doneResubscribe: '完了しました。{brand}からのお知らせの配信を再開します。',
    expired:
      'このリンクは有効期限が切れています。お知らせを停止するには、いつでもWhatsAppで「{stop}」と返信してください。',
    invalid: 'このリンクは無効です。',
  },
};
