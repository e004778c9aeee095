/**
 * Japanese replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const ja: LanguageReplies = {
  keywords: { stop: '配信停止', start: '配信再開', status: '登録状況' },
  texts: {
    optOutConfirmAll:
      '{brand}からのお知らせの配信を停止しました。再開するには「配信再開」と返信してください。',
    optOutConfirmCategory:
      '{until}まで{brand}からの{category}のお知らせは配信されません。取り消すには「配信再開」と返信してください。',
    optOutConfirmUntil:
      '{until}まで{brand}からのお知らせは配信されません。再開するには「配信再開」と返信してください。',
    optInConfirm:
      '{brand}からのお知らせの配信を再開しました。停止するにはいつでも「配信停止」と返信してください。',
    optInBlocked:
      '承知しました。この番号への{brand}からのお知らせは現在も停止中のため、まだ配信されません。',
    help: '{brand}です。配信を止めるには「配信停止」、再開するには「配信再開」、設定を確認するには「登録状況」と返信してください。',
    statusNone: '{brand}からのお知らせを受信中です。停止するには「配信停止」と返信してください。',
    statusList:
      '{brand}からの次のお知らせを停止中です：{list}。再開するには「配信再開」と返信してください。',
    statusListAdmin:
      '{brand}がこの番号への次のお知らせを停止しています：{list}。再開をご希望の場合は{brand}にお問い合わせください。',
    statusListMeta:
      'WhatsAppで{brand}からの次のお知らせを停止しています：{list}。再開するにはWhatsAppで再びオンにしてください。',
    noEndDate: '終了日なし',
    askConfirm: '{brand}からのお知らせの配信を停止しますか？',
    btnStopAll: 'すべて停止',
    btnUndo: '取り消す',
    btnStopYes: '配信を停止',
    btnKeep: '受信を続ける',
    untilRevoked: '再登録される',
    allMarketing: 'すべてのお知らせ',
    keepConfirm:
      '承知しました。{brand}からのお知らせを引き続きお送りします。停止するにはいつでも「配信停止」と返信してください。',
  },
};
