/**
 * Round 15f of issue 18, from batch 40 (customers who want more and customers who are unsure),
 * read after rounds 15a-e. General language knowledge, to be reviewed by native speakers:
 * - Another person's number added to the offers, the number given ("can you put my husband's
 *   number on the offers list as well? 07700 900461"): an opt-in, asked as a request or a
 *   question (`inasked`). Round 14b taught the model that another person's number REMOVED is a
 *   stop, and it had read these as likely stops in 14 languages. Only add, put and include verbs:
 *   "remove my wife's number too" stays a stop; German separable verbs only with the particle that
 *   adds ("in die Liste aufnehmen", "hinzufügen"): "nehmen Sie meine Nummer aus dem Verteiler"
 *   takes it out. Vietnamese "thêm số … vào danh sách" folds to "them so … vao": "vào" (into) keeps
 *   English "them … so … list" out of it.
 * - The offers moved from e-mail to WhatsApp ("send them here on WhatsApp instead", "plutôt que
 *   par mail", "а не на почту", "بدل الإيميل", "改成发WhatsApp"): an opt-in on this channel.
 * - "Is my START through? Nothing came yet", "why did the offers stop coming? am I still on the
 *   list?": status. A German "warum kommen keine Angebote mehr?" is a question, no stop.
 * - "What's my subscription status for marketing msgs?" (read by the model alone until the
 *   round-15 retrain) is a rule of its own.
 * - Stops: Dutch "ik wil niet langer … ontvangen" (no longer: it read as an opt-in), Italian
 *   "levatemi dalla lista" and "annullo l'iscrizione alle promozioni", Spanish "ya no me lo
 *   mandéis", German "das Abo für die Angebotsnachrichten kündigen", new-arrival notifications
 *   switched off (th, vi, sw), Chinese "看烦了，退了" (tired of it, I'm out).
 * - Back after a stop, missing the deals ("kangen promo Jumat, bisa dimasukin lagi?",
 *   "namimiss ko yung Friday deals, pwede pabalik?"), and Thai "ใส่ชื่อไว้ในลิสต์ให้หน่อย" (put my
 *   name on the list).
 * - A shipment stopped ("発送いったん止めてもらえますか", "gönderimi durdurun, bedeni
 *   değiştireceğim") is an errand.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/**
 * Romanised Hindi and Urdu, shared by both: another person's number put on the offers, and "am I
 * still on the list?".
 */
