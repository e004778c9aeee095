/**
 * Round 16f of issue 18: long messages (batch 46). A customer joining from outside the list
 * asks for their number to be added: "I tasted your cheese at the market, the man said you send
 * the weekly offers on WhatsApp. Put me on it!", a small business owner asking to be put on the
 * wholesale price and promo list, "my colleague forwards your deals; add my number to your
 * broadcast". The request is the add verb with the customer's number (or "me") and the list,
 * broadcast or offers it goes on; removal verbs are other rules' and never read here. Said in a
 * long message, the story before it (a market, a colleague, a shop of their own) is no stop,
 * and the model alone read the request as one ("numerong ito sa inyong listahan"). Also who
 * writes, asked by the kind of business ("Welche Werkstatt sind Sie denn?", "bu numara hangi
 * firmaya ait?"): help, as round 5's "which shop is this?". General language knowledge, to be
 * reviewed by native speakers. Partial stops in Indonesian, Malay and Swahili (keep the
 * transaction alerts, "tapi tawaran kartu kredit, KTA, dan asuransi tolong disetop"): the offers
 * named first, a list of their kinds between commas, then "please stop (them)"; `?@brk` lets the
 * list's commas stand between the offers and the verb.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised Hindi and Urdu, written alike: "add my number to your list". */
