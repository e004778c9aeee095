/**
 * Vietnamese. Brand SMS in Vietnam use "TU CHOI" / "HUY" (hủy: cancel) as the opt-out
 * keywords (Decree 91/2020 on spam messages). Words are syllables written apart; tones are
 * folded away ("đừng nhắn nữa" = "dung nhan nua", typed either way). General language
 * knowledge otherwise; to be reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const vi: Lexicon = {
  lang: 'vi',
  keywords: {
    stop: words(`
      huy, hủy, huỷ, huy dang ky, hủy đăng ký, huỷ đăng ký, tu choi, từ chối, dừng, dừng lại,
      dừng gửi, ngừng, ngừng gửi, ngưng, ngưng gửi, đừng gửi nữa, đừng nhắn nữa,
      đừng gửi, đừng nhắn, hủy nhận tin, huỷ nhận tin, không nhận tin, không nhận nữa, đừng liên lạc,
      đừng liên hệ, đừng liên lạc nữa, đừng liên hệ nữa, đừng làm phiền nữa`),
    stopWeak: words('xóa, xoá, bỏ'),
    // "TC" (từ chối, refuse) alone: the carriers' keyword against advertising (round 12).
    stopSolo: words('tc'),
    stopLikely: words(`
      không, ko, khong, thôi, thôi đi, đủ rồi, spam, phiền, phiền quá, làm phiền,
      không quan tâm, ko quan tâm, chặn, block`),
    start: words(`
      đăng ký, đăng ký lại, dang ky lai, bắt đầu, tiếp tục, nhận tin, đăng ký nhận tin, dk, đk, dki, đki`),
    help: words('trợ giúp, giúp, hỗ trợ, thông tin, ai vậy, ai đấy, ai đó'),
    status: words('trạng thái, tình trạng'),
  },
  filler: words(`
    vui lòng, làm ơn, xin, xin vui lòng, cảm ơn, cám ơn, cảm ơn nhiều, thanks, ạ, nha, nhé,
    nhe, nhá, đi, với, giùm, giúp, dùm, dùm cái, giùm cái, giúp cái, chào, chào shop, xin chào, alo, shop, bạn, anh, chị,
    em, ad, admin, ok, oke, dạ, vâng, ngay, ngay lập tức, luôn, nhen, hen, a`),
  all: words('tất cả, hết, toàn bộ, mọi'),
  objects: words(`
    tin, tin nhắn, tin nhan, nhắn tin, tn, sms, quảng cáo, khuyến mãi, khuyến mại, km,
    ưu đãi, thông báo, email, thư, spam, zalo, cuộc gọi, tin quảng cáo, tin khuyến mãi`),
  pronouns: words('này, đó, nó, vậy'),
  connectors: words(`
    cho, tôi, mình, em, tớ, tui, số, số của tôi, số điện thoại, sđt, của, nữa, từ, vào,
    khỏi, danh sách, và, cũng, về, đến, tới, các, những`),
  negators: words('không, ko, chẳng, chả, chưa, đừng, khong'),
  classes: {
    who: words('ai'),
    stopV: words('dừng, ngừng, ngưng, thôi'),
    send: words('gửi, nhắn, nhắn tin, gọi, gởi, spam, làm phiền, liên hệ, ib, inbox, tn, gửi tin'),
    me: words(
      'tôi, mình, em, tớ, tui, anh, chị, cho tôi, cho mình, cho em, số của tôi, số tôi, số mình, số em',
    ),
    list: words('danh sách, ds, list, nhóm, broadcast, hệ thống, dữ liệu, danh bạ'),
    kw: words('hủy đăng ký, huỷ đăng ký, hủy, huỷ, đăng ký, dừng, ngừng, từ chối'),
  },
  traps: words(`
    (hủy|huỷ|huy) ~1 (đơn|don|đơn hàng|order|vé|lịch hẹn|thanh toán|giao dịch)
    (không|ko|chẳng) (dừng|ngừng) (được|dc|đc)
    (dừng|ngừng) ~3 (được|đc|dc) (luôn|đâu|nổi)
    (đừng|không) (dừng|ngừng|ngưng|hủy|huỷ) (sale|khuyến mãi|chương trình|giảm giá|km|ưu đãi)
  `),
  rules: rules(`
    outneg (đừng|không|ko|khong|đừng có) ~1 (@send) ~3 (nữa|nua)
    outneg (đừng|đừng có) (@send) ~2 (@me) ~1
    out (dừng|ngừng|ngưng|thôi) (@send) ~3
    out (dừng|ngừng|ngưng) ~1 (@obj)
    out (hủy|huỷ|huy) (đăng ký|nhận|nhận tin|theo dõi|dịch vụ) ~2
    outneg (không|ko) (muốn|cần) ~1 (nhận|nhận được) ~3 (@obj|nữa)
    outneg (không|ko) (muốn|cần) ~3 (@obj) ~1 (nữa)
    out (xóa|xoá|loại|bỏ|gỡ|xóa bỏ) ~3 (@me|số) ~4 (khỏi|ra khỏi|trong) ~2 (@list)
    out (xóa|xoá|gỡ) (số|sđt|số điện thoại) ~2 (@me)
    maybe (phiền|làm phiền|bực|spam|khó chịu) ~1 (quá|thật|ghê|lắm)
    maybe (ngày nào cũng|suốt ngày|liên tục|nhiều quá) ~3 (@send|@obj)
    maybeneg (không|ko) (quan tâm|có nhu cầu|thích)
    in (thêm|add|cho|đăng ký) ~4 (lại|lai) ~4
    in (muốn|cho) ~2 (nhận|đăng ký) ~3 (lại|tiếp|@obj)
    in @bos ?(có|ok|vâng|dạ) (gửi|gởi|gui|send) ~3 (@obj) ~2 (cho|@me|nhé|nha|đi)
    in (gửi|gởi|gui) ~1 (cho) ~1 (@me) ~2 (@obj)
    help (làm sao|làm thế nào|cách|sao để) ~4 (@kw)
    help (hủy|huỷ|bỏ) ~2 (nhận tin|đăng ký|theo dõi) (sao|sao vậy|như nào|thế nào) ?(shop|ad|ạ|bạn|chị|anh|em) @eoc
    help ai ~1 (vậy|đấy|thế|đó|nhắn|gửi|đây) @eoc
    help (đây là|là) ai
    help (sao|tại sao|vì sao|sao lại) ~4 (nhận|nhận được|gửi|nhắn|có) ~3 (@obj|@pron|cho tôi|tôi)
    status (tôi|mình|em) ~1 (còn|vẫn|đã) ~2 (đăng ký|nhận tin|trong danh sách|hủy|huỷ) ~3 (không|chưa|ko)
    status (còn|vẫn) ~1 (đăng ký|nhận tin|trong danh sách) ~2 (không|chưa|ko)
  `),
  common: words(`
    tôi, mình, bạn, em, anh, chị, không, ko, có, là, của, và, cho, này, đó, gì, sao, vậy,
    rồi, nữa, được, đã, đang, sẽ, với, thì, mà, nhé, nha, ạ, shop, cảm ơn, xin, muốn, nhận,
    gửi, nhắn, tin, đừng, vẫn, còn, lại, đi, hàng, giá, bao nhiêu, ở, đâu`),
  signals: {
    laugh: words('(cười|cuoi) ~2 (chết|xỉu|đau bụng), vl'),
    past: words(`
      (lỡ|lỡ tay|nhầm|bấm nhầm|vô tình|sơ ý), (năm|tháng|tuần) (ngoái|trước|rồi),
      hôm (trước|bữa|qua)`),
    still: words(`(bao nhiêu|mấy) lần, 
      (vẫn|vẫn còn|cứ|còn) ~1 (gửi|nhắn|nhận|gởi), (đã|đã từng) (bảo|nói|nhắn|yêu cầu) ~3 (dừng|ngừng|hủy|huỷ|đừng)`),
    decline: words(
      'để sau, lúc khác, lần này ~2 (không|ko|chưa), (để|hẹn) lần sau, (nhưng|mà) ~3 (khác|sau) ~3 (gửi|nhắn)',
    ),
  },
};
