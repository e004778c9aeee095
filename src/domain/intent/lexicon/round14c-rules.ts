/**
 * Round 14c of issue 18: batches 34 and 35's help, status and false readings. General language
 * knowledge, to be reviewed by native speakers:
 * - "Have you taken me off yet or not?", "¿Me habéis quitado ya de las promos o todavía no?",
 *   "Siete riusciti a cancellarmi dalla lista?": whether the business has done it, asked with a
 *   past removal and no stop verb the other rules read (did-it-work.ts turns a stop read inside
 *   such a question into status; these have none to turn): status;
 * - Dutch "mijn abonnement op de nieuwsbrief opzeggen": the newsletter's subscription ended, a
 *   stop (service-things.ts reads an "abonnement" of the phone as the paid plan);
 * - Arabic "ما هذه الرسائل" ("what are these messages") is no negated want (ar.ts traps it;
 *   what-message.ts reads it as the question);
 * - German "Wie ist der Stand meiner Newsletter-Anmeldung?", Japanese "登録状況を教えてください",
 *   Italian "l'annullamento dell'iscrizione è andato a buon fine?": how the sign-up or the stop
 *   stands, asked (a customer who tells it, "è andata a buon fine, grazie", gets the status too) (the lead, after the retrain left both a hair
 *   under the model's bar): status.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    status (have you|did you|has anyone|have they) ~1 (taken me off|removed me|unsubscribed me|deleted me|deleted my number|taken my number off) ~4 (yet|or not)
    status (did you|were you able to|did you manage to|have you managed to) ~1 (take me off|remove me|unsubscribe me|delete my number) ~4 (yet|or not)
    status (were you able to|did you manage to|have you managed to) ~1 (take me off|remove me|unsubscribe me|delete my number) ~4 @eoc
  `,
  es: `
    status ?(ya) (me habeis|me han) ?(ya) (quitado|sacado|borrado|eliminado|dado de baja|desuscrito|desapuntado)
    status (pudieron|pudisteis|consiguieron|lograron|habeis podido) ~1 (quitarme|sacarme|borrarme|eliminarme|darme de baja|desuscribirme)
  `,
  pt: `
    status (conseguiram|conseguiu|voces conseguiram|ja conseguiram) ~1 (me tirar|me remover|me descadastrar|me excluir|tirar meu numero|remover meu numero)
    status ?(ja) (me tiraram|me removeram|me descadastraram|me excluiram) ~4 (ou nao|ou ainda nao|ainda nao)
  `,
  fr: `
    status (vous avez reussi|avez vous reussi|vous avez pu|avez vous pu) ~1 a ~1 (me desinscrire|me retirer|me supprimer|me desabonner|m enlever)
    status (vous m avez|m avez vous|on m a) ?(bien|deja) (desinscrit|desinscrite|retire|retiree|supprime|supprimee|desabonne|desabonnee|enleve|enlevee)
  `,
  it: `
    status (siete riusciti|siete riuscite|siete riuscito|e riuscito|avete potuto|sei riuscito|sei riuscita) ~1 (a|di) ~1 (cancellarmi|togliermi|rimuovermi|disiscrivermi|eliminarmi)
    status (mi avete|mi hanno) ?(gia) (tolto|tolta|cancellato|cancellata|rimosso|rimossa|disiscritto|disiscritta) ~4 (o no|o ancora no|ancora no)
    status (annullamento|cancellazione|disiscrizione) ~3 (e andato|e andata) a buon fine
  `,
  de: `
    status (habt ihr mich|haben sie mich|hat man mich|habt ihr es geschafft|haben sie es geschafft) ~3 (ausgetragen|abgemeldet|entfernt|geloscht|rausgenommen|austragen|abzumelden|auszutragen)
    status (wie ist der stand|was ist der stand|wie steht es um) ~2 (abmeldung|anmeldung|newsletter anmeldung|newsletter abmeldung)
  `,
  nl: `
    status (hebben jullie me|hebben jullie mij|heeft u me|heeft u mij|is het jullie gelukt) ~3 (afgemeld|verwijderd|uitgeschreven|eraf gehaald|af te melden|te verwijderen)
    out (abonnement|inschrijving) ~3 (nieuwsbrief|mailing|berichten|aanbiedingen|acties) ~3 (opzeggen|stopzetten|beeindigen|opzegge)
  `,
  pl: `
    status (czy udalo sie|udalo sie|czy udalo wam sie|udalo wam sie) ~1 (mnie wypisac|wypisac mnie|mnie usunac|usunac mnie|usunac moj numer)
    status czy ~1 (wypisaliscie mnie|usuneliscie mnie|wypisali mnie|usunieto mnie) ~4 (czy nie|juz)
  `,
  ru: `
    status (вы меня|меня) ?(уже) (отписали|удалили|убрали|исключили|вычеркнули) ~4 (или нет|или еще нет|или ещё нет)
    status (удалось|вам удалось|получилось) ~1 (меня отписать|отписать меня|меня удалить|удалить меня|удалить мой номер)
  `,
  uk: `
    status (ви мене|мене) ?(вже) (відписали|видалили|прибрали|викреслили) ~4 (чи ні|чи ще ні)
    status (вдалося|вам вдалося) ~1 (мене відписати|відписати мене|мене видалити|видалити мене)
  `,
  tr: `
    status (beni|numaramı|numarami) ~3 (cikarabildiniz|silebildiniz|kaldirabildiniz|cikardiniz|sildiniz|kaldirdiniz) mi
  `,
  id: `
    status (sudah|udah|dah) ~2 (berhasil dihapus|dihapus|dikeluarkan|di unsub|diunsubscribe|berhasil di unsub) ~6 belum
  `,
  ms: `
    status (dah|sudah) ~2 (berjaya buang|buang|keluarkan|padam) ~2 (saya|nombor saya) ~4 (belum|ke)
  `,
  tl: `
    status (natanggal nyo na|natanggal niyo na|tinanggal nyo na|tinanggal niyo na|na unsubscribe nyo na|nagawa nyo na) ~3 (ba|po ba)
  `,
  sw: `
    status (mmeshaniondoa|mmeniondoa|mmefanikiwa kuniondoa|mmeweza kuniondoa) ~4 (au bado|bado)
  `,
  hi: `
    status (kya aapne|kya apne|aapne) ~2 (hata diya|hata dia|nikal diya|remove kar diya|unsubscribe kar diya) ~3 (ya nahi|kya)
  `,
  ur: `
    status (kya aapne|kya apne|aapne) ~2 (hata diya|hata dia|nikal diya|remove kar diya|unsubscribe kar diya) ~3 (ya nahi|kya)
  `,
  bn: `
    status (apnara ki|আপনারা কি) ~2 (bad diyechen|বাদ দিয়েছেন|remove korechen|রিমুভ করেছেন|সরিয়েছেন)
  `,
  ar: `
    status (شلتوني|حذفتوني|شلتوا رقمي|حذفتوا رقمي|قدرتوا تشيلوني|تمكنتم من حذفي) ~4 (ولا لسه|ولا لا|او لا|أو لا)
  `,
  vi: `
    status (da|đã) ~2 (xoa|xóa|bo|bỏ|huy|hủy) ~2 em ~6 (chua|chưa)
  `,
  th: `
    status (เอาออก|ลบ|ยกเลิก) ~12 (ให้แล้ว|แล้ว) ~8 (หรือยัง|รึยัง|หรือยังคะ|หรือยังครับ)
  `,
  zh: `
    status (把我|我) ~4 (删掉|删除|移除|取消|退订) ~2 (了吗|了没有|了没|成功了吗)
  `,
  ja: `
    status (配信停止|登録解除|解除|削除) ~8 (できましたか|されましたか|してもらえましたか|済みですか)
    status (登録状況|配信状況|解除状況) ~4 (教えて|知りたい|確認したい|どうなって)
  `,
};

export function round14cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