const HI_UR = `
  in (mera|mere|ye|yeh|is) number ~3 (list|broadcast|group) (mein|me|mai) (add|jod|shamil) (kar do|kar dein|kar dijiye|kijiye|karein|karo|kar den)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    help (which|what) (garage|salon|clinic|practice|pharmacy|agency|dealership|gym|bakery|studio) ~2 (is this|are you|is it|texted me)
    in (add|put) (my|this) number ~2 (to|on|in) ~2 (list|broadcast|mailing list|offers list|promo list|offers|deals|promos)
    in (put|add) me (on|to) (it|that|there|the list|your list|the broadcast|your broadcast) ?(too|as well)
  `,
  es: `
    in (agreguen|anadan|agregad|anadid|apunten|apuntad|incluyan|incluid|metan|meted) (mi|este) numero ~3 (lista|difusion|ofertas|promociones)
    in (apuntadme|apuntenme|agregadme|agreguenme|anadidme|anadanme|incluidme|incluyanme) ?(tambien) ~3 (lista|difusion|ofertas|promociones|@eoc)
  `,
  pt: `
    in (adicionem|adiciona|adicione|incluam|inclua|coloquem|coloca|coloque|bota|botem) (meu|este|esse) numero ~3 (lista|transmissao|promocoes|ofertas)
    in (me coloca|me coloquem|me adiciona|me adicionem|me inclui|me incluam|me bota) ~2 (lista|transmissao|grupo de ofertas)
  `,
  fr: `
    in (ajoutez|ajoute|inscrivez|mettez) (mon|ce) numero ~3 (liste|diffusion|promos|offres)
    in (ajoutez moi|inscrivez moi|mettez moi|ajoute moi|inscris moi) ~3 (liste|diffusion|promos|offres)
  `,
  it: `
    in (aggiungete|inserite|mettete|iscrivete) (il mio|questo) numero ~3 (lista|broadcast|offerte|promozioni)
    in (iscrivete|aggiungete|inserite|mettete) anche me
  `,
  de: `
    help (welche|welcher|welches) (werkstatt|praxis|autohaus|apotheke|klinik|agentur|salon|studio|filiale) ~1 (sind sie|seid ihr|ist das|ist hier)
    in (fugt|fugen sie|nehmt|nehmen sie|tragt|tragen sie) (meine|diese) nummer ~3 (liste|verteiler|broadcast) ~1 (hinzu|auf|ein)
    in (nehmt|nehmen sie|tragt|tragen sie) mich ~3 (verteiler|liste|broadcast) ~1 (auf|ein)
  `,
  nl: `
    in (zet|voeg) (mijn|dit|m n) nummer ~3 (lijst|broadcast|verzendlijst) ~1 (toe|op)
    in zet me er ?(graag|maar|ook|dan|alsjeblieft|aub) op
  `,
  id: `
    out (tawaran|penawaran|promo|promosi|iklan) ~3 ?@brk ~3 ?@brk ~4 (tolong|mohon|harap) (disetop|distop|dihentikan|distopin|disetopin)
    in (nomor|no) (ini|saya) ~2 (didaftarkan|dimasukkan|ditambahkan|dimasukin) ~3 (daftar|list|broadcast|grup)
    in (daftarkan|masukkan|tambahkan|masukin) (nomor|no) (ini|saya) ~3 (daftar|list|broadcast|grup)
  `,
  ms: `
    out (tawaran|promosi|promo|iklan) ~3 ?@brk ~3 ?@brk ~4 (tolong|sila|mohon) (hentikan|stop|berhentikan|stopkan)
    in (masukkan|tambahkan|daftarkan|masukkan lah) (nombor|no) (ini|saya) ~3 (senarai|list|broadcast|grup)
  `,
  tl: `
    in (pakidagdag|pakisama|paki add|pakisali|idagdag|isama) ~3 (number|numero|numerong) ~4 (listahan|list|broadcast)
  `,
  sw: `
    out (ofa|matangazo|promosheni) ~3 ?@brk ~3 ?@brk ~4 naomba (zisimame|yasimame|zikome|yakome|zisitishwe|yasitishwe)
    in (muongeze|mwongeze|ongezeni|mniongeze) ~2 (namba|nambari) ~3 (orodha|broadcast|list|kundi)
  `,
  bn: `
    in (তালিকায়|লিস্টে|ব্রডকাস্টে) ~3 (নম্বর|নম্বরটা|নাম্বার|নাম্বারটা) (যুক্ত|অ্যাড|যোগ) (করে নিন|করুন|করে দিন)
    in (list e|liste|broadcast e) ~3 (number|nambar|number ta) (add|jog) (kore din|koren|kore den|kore nen)
  `,
  th: `
    in เพิ่ม (หมายเลข|เบอร์) ~12 (รายชื่อ|ลิสต์|รายการ)
  `,
  zh: `
    in (把|将) ~3 号码 ~3 (加到|加进|加入|添加到) ~6 (推送|名单|群发|列表|群|广播)
  `,
  ja: `
    in 番号 ~6 (配信リスト|リスト|配信) ~3 (追加|登録)
  `,
  ar: `
    in (ضيفوا|اضيفوا|أضيفوا|سجلوا|ضيف|اضف) ~2 رقمي ~3 (القائمة|قائمة|البرودكاست|العروض|الليست)
  `,
  tr: `
    help hangi (firmaya|sirkete|magazaya|dukkana|isletmeye) ait
    help (bu numara|bu mesaj|bu mesajlar) hangi (firma|firmanin|sirket|sirketin|magaza|magazanin)
    in (numarami|bu numarayi) ~3 (listeye|listenize|listesine|listenize de) (ekleyin|ekler misiniz|ekleyebilir misiniz|ekleyiniz)
  `,
  ru: `
    in (добавьте|внесите|включите) ~2 (мои|этот) номер ~3 (список|рассылку|рассылки)
  `,
  uk: `
    in (додаите|внесіть|включіть) ~2 (міи|цеи) номер ~3 (список|розсилку|розсилки)
  `,
  pl: `
    in (dodajcie|dopiszcie|zapiszcie) ~2 (moj|ten) numer ~3 (liste|listy|broadcastu)
    in (dodajcie|dopiszcie|zapiszcie) mnie ~3 (liste|listy|newslettera|promocji)
  `,
  vi: `
    in them (so|sdt) ~4 vao (danh sach|nhom|list)
  `,
  hi: HI_UR,
  ur: HI_UR,
};

export function round16fRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
