/**
 * "What is this Easter raffle? I don't know your shop" (round 12, batch27): a question beside
 * the customer's word that they do not know the sender, or fear a scam ("असली है या फ्रॉड?",
 * "Scam ke?"), asks who is writing: help (the answer names the brand and the way out), in
 * every language at once. Both must be there: a question alone asks about the offer ("what is
 * this raffle, when does it end?"), and "I don't know your shop, remove me" is a stop (the stop
 * stays: help is only added beside it). General language knowledge, to be reviewed by native
 * speakers.
 */
import { has, runs } from './asking';

/** Not knowing the sender, or fearing a scam. */
const UNKNOWN_SENDER = runs(`
  dont know your shop, don t know your shop, dont know your store, don t know your store,
  dont know you, don t know you, never heard of you, never heard of your, scam, a scam, fraud,
  no conozco su tienda, no conozco tu tienda, no conozco esta tienda, no los conozco, no te conozco,
  estafa, nao conheco, não conheço, golpe, je ne connais pas, je connais pas, arnaque,
  kenne ihren shop, kenne euren shop, kenne ihren laden, kenne euch, kenne sie, betrug,
  non conosco, truffa, ken jullie winkel niet, ken jullie niet, ken uw winkel niet, oplichting,
  nie znam, oszustwo, не знаю вашего, не знаю ваш, я вас не знаю, мошенни*, не знаю вашого,
  вашого магазину не знаю, я вас не знаю, шахрай*, tanimiyorum, tanımıyorum, dolandirici*,
  dolandırıcı*, tidak kenal, gak kenal, ga kenal, nggak kenal, penipuan, tak kenal kedai, tipu,
  scam ke, khong biet shop, không biết shop, dau biet shop, đâu biết shop, lua dao, lừa đảo,
  hindi ko kilala, di ko kilala, modus, silijui duka, siwajui, utapeli, matapeli, fraud hai,
  फ्रॉड, असली है, نہیں جانتا, فراڈ, চিনি না, প্রতারণা, ما اعرفكم, ما أعرفكم, ما اعرف محلكم,
  نصب, احتيال, ไม่รู้จักร้าน, ไม่รู้จัก, มิจฉาชีพ, 不认识你们, 不认识, 骗子, 诈骗, 心当たりがありません,
  心当たりがない, 知らないお店, 詐欺
`);

/** Whether the message says the sender is unknown to the customer, or a scam. */
export function saysSenderUnknown(tokens: readonly string[]): boolean {
  return has(UNKNOWN_SENDER, tokens, 0, tokens.length);
}
