/**
 * Round 17a of issue 18: opt-ins missed in long or formal messages (batch 48). A customer joins
 * through someone who already gets the offers: "my colleague gets your lunch-discount messages;
 * can you add my number too?", "Czy mogę też zostać dopisana do tej listy?", "ممكن تضيفوا رقمي أنا
 * كمان للعروض دي؟", "Naomba na namba yangu iongezwe kwenye orodha hiyo". Round 16f's rules read the
 * add verb said as an order, before the number; these read it as a request, in any polite form:
 * a question ("can you add…", "can I be added…"), the passive ("iongezwe", "ditambahkan",
 * "zostać dopisana"), the customer's number or "me" with "too" or the list, and a formal "register
 * me again" ("me volvieran a dar de alta", "saya didaftarkan kembali"). Said of an order ("add two
 * fries to my order", "aggiungete anche una bottiglia") there is neither "me", "my number" nor a
 * list, and a negator before the request cancels it ("please don't add my number"). Hindi and
 * Urdu ask it as "is my number on that list too … can you add it?", whose opening the status
 * rules read ("क्या मेरा नंबर … लिस्ट"): that request is `inasked`, read on the words as
 * written. The model read several of these as stops; the story before them (a colleague, a
 * neighbour) is no stop.
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised Hindi and Urdu, written alike: "can you add my number too". */
const HI_UR = `
  in (mera number|mujhe|mera no) ~1 bhi ~4 (add|jod|shamil) ~2 (kar do|kar dein|kar dijiye|kijiye|karein|kar sakte|kar den)
  in (mujhe|mera number) (phir se|dobara) ~3 (list|broadcast) ~2 (add|jod|shamil)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (add|include|put) (me|my number) ~1 (too|as well|also)
    in (can|could|may) i ~1 (be added|be included|be put|join|get on|sign up) ~3 (list|broadcast|too|as well)
    in (add|include|put) (me|my number) ~2 (that list|this list|the same list|that broadcast|the same broadcast)
    in (like|love|want) to (be added|be on|join|get on) ~3 (list|broadcast|mailing list)
    in (register|sign|subscribe) me ?up (again|back|once more)
  `,
  es: `
    in (me|mi numero) ~2 (anadir|agregar|incluir|apuntar|meter|anadis|agregais|incluis|apuntais|anaden|agregan|incluyen|apuntan) ~4 (lista|difusion|listado)
    in (anadir|agregar|incluir|apuntar|anadan|agreguen|incluyan|apunten|anadid|agregad|incluid|apuntad) (mi numero|a mi) ~1 tambien
    in (anadirme|agregarme|incluirme|apuntarme|meterme) ~4 (lista|difusion|listado|tambien)
    in me (volvieran|vuelvan|volvais|volvierais|volvieseis|vuelvas|volvieras) a (dar de alta|apuntar|anadir|agregar|inscribir|incluir)
    in (darme|denme|dadme) de alta ~2 (de nuevo|otra vez|nuevamente|tambien)
  `,
  pt: `
    in (incluir|adicionar|colocar|cadastrar|botar|inclui|adiciona|coloca|cadastra|bota|incluam|adicionem|coloquem|cadastrem|botem) (o meu numero|meu numero|o meu|eu) ~1 tambem
    in (me|meu numero|o meu numero) ~2 (incluir|adicionar|colocar|cadastrar|botar) ~4 (lista|transmissao)
    in (me cadastrem|me cadastrar|me incluam|me adicionem|me coloquem|me incluir|me adicionar) (de novo|novamente|tambem)
  `,
  fr: `
    in (ajouter|inscrire|rajouter|ajoutez|inscrivez|rajoutez|mettre|mettez) (mon numero|moi) ~1 (aussi|egalement)
    in (m ajouter|m inscrire|me rajouter|me mettre|m ajoutiez|m inscriviez|me reinscrire) ~4 (liste|diffusion|aussi|egalement|a nouveau|de nouveau)
    in (je voudrais|j aimerais|je souhaiterais|je souhaite) (etre|faire partie) ~3 (liste|diffusion)
  `,
  it: `
    in (aggiungere|inserire|iscrivere|mettere|aggiungete|inserite|iscrivete|mettete) anche (me|il mio numero|il mio)
    in (il mio numero|me) anche ~2 (aggiungere|inserire|iscrivere|aggiungete|inserite|iscrivete)
    in (mi|il mio numero) ~2 (aggiungere|inserire|iscrivere|mettere|aggiungete|inserite|iscrivete) ~4 (lista|broadcast|elenco)
    in (aggiungermi|inserirmi|iscrivermi|mettermi) ~4 (lista|broadcast|elenco|anche)
    in (vorrei|desidererei|mi piacerebbe) (essere|entrare|far parte) ~3 (lista|broadcast|elenco)
  `,
  de: `
    in (kann ich|darf ich|konnte ich) ~1 auch ~3 (liste|verteiler|newsletter|angebotsliste|angebotsverteiler)
    in (meine nummer|mich) ~4 (liste|verteiler|angebotsverteiler|newsletter|broadcast|angebotsliste|whatsapp liste|rundmail) ~1 (aufnehmen|eintragen|hinzufugen|packen)
    in (meine nummer|mich) ~2 auch ~3 (aufnehmen|eintragen|hinzufugen|dazunehmen|draufsetzen)
    in (nehmt|nehmen sie|tragt|tragen sie|fugt|fugen sie|setzt|setzen sie) (mich|meine nummer) ~2 auch ~3 (auf|ein|hinzu|dazu|drauf)
  `,
  nl: `
    in graag (ontvang|krijg) ik ~3 (aanbiedingen|acties|berichten|nieuwsbrief|promoties) ~1 (weer|opnieuw)
    in ik (ontvang|krijg) graag ~3 (aanbiedingen|acties|berichten|nieuwsbrief|promoties) ~1 (weer|opnieuw)
    in (aanbiedingen|acties|berichten|nieuwsbrief|promoties) ~2 (weer|opnieuw) ~1 (ontvangen|krijgen)
    in (mijn nummer|mij|me) ~1 ook ~4 (toevoegen|toe voegen|aanmelden|op zetten|erop zetten|inschrijven|opnemen)
    in (mijn nummer|mij|me) ~4 (lijst|verzendlijst|broadcast) ~1 (toevoegen|zetten|opnemen|plaatsen)
    in (kan ik|mag ik) ook ~3 (lijst|broadcast|aanmelden|meedoen)
  `,
  pl: `
    in (zostac|byc) (dopisana|dopisany|dodana|dodany|zapisana|zapisany) ~3 (listy|liste|newslettera|rozsylki|promocji)
    in (dopiszcie|dodajcie|zapiszcie|dopisac|dodac|zapisac) (tez|rowniez|i) (mnie|moj numer)
    in (moj numer|mnie) (tez|rowniez) ~2 (dopisac|dodac|zapisac|dopiszecie|dodacie|zapiszecie)
  `,
  ru: `
    in (мои номер|меня) ~2 (добавить|добавьте|включить|включите|внести|внесите|записать|запишите) ~3 (список|рассылку|тоже|также)
    in (добавьте|добавить|включите|включить|запишите|записать|внесите|внести) (и|тоже|также) (меня|мои номер)
  `,
  uk: `
    in (знову|ще раз) (додати|додайте|підпишіть|підписати|включіть|включити) мене
    in (знову|знов) (отримувати|отримати) ~2 (розсилку|пропозиції|знижки|акції|повідомлення)
    in (міи номер|мене) ~2 (додати|додаите|включити|включіть|внести|внесіть|записати|запишіть) ~3 (список|розсилку|теж|також)
    in (додаите|додати|включіть|включити|запишіть|записати|внесіть) (і|теж|також) (мене|міи номер)
  `,
  tr: `
    in (benim numarami|numarami|beni) de ~3 (ekleyebilir|ekler|ekleyin|ekleyiniz|kaydeder|kaydedebilir|kaydedin|dahil)
    in (beni|numarami) (tekrar|yeniden) ~3 (listeye|listenize|kaydedin|kaydetmenizi|ekleyin|ekleyebilir|ekler)
    in (ben de|bende) ~3 (listeye|listenize) ~2 (girmek|katilmak|eklenmek|girebilir|katilabilir|eklenebilir)
  `,
  id: `
    in (nomor|no) saya ~1 juga ~2 (ditambahkan|dimasukkan|dimasukin|didaftarkan|ditambahin|dimasukan)
    in (saya|aku) ~1 juga ~2 (ditambahkan|dimasukkan|dimasukin|didaftarkan|ditambahin) ~3 (daftar|list|grup|broadcast|@eoc)
    in (tambahkan|masukkan|daftarkan|masukin|tambahin) (nomor saya|saya|aku|nomor aku) juga
    in (saya|aku) (didaftarkan|didaftarin|dimasukkan) (kembali|lagi|ulang)
  `,
  ms: `
    in (nombor|no) saya ~1 juga ~2 (ditambah|dimasukkan|didaftarkan|ditambahkan)
    in saya (didaftarkan|didaftar|dimasukkan) (semula|kembali|lagi)
    in (tambah|masukkan|daftarkan|tambahkan) (nombor saya|saya) (juga|sekali)
  `,
  vi: `
    in (them|cho) (em|minh|toi|so em|so minh|so toi|so cua em|so cua minh|so cua toi) ~1 vao ~2 (danh sach|nhom|list)
    in (dang ky lai|dang ki lai) cho (em|minh|toi)
  `,
  tl: `
    in (pwede|puwede) ~4 (akong|ako) ~1 (isali|isama|idagdag|i add)
    in (isama|idagdag|pakisama|pakidagdag|isali|pakisali|i add|paki add) ~2 (din|rin) ~3 (number|numero|ako)
    in (pwede|puwede) ~3 (maisama|madagdag|masali|ma add) ~3 (listahan|list|din|rin)
  `,
  sw: `
    in (ningependa|napenda|nataka|naomba|tafadhali) ~2 (kupokea|kupata) ~3 (ofa|matangazo|ujumbe|promosheni) ~2 tena
    in (ningependa|napenda|nataka|naomba|tafadhali) ~2 (kupokea|kupata) tena ~3 (ofa|matangazo|ujumbe|promosheni)
    in (namba yangu|mimi) ~1 (iongezwe|niongezwe|iandikishwe|niandikishwe|isajiliwe|nisajiliwe|iwekwe|niwekwe)
    in (mniongeze|niongezeni|mnisajili|nisajilini|mniandikishe|niandikisheni|mniweke) ~1 (na mimi|pia|tena) ~3 (orodha|kundi|list|@eoc)
  `,
  ar: `
    in (تضيفوا|تضيفوني|ضيفوا|ضيفوني|اضيفوا|اضيفوني|تسجلوا|تسجلوني|سجلوا|سجلوني|تحطوا|حطوا|تحطوني|حطوني) ~2 (رقمي|انا) ~3 (كمان|ايضا|برضه|العروض|للعروض|القائمة|قائمة|الليست|الجروب)
    in (اعاده|إعادة) (اضافتي|إضافتي|تسجيلي|اشتراكي|ضمي)
  `,
  hi: `
    inasked (मेरा नंबर|मुझे|मेरा नम्बर) भी ~4 (जोड़|शामिल|ऐड) ~1 (सकते|सकती)
    in (मेरा नंबर|मुझे|मेरा नम्बर) भी ~4 (जोड़|शामिल|ऐड) ~1 (दीजिए|दें|दो|कीजिए|करें|कर दीजिए|कर दें|कर दो)
    in (मुझे|मेरा नंबर) (फिर से|दोबारा) ~3 (जोड़|शामिल|ऐड)
    ${HI_UR}
  `,
  ur: `
    in (دوبارہ|پھر سے) ~4 (بھیجنا شروع|بھیجیں|بھیجا کریں)
    inasked (میرا نمبر|مجھے) بھی ~4 (شامل|ایڈ|جوڑ) ~1 (سکتے|سکتی)
    in (میرا نمبر|مجھے) بھی ~4 (شامل|ایڈ|جوڑ) ~1 (دیں|کریں|کر دیں|دیجیے)
    in (مجھے|میرا نمبر) (دوبارہ|پھر سے) ~3 (شامل|ایڈ|جوڑ)
    ${HI_UR}
  `,
  bn: `
    in (আমার নম্বরটাও|আমার নাম্বারটাও|আমার নম্বরও|আমার নাম্বারও|আমাকেও) ~4 (যুক্ত|যোগ|অ্যাড)
    in আমাকে (আবার|পুনরায়) ~3 (যুক্ত|যোগ|অ্যাড)
  `,
  th: `
    in เพิ่ม (เบอร์|หมายเลข|ชื่อ) ~12 ด้วย
  `,
  zh: `
    in (把|将) ~2 (我|我的号码|我的手机号|我的电话) ~2 也 ~4 (加|加进|加入|加上|拉进|添加)
    in (能不能|能否|可以|可不可以|麻烦|请) ~4 (把我|我的号码) ~4 (加进|加入|加到|拉进|加上|添加)
  `,
  ja: `
    in (私の番号|番号|私) も ~6 (追加|登録|入れて|加えて)
    in (改めて|再度|もう一度) ~10 (登録|追加) ~3 (いただ|ください|お願い|して)
  `,
};

export function round17aRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
