/**
 * Round 17h of issue 18: opt-ins missed in long messages (batch 50). A long story first (a small
 * shop about to open and buying wholesale, a friend who showed the weekly offers, years as a
 * customer), then the request said with the list only pointed at: "add my number to it", "Zet mij
 * ook op die lijst", "Naomba mniweke kwenye orodha hiyo", "Pakisama po ang number ko doon", "Mera
 * number bhi us mein daal dein", "Cho em số này vào danh sách đó", "帮我也加进去". Round 17a's rules
 * ask for the list named, "too" or a question; these read the order itself, the customer (or
 * their number) put on the list, in it, there, or "me too" closing the clause. The model reads
 * such stories as stops (the told habit of the business sending, "this is my number"): the rules
 * read them first. An item put on an order names neither the customer, their number nor a list
 * ("zet er nog twee dozen bij op mijn bestelling", "帮我把两杯奶茶也加进订单里"), and a negator
 * before the request cancels it. The verbs that also take the customer off ("tragt mich aus der
 * Liste aus", "nehmt mich von der Liste", "schrijf me uit", "mettetemi fuori", "coloquem-me fora da
 * lista") are read only with the preposition that puts on or in.
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised Hindi and Urdu, written alike: "add me too", "put my number in it too". */
const HI_UR = `
  in (mera number|mujhe|mera no|mera bhi number) ~1 bhi ~4 (add|jod|shamil|daal|dal|likh) ~1 (dijiye|dijie|dein|den|do|de do|de dein|de dijiye|lijiye|lo|le lo|le lijiye)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (add|put|include) (me|my number) ~1 (on it|to it|in it|onto it|on there|in there|on that one)
  `,
  es: `
    in (apuntadme|anadidme|agregadme|incluidme|metedme|apuntame|anademe|agregame|incluyeme|meteme|apunteme|anadame|agregueme|incluyame|apuntenme|anadanme|agreguenme|incluyanme|metanme) ?tambien (en|a|al) ~2 (lista|listado|difusion)
    in (apunten|anadan|agreguen|incluyan|metan|apuntad|anadid|agregad|incluid|meted|apunta|anade|agrega|incluye|mete) mi numero ?tambien (en|a|al) ~2 (lista|listado|difusion)
    in (apuntadme|anadidme|agregadme|incluidme|apuntame|anademe|agregame|incluyeme|apunteme|anadame|agregueme|incluyame|apuntenme|anadanme|agreguenme|incluyanme) (tambien|ahi)
  `,
  pt: `
    in (coloquem|incluam|adicionem|ponham|botem|cadastrem|coloca|inclui|adiciona|bota|poe|cadastra) (me|o meu numero|meu numero) ~1 (na lista|nessa lista|naquela lista|a lista|nela|tambem|na transmissao)
  `,
  fr: `
    in (ajoutez|inscrivez|mettez|rajoutez|ajoute|inscris|mets|rajoute) (moi|mon numero) ?(aussi|egalement) (sur|dans|a) ~2 (liste|diffusion)
    in (ajoutez|inscrivez|mettez|rajoutez|ajoute|inscris|mets|rajoute) (moi|mon numero) (aussi|egalement|dessus)
  `,
  it: `
    in (aggiungetemi|inseritemi|iscrivetemi|aggiungimi|inseriscimi|iscrivimi) ~4 (lista|elenco|broadcast|anche)
    in (aggiungete|inserite|aggiungi|inserisci) il mio numero ~4 (lista|elenco|broadcast|anche)
  `,
  de: `
    in (setzt|setzen sie|nehmt|nehmen sie|tragt|tragen sie|packt) (mich|meine nummer) ~2 (auf|in) ~2 (liste|verteiler)
    in (setzt|setzen sie|nehmt|nehmen sie|packt) (mich|meine nummer) ~2 (mit drauf|da drauf|mit auf)
  `,
  nl: `
    in (zet|voeg|neem|zetten|voegen) (mij|me|mijn nummer) ~2 (op|aan|in|bij) ~2 (lijst|verzendlijst|broadcast|groep|app groep)
    in (zet|voeg|neem) (mij|me|mijn nummer) ook ~2 (op|aan|in|bij|toe|erop|erbij)
  `,
  pl: `
    in (dopiszecie|zapiszecie|dodacie|dopiszcie|zapiszcie|dodajcie) ~1 (mnie|moj numer) ~3 (listy|liste|rozsylki|gazetki|promocji|newslettera)
    in (dopiszecie|zapiszecie|dodacie|dopiszcie|zapiszcie|dodajcie) ~1 (mnie|moj numer) ?(tez|rowniez) @eoc
  `,
  tr: `
    in (beni|numarami) ~2 (o listeye|listeye|listenize|o gruba|gruba) ~1 (ekleyin|ekler misiniz|ekleyebilir|kaydedin|alin|alir misiniz|ekleyiniz)
  `,
  vi: `
    in (them|cho|dua) (em|minh|toi|so em|so minh|so toi) ~3 vao ~2 (danh sach|nhom|list)
  `,
  tl: `
    in (pa add|paadd|pasali|pasama|paki add|pakiadd|pakisama|pakisali|pakidagdag|isama|isali|idagdag|i add) ~3 (ako|number ko|numero ko) ~2 (doon|dun|diyan|dyan|jan|listahan|list)
    in (pa add|paadd|pasali|pasama|paki add|pakiadd|pakisama|pakisali|pakidagdag) ~3 (ako|number ko|numero ko) ?(po|na|naman|ha|din|rin) @eoc
  `,
  sw: `
    in (mniweke|niwekeni|mniongeze|niongezeni|mnisajili|nisajilini|mniandikishe|niandikisheni) ~2 (orodha|kundi|list|humo)
    in (wekeni|ongezeni|weka|ongeza|sajili|sajilini) namba yangu ~3 (orodha|kundi|list|humo|pia)
  `,
  ar: `
    in (ضيفوا|حطوا|سجلوا|اضيفوا|ضموا|تضيفوا|تحطوا|تسجلوا) رقمي ~1 (عليها|عليه|فيها|فيه|معاهم|ليها|للقائمة|للقايمة)
    in (ضيفوني|حطوني|سجلوني|اضيفوني|ضموني|تضيفوني|تحطوني|تسجلوني) ~1 (عليها|عليه|فيها|فيه|معاهم|ليها|للقائمة|للقايمة)
  `,
  hi: `
    in (मेरा नंबर|मुझे|मेरा नम्बर) भी ~4 (डाल|लिख) ~1 (दीजिए|दीजिये|दें|दो)
    ${HI_UR}
  `,
  ur: `
    in (میرا نمبر|مجھے) بھی ~4 (ڈال|لکھ) ~1 (دیں|دیجیے|دیجئے|دو)
    ${HI_UR}
  `,
  bn: `
    in (amakeo|amakeu|amar numberta o|amar numbertao|amar numbero|amar number o) ~3 (add|jog|jukto) ~2 (koren|korun|kore din|kore nin|koro|kore den)
  `,
  th: `
    in (เพิ่ม|ใส่) ~2 (เบอร์|หมายเลข|ชื่อ|ฉัน|ผม|หนู) ~6 (รายชื่อ|ลิสต์|กลุ่ม)
  `,
  zh: `
    in (帮|给) (我|我的号码) 也 (加|拉) (进去|进来)
    in 也 (帮|给) 我 (加|拉) (进去|进来|一下) ?(吧|呗|哦) @eoc
  `,
};

export function round17hRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
