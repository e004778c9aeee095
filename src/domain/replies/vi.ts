/**
 * Vietnamese replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const vi: LanguageReplies = {
  keywords: { stop: 'HỦY', start: 'ĐĂNG KÝ', status: 'TRẠNG THÁI' },
  texts: {
    optOutConfirmAll: 'Bạn sẽ không nhận khuyến mãi từ {brand} nữa. Trả lời ĐĂNG KÝ để nhận lại.',
    optOutConfirmCategory:
      'Bạn sẽ không nhận khuyến mãi {category} từ {brand} đến {until}. Trả lời ĐĂNG KÝ để hoàn tác.',
    optOutConfirmUntil:
      'Bạn sẽ không nhận khuyến mãi từ {brand} đến {until}. Trả lời ĐĂNG KÝ để nhận lại.',
    optInConfirm: 'Bạn sẽ nhận lại khuyến mãi từ {brand}. Trả lời HỦY bất cứ lúc nào để dừng.',
    optInBlocked:
      'Đã ghi nhận. Khuyến mãi từ {brand} hiện vẫn tạm dừng cho số này, nên bạn chưa nhận được ngay.',
    help: 'Đây là {brand}. Trả lời HỦY để dừng nhận khuyến mãi, ĐĂNG KÝ để nhận lại, hoặc TRẠNG THÁI để xem lựa chọn của bạn.',
    statusNone: 'Bạn đang nhận khuyến mãi từ {brand}. Trả lời HỦY để dừng.',
    statusList: 'Bạn đã dừng các khuyến mãi này từ {brand}: {list}. Trả lời ĐĂNG KÝ để nhận lại.',
    statusListAdmin:
      '{brand} đã dừng các khuyến mãi này cho số này: {list}. Để nhận lại, hãy liên hệ {brand}.',
    statusListMeta:
      'Bạn đã dừng các khuyến mãi này từ {brand} trong WhatsApp: {list}. Để nhận lại, hãy bật lại trong WhatsApp.',
    noEndDate: 'không có ngày kết thúc',
    askConfirm: 'Bạn có muốn dừng nhận khuyến mãi từ {brand} không?',
    btnStopAll: 'Dừng tất cả',
    btnUndo: 'Hoàn tác',
    btnStopYes: 'Dừng khuyến mãi',
    btnKeep: 'Tiếp tục nhận',
    untilRevoked: 'khi bạn đăng ký lại',
    allMarketing: 'tất cả khuyến mãi',
    keepConfirm:
      'Được rồi, bạn sẽ tiếp tục nhận khuyến mãi từ {brand}. Trả lời HỦY bất cứ lúc nào để dừng.',
  },
};
