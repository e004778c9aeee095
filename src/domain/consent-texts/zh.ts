/** Chinese (Simplified) consent texts. */
import type { ConsentTexts } from './types';

export const zh: ConsentTexts = {
  replies: {
    consentAsk: '您是否愿意通过 WhatsApp 接收{brand}的优惠和促销信息？',
    btnConsentYes: '是的，我愿意',
    btnConsentNo: '不用了，谢谢',
    consentGranted: '谢谢！{brand}将通过 WhatsApp 向您发送优惠信息。随时回复“{stop}”即可停止。',
    consentDeclined: '好的，{brand}不会向您发送促销信息。',
  },
  page: {
    title: '{brand}发给您的消息',
    intro: '请选择您希望通过 WhatsApp 接收的{brand}促销信息。',
    stopAll: '停止所有促销信息',
    stopCategory: '仅停止“{category}”促销信息',
    pause: '暂停接收促销信息 {days} 天',
    resubscribe: '重新接收促销信息',
    save: '保存我的选择',
    doneStopAll: '已完成：{brand}不会再向您发送促销信息。',
    doneStopCategory: '已完成：{brand}不会再向您发送“{category}”促销信息。',
    donePause: '已完成：{days} 天内您不会收到{brand}的促销信息。',
    doneResubscribe: '已完成：您将重新收到{brand}的促销信息。',
    expired: '此链接已过期。您可以随时在 WhatsApp 中回复“{stop}”停止接收促销信息。',
    invalid: '此链接无效。',
  },
};
