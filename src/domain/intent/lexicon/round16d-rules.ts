/**
 * Round 16d of issue 18: second replies, after the business's confirmation or after being
 * ignored, that are opt-ins or stops (batch 47). General language knowledge, to be reviewed by
 * native speakers:
 * - The messages turned on again (c1): Ukrainian "увімкніть повідомлення знову / розсилку назад"
 *   (turn the messages back on), after "I miss your discounts". The change of mind back to the
 *   offers ("算了，优惠还是继续发吧") is read by its shape (new-number.ts).
 * - Another person's number stopped, said without the verb taking "me" (c2): "she wants off too",
 *   "remove her too", "stop them to 07700 900123", Arabic "تبغى تطلع من القائمة" (she wants to get
 *   off the list), Indonesian "sekalian berhentiin" (stop it too while you are at it), Turkish
 *   "onu da iptal edin" (cancel hers too), Chinese "一起取消" after a number named, "也帮她退订".
 *   Round 16c's rules take the relative as the object of the removal; here the relative is told in
 *   the sentence before, as the one who gets the offers, and the stop points back at them: "ella
 *   también quiere salir", "will auch raus", "wil er ook af", "hapus juga nomornya", "mtoeni pia",
 *   "انہیں بھی ہٹا دیں", "ওকেও বাদ দিন", "hủy luôn số của mẹ".
 * - A repeated demand after a stop the business confirmed and did not honour (c3): "this time
 *   really delete me", Thai "รอบนี้ช่วยลบให้จริงๆ", Vietnamese "lần này xóa giùm thật đi", German
 *   "diesmal bitte wirklich löschen". The complaint before it told the stop and "sent again"
 *   (come-back.ts read that as a wish to come back: "ช่วย" … "อีก"); the demand after it is a stop.
 * - Corrections that are stops (c4): Spanish and Portuguese "solo las ofertas; los avisos de mis
 *   pedidos sí los quiero" (only the offers [go]; the order notices I do want), Thai "ไม่เอาโปร
 *   ทุกอย่าง" (no promos of any kind).
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** A phone number's first digits: the number given for the stop ("stop them to 07700 …"). */
const DIGITS = '(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|+*)';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (she|he) (wants|wanted|would like|d like) (off|out|to be removed|to be taken off|to unsubscribe|to opt out) ~2 (too|as well|also|the list|your list|@eoc)
    out (remove|take|unsubscribe|delete|drop) (her|him) ~2 (too|as well|also|off)
    out (stop|cancel|block) (them|these|it|the messages|the offers) (to|for|on) ?(that number|her number|his number|number) ${DIGITS}
    out this time ~2 (really|actually|properly|for real) ~2 (remove|delete|unsubscribe|take me off|stop)
  `,
  es: `
    out (tambien|ella|el) ?(tambien) quiere (salir|darse de baja|dejar de recibir*|que la quiten|que lo quiten|que la saquen|que lo saquen)
    out (solo|solamente|nomas|nada mas) (las|los) ~2 @obj @brk ~8 (si los quiero|si las quiero|si los necesito|si las necesito|si me interesan)
    out esta vez ~2 (de verdad|en serio) ~2 (borren*|quiten*|saquen*|eliminen*|denme de baja)
  `,
  pt: `
    out (tambem|ela|ele|e) ?(tambem) quer (sair|se descadastrar|deixar de receber)
    out (so|somente|apenas) (as|os) ~2 @obj @brk ~8 (quero sim|eu quero sim|preciso sim)
    out (dessa vez|desta vez) ~3 (me tirem|tirem|removam|apaguem|cancelem|descadastrem|me excluam)
  `,
  fr: `
    out (veut|voudrait|souhaite) ?(aussi) (etre retiree|etre retire|etre desinscrite|etre desinscrit|se desinscrire|se desabonner|sortir de la liste)
    out cette fois ~3 (retirez|supprimez|desinscrivez|desabonnez|enlevez|effacez)
  `,
  it: `
    out (vuole|vorrebbe) ?(anche) (essere tolta|essere tolto|essere rimossa|essere rimosso|essere cancellata|essere cancellato|disiscriversi|cancellarsi|uscire dalla lista)
    out (stavolta|questa volta) ~3 (toglietemi|cancellatemi|rimuovetemi|levatemi|disiscrivetemi)
  `,
  de: `
    out (will|mochte|mochten|wollen) ?(auch|ebenfalls) (raus|abgemeldet werden|ausgetragen werden|sich abmelden)
    out (diesmal|dieses mal) ~3 (loschen|austragen|entfernen|abmelden|rausnehmen|loscht|tragt mich aus)
  `,
  nl: `
    out wil ?(er) ?ook (er af|eraf|af|eruit|uitgeschreven worden|afgemeld worden)
    out (deze keer|dit keer|nu) ~2 echt ~3 (verwijderen|verwijder|afmelden|uitschrijven|eraf|eruit)
  `,
  pl: `
    out (tym razem|teraz) ~2 naprawde ~2 (usuncie|wypiszcie|skreslcie)
  `,
  ru: `
    out (в этот раз|на этот раз) ~3 (удалите|отпишите|уберите)
  `,
  uk: `
    in (увімкніть|увімкни|ввімкніть|поверніть) ~3 (знову|назад|знов)
    out (цього разу|тепер) ~3 (видаліть|відпишіть|приберіть)
  `,
  tr: `
    out (onu|onun|onunkini|onlari|onlarin) (da|de) ~2 (iptal edin|iptal et|cikarin|silin|kaldirin|durdurun)
    out (bu sefer|bu kez|bu defa) ~3 (silin|cikarin|iptal edin|kaldirin)
  `,
  id: `
    out (hapus|hapusin|keluarin|keluarkan|stopin|berhentiin) juga (nomornya|nomor dia|dia)
    out sekalian (berhentiin|stopin|setopin|hapusin|hapus|keluarin|unsub|berhentikan|cancel)
  `,
  ms: `
    out (keluarkan|buang|padam|berhentikan) (dia|nombor dia|nombornya) ~1 (juga|sekali)
    out (kali ni|kali ini) ~3 (buang|padam|keluarkan|berhentikan)
  `,
  ar: `
    out (تبغى|تبي|يبغى|يبي|تريد|يريد|بدها|بده|عايزة|عايز|حابة|حاب) ~1 (تطلع|يطلع|تنشال|ينشال|تنحذف|ينحذف|تخرج|يخرج) من ~1 (القائمة|القايمة|القائمه|الليست|اللستة)
    out (هالمرة|هالمره|هذه المرة|هذي المرة|المرة دي|المره دي) ~3 (احذفوني|شيلوني|امسحوني|احذفوا|شيلوا|امسحوا|الغوا)
  `,
  vi: `
    out (huy|xoa|go) luon ~2 (so|so cua|so nay)
    out (lan nay|lan nay thi) ~2 (xoa|huy|go|ngung|dung)
  `,
  th: `
    out (รอบนี้|คราวนี้|ครั้งนี้) ~8 (ลบ|ยกเลิก|เอาออก|หยุด)
    out เบอร์ ~30 @brk ?ช่วย (ยกเลิก|ลบ|เอาออก) ~4 ด้วย
    outneg ไม่เอา ~2 (โปร|โปรโมชั่น|โฆษณา) ~2 (ทุกอย่าง|ทั้งหมด|ทุกตัว)
  `,
  zh: `
    out (号码|号|手机号) ~20 @brk ?(那就|就|也) (一起|一并|顺便) ~2 (取消|退订|删掉|删除|移除)
    out 也 ~2 (帮她|帮他|给她|给他|替她|替他) ~1 (取消|退订|删掉|删除)
  `,
  ja: `
    out (今度こそ|今回こそ) ~8 (削除|解除|停止|外して)
  `,
  sw: `
    out (mtoeni|mwondoeni|mfuteni|mtoe|mwondoe) ~1 pia
    out (safari hii|mara hii) ~3 (nitoeni|niondoeni|futeni|mniondoe|mnitoe)
  `,
  ur: `
    out (انہیں|اسے|ان کو|اس کو) بھی ~2 (ہٹا دیں|ہٹا دو|نکال دیں|بند کریں)
  `,
  bn: `
    out (ওকেও|তাকেও|ওনাকেও|ওরটাও|ওনারটাও) ~2 (বাদ দিন|বন্ধ করুন|সরিয়ে দিন)
  `,
  tl: `
    out (ngayon talaga|this time) ~3 (tanggalin|alisin|burahin|i unsubscribe)
  `,
};

export function round16dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