const HI_UR = `
    inasked (number|नंबर) ~4 (offers|offer|list|lisst|लिस्ट|ऑफर|ऑफ़र|promo|promos) ~4 (add kar do|add kar dein|add karo|add kardo|add kardein|daal do|daal dein|dal dein|dal do|jod do|jod dein|शामिल कर दें|जोड़ दो|जोड़ दें|ऐड कर दो|ऐड कर दें)
    status (kya main|kya mai|क्या मैं) ~2 (abhi bhi|ab bhi|अभी भी|अब भी) ~2 (list|लिस्ट) (mein|me|में) (hun|hoon|hu|हूँ|हूं)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    inasked (add|put|include|sign up|pop|stick) ~5 (number|no) ~6 (offers|offer list|offers list|list|promos|deals|broadcast|mailing list|newsletter)
    inasked (send|get|text) ~4 (them|offers|deals|promos|the deals|the offers|the promos) ~4 (here|on whatsapp|on here|whatsapp) ~2 (instead|rather)
    status (what s|whats|what is) my ~1 (subscription status|subscription|status) ~3 (marketing|offers|promos|messages|msgs)
    status (sent|typed|texted|replied) start ~4 ?@brk ~2 (did it work|has it worked|did that work|is it working)
  `,
  fr: `
    inasked (ajoutez|ajouter|mettez|mettre|inscrivez|inscrire|rajoutez|rajouter) ~5 numero ~6 (offres|promos|liste|newsletter|bons plans)
    inasked (envoyer|recevoir|mettre) ~3 (promos|offres|bons plans) ~4 (ici|whatsapp|sur whatsapp) ~3 (plutot que|au lieu de|plutot qu)
  `,
  es: `
    inasked (agreguen|agregar|anadan|anadir|pongan|poner|incluyan|incluir|metan|apunten|apuntar|sumen) ~5 numero ~6 (ofertas|promos|lista|promociones|novedades)
    status (sigo|seguimos) (apuntada|apuntado|suscrita|suscrito|inscrita|inscrito|en la lista|registrada|registrado)
    outneg ya no me (lo|la|los|las) (mandeis|manden|mandes|envieis|envien)
  `,
  pt: `
    inasked (coloca|coloquem|colocar|adiciona|adicionem|adicionar|inclui|incluam|incluir|bota|botem|poe|ponham|cadastra|cadastrem) ~5 numero ~6 (ofertas|promos|lista|promocoes|novidades)
  `,
  de: `
    inasked (fugt|fugen) ~6 nummer ~6 (angebote*|liste|verteiler|newsletter|aktionen) ~2 hinzu
    inasked nummer ~6 (in die liste|in den verteiler|in den newsletter|zu den angeboten|auf die liste) ~3 (aufnehmen|hinzufugen|eintragen|setzen|aufnehmt|hinzu|ein|auf)
    out (abo|abonnement) ~3 (angebot*|werbe*|aktions*|newsletter*|rabatt*) ~3 (kundigen|kundigt|beenden|stornieren)
  `,
  it: `
    inasked (mettete|mettere|aggiungete|aggiungere|inserite|inserire|iscrivete|iscrivere) ~5 numero ~6 (promo|offerte|lista|promozioni|newsletter)
    out (levatemi|toglietemi|cancellatemi|levate|togliete) ~2 (dalla lista|dalle liste|dalla mailing list|dalla newsletter|dalle promo)
    status (mandato|scritto|inviato|messo) start ~6 ?@brk ~2 (ha funzionato|funziona|e andato)
    out (annullo|annullate|disdico|disdite) ~2 (l iscrizione|iscrizione) ~2 (alle promozioni|alle promo|alla newsletter|alle offerte|ai messaggi)
  `,
  nl: `
    inasked (zet|zetten|voeg|voegen|stuur|sturen) ~6 nummer ~6 (acties|aanbiedingen|lijst|nieuwsbrief)
    inasked (acties|aanbiedingen|nieuwsbrief) ~3 ook naar ~4 nummer
    outneg (wil|wens) niet langer ~4 (ontvangen|krijgen|hebben)
  `,
  pl: `
    inasked (dopiszcie|dodajcie|dopisac|dodac|wpiszcie|zapiszcie|dopisz|dodaj) ~4 numer ~6 (ofert|oferty|promocji|listy|newslettera|gazetki)
  `,
  ru: `
    inasked (добавьте|добавить|внесите|включите|подпишите) ~4 номер ~5 (рассылку|рассылки|акции|список|акций)
    inasked (присылать|отправлять|слать|присылайте) ~3 (сюда|в вотсап|в ватсап|в whatsapp) ?@brk ~1 (а не|вместо)
  `,
  uk: `
    inasked (додайте|додати|внесіть|підпишіть) ~4 номер ~5 (розсилку|розсилки|акції|список|акцій)
  `,
  tr: `
    inasked (numarasini|numarayi|numaramizi) ~3 ?da (kampanya*|liste*|indirim*|firsat*) ~3 (ekleyin|ekler misiniz|ekleyebilir misiniz|ekle|ekleyiniz)
  `,
  ar: `
    inasked (ضيفوا|أضيفوا|اضيفوا|ضيف|أضف|اضف|حطوا|ضيفو|زيدوا) ~3 رقم ~6 (العروض|القائمة|الليستة|الخصومات|القائمه)
    inasked (العروض|الخصومات) ~3 (على الواتساب|على الواتس|واتساب|الواتساب) ~2 (بدل|بدلا من|بدل ال)
  `,
  hi: HI_UR,
  ur: HI_UR,
  bn: `
    inasked (number|nombor|নম্বর|নাম্বার) ~3 (offer|list|অফার|লিস্ট) ~3 (add kore den|add koren|add koro|add kore din|যোগ করে দিন|অ্যাড করে দিন|dhukiye din|ঢুকিয়ে দিন)
  `,
  id: `
    inasked (kangen|rindu) ~3 (promo*|diskon|deal|deals) ~4 ?@brk ~3 (dimasukin lagi|masukin lagi|daftarin lagi|gabung lagi|ikut lagi)
    inasked (tambahin|tambahkan|masukin|masukkan|daftarin|daftarkan) ~4 (nomor|no) ~6 (promo|list|daftar|broadcast|info promo)
  `,
  ms: `
    inasked (tambah|tambahkan|masukkan|masukan|daftarkan|daftar) ~4 (nombor|no) ~6 (promosi|promo|senarai|list|broadcast)
  `,
  tl: `
    inasked (namimiss|nami miss|miss ko) ~4 (deals|promos|promo|sale|offers) ~4 ?@brk ~3 (pabalik|isali ulit|ibalik|pasali ulit)
    inasked (pa add|paadd|isama|idagdag|iadd|i add|pakiadd|paki add) ~3 ?(din|rin) ~3 (number|numero) ~6 (promos|promo|list|offers|deals)
  `,
  vi: `
    inasked them so ~4 vao ~2 (danh sach|list|nhom)
    out tat ~2 thong bao ~2 (hang moi|san pham moi|khuyen mai|uu dai)
  `,
  zh: `
    inasked (号码|號碼) ~6 (加进|加入|加到|加進|添加到|加上) ~4 (优惠|優惠|名单|名單|促销|促銷)
    inasked (优惠|促销|活动|優惠|促銷) ~3 (改成|改为|改到|改成发|改為) ~2 (whatsapp|这里|這裡)
    out 看烦了 ?@brk 退了
  `,
  sw: `
    inasked (ongezeni|ongeza|wekeni|sajilini) ~3 ?pia ~3 (namba|nambari) ~6 (ofa|orodha|matangazo|promo)
    out (zimeni|zima|acheni) ~2 (taarifa|jumbe|ujumbe|arifa) ~3 (bidhaa mpya|ofa|matangazo|promo)
  `,
  th: `
    inasked (เพิ่มเบอร์|ใส่เบอร์|แอดเบอร์) ~20 (โปร|ลิสต์|รายชื่อ)
    inasked ใส่ชื่อ ~12 (ลิสต์|รายชื่อ)
    out ปิดแจ้งเตือน ~12 (สินค้าใหม่|โปร|โปรโมชั่น)
  `,
};

export function round15fRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** A shipment stopped, "why do no offers come any more?" asked: no stop. */
const TRAPS: Partial<Record<Lang, string>> = {
  ja: `
    (発送|配送|出荷|お届け) ~6 (止めて|とめて|停止して)
  `,
  tr: `
    (gonderimi|kargoyu|siparisi|teslimati) (durdurun|durdurur musunuz|durdurabilir misiniz)
  `,
  hi: `
    (ऑफर|ऑफ़र|offer|offers) (आने|aane|ana) (बंद|band) ~2 (क्यों|kyun|kyon|kyu)
  `,
  de: `
    warum ~2 (kommen|bekomme|kriege|erhalte) ~2 keine ~2 (angebote|aktionen|nachrichten|newsletter) mehr
  `,
};

export function round15fTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
