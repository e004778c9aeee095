/**
 * One stream of marketing switched off (round 9a): "the points messages are not needed, switch
 * them off", "Não preciso das mensagens de pontos, podem desligar", "Les rappels de points
 * fidélité, ce n'est pas la peine, désactivez-les", "积分提醒不用发了，关掉吧". The verb (switch
 * off, deactivate, turn off) often stands in a clause of its own, with a pronoun or nothing,
 * and the stream is named in the clause before: no phrase rule spans the comma. A sentence
 * that asks for a switch-off and names a marketing stream (the newsletter, the points or
 * loyalty reminders, the promotions) is a stop of that stream; the scope machinery then maps a
 * tenant's category ("newsletter") when one is named (scope.ts).
 * "Switch off auto-renewal on my card", "the newsletter link is broken" and "what's my points
 * balance?" name no switch-off of a stream; a question ("how do I switch off the newsletter?")
 * is left to the help rules.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { findRun, has, runs } from './asking';
import { sentenceOf } from './bounds';
import { spanFinding, type Finding } from './finding';

/** Asking for a switch-off: the verb, as a request. */
const OFF = runs(`
  switch off, switch them off, switch it off, switch those off, turn off, turn them off,
  turn it off, turn those off, shut off, disable, deactivate,
  desactiven, desactivenlos, desactívenlos, desactivar, desactivalos, desactívalos, apaguen,
  apaguenlos, apáguenlos, desligar, desliguem, desliga, desativar, desativem, desativa,
  podem desligar, podem desativar, desactivez, désactivez, desactivez les, désactivez les,
  coupez, coupez les, abstellen, ausschalten, abschalten, deaktivieren, stellt ab, schaltet ab,
  stellt sie ab, schaltet sie ab, disattivate, disattivateli, disattivatele, spegnete, uitzetten,
  zet uit, zet die uit, zet ze uit, zet die maar uit, zet maar uit, uitschakelen, wylaczcie,
  wyłączcie, wylacz, wyłącz, wylaczyc, wyłączyć, отключите, выключите, отключить, kapatin,
  kapatın, kapatir misiniz, kapatır mısınız, matikan, dimatikan, matiin, dimatiin, tolong tutup,
  tutup je, tutupkan, tat giup, tắt giúp, tat gium, tắt giùm, tat di, tắt đi, tat het, tắt hết,
  tat thong bao, tắt thông báo, tat tin, tắt tin, paki off, i off, ioff, patayin,
  pakipatay, band kar do, band karo, band kijiye, band kar dijiye, band kardo, बंद कर दो,
  बंद करो, بند کر دیں, بند کریں, بند کرو, বন্ধ করে দিন, বন্ধ করুন, বন্ধ করো, اوقفوها, اوقفوا,
  اطفوها, عطلوها, الغوها, ปิดให้, ปิดเลย, ช่วยปิด, ปิดการแจ้งเตือน, zimeni, lizimeni, zizime, izime,
  关掉, 请关闭, 关闭吧,
  停掉, オフにして, 止めて, 停止して, 解除して
`);

/** A marketing stream: the newsletter, points or loyalty messages, reminders, promotions. */
const STREAM = runs(`
  newsletter, newsletters, points, point, loyalty, rewards, reward, promos, promotions, offers,
  boletin, boletín, puntos, pontos, fidelidade, fidelite, fidélité, lettre d information,
  punkte, punkten, treuepunkte, bonuspunkte, punti, fedelta, fedeltà, nieuwsbrief, punten,
  spaarpunten, punktach, punkty, punktow, punktów, рассылка, рассылку, баллы, баллах, бонусы,
  бонусах, bulten, bülten, puan, puanlar, poin, buletin, mata ganjaran, mata, diem, điểm,
  diem thuong, điểm thưởng, tich diem, tích điểm, khuyen mai, khuyến mãi, bản tin, ban tin,
  पॉइंट्स, points wale, نیوز لیٹر, پوائنٹس, নিউজলেটার, পয়েন্ট, পয়েন্টের, النشره, نقاط,
  النقاط, جريده, แต้ม, จดหมายข่าว, โปร, jarida, pointi, alama, 电子报, 积分, 会员, 促销, 优惠,
  メルマガ, ポイント, ニュースレター, セール情報, キャンペーン
`);

/** Where the switch-off is about something else: a renewal, a card, an alarm, the app. */
const OTHER = runs(`
  renewal, auto renewal, autorenewal, card, alarm, account, wifi, router, auto pay, autopay,
  renovacion, renovación, renovacao, renovação, cartao, cartão, tarjeta, carte, renouvellement,
  verlangerung, verlängerung, karte, rinnovo, carta, verlenging, kaart, odnowienie, karta,
  автопродление, карту, карта, yenileme, kart, perpanjangan, kartu, gia han, gia hạn, auto renew, renewal wala, تجديد, بطاقه, ต่ออายุ, บัตร, 续费, 自动续费, 银行卡, 自動更新,
  カード, link, enlace, lien, liga
`);

/**
 * The stop of a sentence asking to switch off a stream named in it, when no other reading was
 * found: explicit, of that stream.
 */
export function switchedOff(
  tokens: readonly string[],
  questions: readonly number[],
  found: readonly Finding[],
): Finding | null {
  if (found.length > 0) return null;
  let at = findRun(OFF, tokens, 0, tokens.length);
  // Thai "เปิด" (switch on) holds the letters of "ปิด" (switch off): read letter by letter, "เปิด
  // การแจ้งเตือนโปรอีกครั้ง" (round 13c) asks for the stream back, it is no switch-off.
  while (at >= 0 && tokens[at] === 'ปิ' && tokens[at - 1] === 'เ')
    at = findRun(OFF, tokens, at + 1, tokens.length);
  if (at < 0) return null;
  const [from, to] = sentenceOf(tokens, { start: at, end: at + 1 });
  if (questions.includes(to)) return null;
  if (!has(STREAM, tokens, from, to) || has(OTHER, tokens, from, to)) return null;
  return spanFinding(tokens, from, to, 'opt_out', 'explicit');
}
