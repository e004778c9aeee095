/** Vietnamese consent texts. */
import type { ConsentTexts } from './types';

export const vi: ConsentTexts = {
  replies: {
    consentAsk: 'Bạn có muốn nhận ưu đãi và khuyến mãi từ {brand} qua WhatsApp không?',
    btnConsentYes: 'Có, tôi muốn',
    btnConsentNo: 'Không, cảm ơn',
    consentGranted:
      'Cảm ơn bạn! {brand} sẽ gửi ưu đãi cho bạn qua WhatsApp. Trả lời {stop} bất cứ lúc nào để dừng.',
    consentDeclined: 'Đã hiểu: {brand} sẽ không gửi khuyến mãi cho bạn.',
  },
  page: {
    title: 'Tin nhắn từ {brand}',
    intro: 'Chọn những khuyến mãi từ {brand} mà bạn muốn nhận qua WhatsApp.',
    stopAll: 'Dừng tất cả khuyến mãi',
    stopCategory: 'Chỉ dừng khuyến mãi “{category}”',
    pause: 'Tạm dừng khuyến mãi trong {days} ngày',
    resubscribe: 'Nhận lại khuyến mãi',
    save: 'Lưu lựa chọn',
    doneStopAll: 'Xong: {brand} sẽ không gửi khuyến mãi cho bạn nữa.',
    doneStopCategory: 'Xong: {brand} sẽ không gửi khuyến mãi “{category}” cho bạn nữa.',
    donePause: 'Xong: bạn sẽ không nhận khuyến mãi từ {brand} trong {days} ngày.',
    doneResubscribe: 'Xong: bạn sẽ nhận lại khuyến mãi từ {brand}.',
    expired:
      'Liên kết này đã hết hạn. Trả lời {stop} trên WhatsApp bất cứ lúc nào để dừng nhận khuyến mãi.',
    invalid: 'Liên kết này không hợp lệ.',
  },
};
