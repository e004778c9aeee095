/**
 * Things an order, a booking or an account sends (round 7): a code, an OTP or PIN, a password or
 * its reset link, a receipt, an invoice, a payment link, a ticket. "Send me the code again",
 * "gửi lại mã cho tôi với", "renvoyez-moi le lien", "şifreyi tekrar gönderir misiniz", "验证码再发
 * 一次" use the very words of a customer asking for the marketing to come back ("send them
 * again"), but ask for the thing, never for the list: no opt-in, from the rules or the model.
 * A discount code or coupon is marketing ("send me the discount codes again" comes back), so a
 * marketing word in the message keeps the opt-in. General language knowledge, in all 22
 * languages; to be reviewed by native speakers.
 */
import { has, runs } from './asking';

export const THINGS = runs(`
  code, the code, my code, verification code, confirmation code, login code, security code, otp,
  one time password, pin, pin code, password, reset link, login link, payment link, link, receipt,
  invoice, ticket, tickets, e ticket, eticket, boarding pass, booking confirmation,
  codigo, código, clave, contrasena, contraseña, recibo, factura, enlace, entradas, boleto, boletos,
  comprobante, senha, fatura, nota fiscal, ingresso, ingressos, bilhete, bilhetes, comprovante,
  mot de passe, recu, reçu, facture, lien, billet, billets, justificatif,
  passwort, kennwort, quittung, beleg, rechnung, bestatigungscode, bestätigungscode,
  codice, ricevuta, fattura, biglietto, biglietti, scontrino,
  kode, kata sandi, sandi, struk, kuitansi, faktur, tautan, tiket, e tiket, kod, kata laluan, resit,
  invois, pautan,
  कोड, ओटीपी, पिन, पासवर्ड, रसीद, लिंक, टिकट, raseed, rasid, tikat,
  کوڈ, پاس ورڈ, رسید, لنک, ٹکٹ,
  الكود, كود, رمز, الرمز, رمز التحقق, كلمه السر, كلمه المرور, الباسورد, الايصال, ايصال, الفاتوره,
  فاتوره, الرابط, رابط, اللينك, لينك, التذكره, تذكره, التذاكر,
  kodu, kodunu, sifre, sifreyi, sifremi, fis, fisi, fatura, faturayi, linki, baglanti, baglantiyi,
  bilet, bileti, biletleri, biletimi, dekont, dekontu,
  код, кода, пароль, чек, квитанци*, ссылк*, билет*,
  pincode, wachtwoord, bon, bonnetje, kassabon, factuur, kaartje*, bevestigingscode,
  kodu, haslo, hasło, paragon, fakture, fakturę, linku, bilety, biletu,
  lai ma, ma otp, ma xac nhan, ma xac thuc, ma pin, mat khau, hoa don, bien lai, duong link,
  duong dan, resibo, password ko, msimbo, namba ya siri, nenosiri, risiti, ankara, kiungo, tiketi,
  কোড, কোডটা, ওটিপি, পিন, পাসওয়ার্ড, রসিদ, লিংক, লিঙ্ক, টিকিট, টিকেট,
  รหัส, โค้ด, รหัสผ่าน, ใบเสร็จ, ใบแจ้งหนี้, ลิงก์, ลิงค์, ตั๋ว,
  验证码, 密码, 收据, 发票, 链接, 票, 码, 驗證碼, 密碼, 收據, 發票, 連結,
  コード, 認証コード, パスワード, 暗証番号, 領収書, レシート, 請求書, リンク, チケット
`);

/**
 * Marketing that comes as a code or a ticket: a discount code, a coupon, a voucher ("gửi lại
 * mã giảm giá", "vuelvan a mandarme los cupones"), cheap tickets ("特价机票", "tiket murah").
 * Asking for them again is asking for the marketing.
 */
const MARKETING_CODE = runs(`
  discount, discounts, coupon, coupons, voucher, vouchers, promo, promos, promo code, promo codes,
  offer, offers, deal, deals, sale, descuento, descuentos, cupon, cupón, cupones, promocion*,
  oferta*, desconto*, cupom, cupons, promocao, promoção, promocoes, promoções, reduction*,
  réduction*, promotion*, bon de reduction, rabatt*, gutschein*, angebot*, sconto, sconti, buono,
  buoni, offerta, offerte, promozion*, diskon, promo nya, potongan, kupon, baucar, tawaran,
  छूट, ऑफर, chhoot, offer wala, آفر, ڈسکاؤنٹ, عروض, العروض, خصومات, كوبون, indirim*, kampanya*,
  kupon, скидк*, промокод*, акци*, korting*, kortingscode*, aanbieding*, rabat*, kod rabatowy,
  promocj*, kupon*, giam gia, khuyen mai, uu dai, punguzo, ofa, পুরস্কার, অফার, ছাড়,
  ส่วนลด, โปรโมชั่น, โปร, คูปอง, 优惠, 折扣, 优惠券, 優惠, 折價, クーポン, 割引, セール,
  cheap, cheapest, newsletter, murah, barato, baratos, baratas, pas cher, gunstig*, günstig*,
  economici, ucuz, дешев*, goedkop*, tani, tanie, tanich, gia re, re nhat, mura, bei nafuu,
  sasta, sasti, sasty, سستا, سستی, رخيص*, ราคาถูก, 特价, 特價, 推广, 推廣, 促销, 促銷, 广告, 廣告,
  格安, 安い,
  打折, 特惠, 降价, 降價, 便宜
`);

/**
 * Whether tokens[from, to) ask about a thing an order or an account sends, not about marketing:
 * no opt-in there.
 */
export function namesSentThing(tokens: readonly string[], from: number, to: number): boolean {
  return has(THINGS, tokens, from, to) && !has(MARKETING_CODE, tokens, 0, tokens.length);
}
